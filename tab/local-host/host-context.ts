import type { LocalDemoPerson, LocalDemoTeam } from '../../shared/api/local-demo.ts';
import type { HostTheme } from '../teams/host-theme.ts';

export type FrameContext = 'content' | 'settings';

/** The host's answer to `initialize`: frame context, client type, runtime config, host SDK version. */
export function initializeAnswer(frameContext: FrameContext): unknown[] {
  return [frameContext, 'web', JSON.stringify(RUNTIME), '2.58.0'];
}

/** What this host supports, in teams-js' runtime format (version 4); the tab's calls check it. */
const RUNTIME = {
  apiVersion: 4,
  isNAAChannelRecommended: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    appEntity: {},
    pages: { config: {}, tabs: {} },
    teams: { fullTrust: {} },
    teamsCore: {},
  },
};

/** A demo group id for the team (Teams gives the M365 group id). */
const DEMO_GROUP_ID = '00000000-0000-4000-8000-0000000000d1';

export interface ContextInput {
  demo: LocalDemoTeam;
  user: LocalDemoPerson;
  theme: HostTheme;
  locale: string;
  frameContext: FrameContext;
  entityId?: string;
  subPageId?: string;
  sessionId: string;
  /** The personal tab ("My tasks"): Teams' context then names no team or channel. */
  personal?: boolean;
}

/**
 * The answer to `getContext`, in the wire ("legacy") shape that teams-js turns into `app.Context`:
 * the General channel of the demo team, as the chosen person (or, for the personal tab, no team).
 */
export function legacyContext(input: ContextInput): Record<string, unknown> {
  const { demo, user } = input;
  const context = {
    locale: input.locale,
    theme: input.theme,
    frameContext: input.frameContext,
    entityId: input.entityId,
    // teams-js hands this to the tab as `page.subPageId`.
    subEntityId: input.subPageId,
    teamId: demo.teamId,
    teamName: demo.teamName,
    teamType: 0,
    groupId: DEMO_GROUP_ID,
    userTeamRole: user.isLeader ? 0 : 1,
    channelId: demo.teamId,
    channelName: 'General',
    channelType: 'Regular',
    tid: demo.tenantId,
    userObjectId: user.userId,
    userDisplayName: user.name,
    userPrincipalName: user.email,
    loginHint: user.email,
    userLicenseType: 'Unknown',
    tenantSKU: 'enterprise',
    hostClientType: 'web',
    hostName: 'Teams',
    ringId: 'general',
    appSessionId: input.sessionId,
    sessionId: input.sessionId,
    isFullScreen: false,
    isMultiWindow: false,
  };
  if (!input.personal) return context;
  const {
    teamId: _teamId,
    teamName: _teamName,
    teamType: _teamType,
    groupId: _groupId,
    userTeamRole: _userTeamRole,
    channelId: _channelId,
    channelName: _channelName,
    channelType: _channelType,
    ...personal
  } = context;
  return personal;
}
