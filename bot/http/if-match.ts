import type { Request } from 'express';
import type { IfMatch } from '../services/version-check.ts';
import { HttpError } from './http-error.ts';

/** Writes must say which version they change: `If-Match: <etag>`, or `*` for a field-level merge. */
export function requireIfMatch(req: Request): IfMatch {
  const value = req.header('if-match')?.trim();
  if (!value) {
    throw new HttpError(428, 'precondition_required', 'If-Match: send the ETag of the version you changed', {
      field: 'If-Match',
    });
  }
  return value;
}
