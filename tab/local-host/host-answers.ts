import type { LocalDemoPerson, LocalDemoTeam } from '../../shared/api/local-demo.ts';
import type { HostTheme } from '../teams/host-theme.ts';
import { initializeAnswer, legacyContext, type FrameContext } from './host-context.ts';
import { hostProbe, type HostMessage } from './host-probe.ts';
import { hostToken } from './host-token.ts';
import type { Answer, HostRequest } from './teams-bridge.ts';

export interface HostSnapshot {
  demo: LocalDemoTeam;
  user: LocalDemoPerson;
  theme: HostTheme;
  locale: string;
  frameContext: FrameContext;
  entityId?: string;
  subPageId?: string;
  sessionId: string;
  /** The personal tab: the context names no team. */
  personal?: boolean;
  savedConfig?: unknown;
}

export interface HostEvents {
  message(entry: HostMessage): void;
  notifySuccess(): void;
  notifyFailure(reason: unknown, message: unknown): void;
  validity(valid: boolean): void;
  configSaved(config: unknown): void;
  saveFinished(failure?: string): void;
}

/** teams-js' "not supported on this platform" SdkError, for anything this host does not play. */
const NOT_SUPPORTED = 100;

const PLAYED = new Set([
  'initialize',
  'getContext',
  'authentication.getAuthToken',
  'appInitialization.success',
  'appInitialization.failure',
  'appInitialization.appLoaded',
  'appInitialization.expectedFailure',
  'registerHandler',
  'settings.setValidityState',
  'settings.setSettings',
  'settings.getSettings',
  'settings.save.success',
  'settings.save.failure',
]);

/** How the host answers each teams-js request, from the host's current state. */
export function createAnswerer(snapshot: () => HostSnapshot, events: HostEvents) {
  return (request: HostRequest): Answer | Promise<Answer> => {
    const played = PLAYED.has(request.func);
    const entry: HostMessage = { func: request.func, at: performance.now(), args: request.args, played };
    hostProbe.messages.push(entry);
    events.message(entry);
    if (!played) {
      return [
        { errorCode: NOT_SUPPORTED, message: `${request.func} is not supported by the local Teams host` },
      ];
    }
    const now = snapshot();
    switch (request.func) {
      case 'initialize':
        return initializeAnswer(now.frameContext);
      case 'getContext':
        return [legacyContext(now)];
      case 'authentication.getAuthToken':
        return hostToken(now.demo.tenantId, now.user.userId).then(
          (token) => [true, token],
          (error: unknown) => [
            false,
            `Sign-in failed: ${error instanceof Error ? error.message : 'unknown error'}`,
          ],
        );
      case 'appInitialization.success':
        events.notifySuccess();
        return undefined;
      case 'appInitialization.failure':
        events.notifyFailure(request.args[0], request.args[1]);
        return undefined;
      case 'settings.setValidityState':
        events.validity(request.args[0] === true);
        return undefined;
      case 'settings.setSettings':
        events.configSaved(request.args[0]);
        return [true];
      case 'settings.getSettings':
        return [now.savedConfig ?? {}];
      case 'settings.save.success':
        events.saveFinished();
        return undefined;
      case 'settings.save.failure':
        events.saveFinished(
          typeof request.args[0] === 'string' ? request.args[0] : 'The tab refused to save.',
        );
        return undefined;
      default:
        // registerHandler and the other one-way notes: teams-js expects no answer.
        return undefined;
    }
  };
}
