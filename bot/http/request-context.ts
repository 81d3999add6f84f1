import type { Response } from 'express';
import type { Caller } from '../auth/token-verifier.ts';
import type { TeamAccess } from '../services/service-context.ts';

export function setCaller(res: Response, caller: Caller): void {
  res.locals['caller'] = caller;
}

export function callerOf(res: Response): Caller {
  const caller = res.locals['caller'] as Caller | undefined;
  if (!caller) throw new Error('authenticate() must run before this route');
  return caller;
}

export function setAccess(res: Response, access: TeamAccess): void {
  res.locals['access'] = access;
}

export function accessOf(res: Response): TeamAccess {
  const access = res.locals['access'] as TeamAccess | undefined;
  if (!access) throw new Error('teamAccess() must run before this route');
  return access;
}
