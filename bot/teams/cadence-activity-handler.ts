import { ActivityHandler, TurnContext } from 'botbuilder';
import { TenantIdSchema, UserIdSchema } from '../../shared/domain/ids.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import { commandOf, runCommand } from '../handlers/commands.ts';
import { installTeam } from '../handlers/install.ts';
import { memberJoined, memberLeft } from '../handlers/membership.ts';
import { deactivateTeam } from '../handlers/team-removal.ts';
import { recordTimeZone } from '../handlers/time-zone.ts';
import { welcomeReply } from '../handlers/welcome.ts';
import type { Logger } from '../logger.ts';
import { channelDataOf, senderTimeZoneOf, teamEventOf } from './team-event.ts';
import { fetchTeamMember, loadTeamRoster } from './teams-roster.ts';
import { toActivity } from './to-activity.ts';

export interface CadenceBotDeps {
  logger: Logger;
  repos: Repositories;
  now: () => Date;
}

/** Translates Teams activities into plain handler calls, and their replies back into activities. */
export class CadenceActivityHandler extends ActivityHandler {
  constructor(private readonly deps: CadenceBotDeps) {
    super();
    this.onTurn(async (context, next) => {
      await this.recordSenderTimeZone(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.install(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.deactivate(context);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      if (channelDataOf(context.activity).eventType === 'teamDeleted') await this.deactivate(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.membersAdded(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      await this.membersRemoved(context);
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
    const reply = await runCommand(text, {
      tenantId: activity.conversation.tenantId ?? activity.channelData?.tenant?.id,
      userId: activity.from.aadObjectId,
    });
    this.deps.logger.debug({ activityId: activity.id, command: commandOf(text) ?? 'unknown' }, 'command');
    await context.sendActivity(toActivity(reply));
  }

  /** Teams sends installationUpdate and a bot-added conversationUpdate for one install; either may come first. */
  private async install(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const event = teamEventOf(activity);
    const installerId = UserIdSchema.safeParse(activity.from.aadObjectId);
    if (!event || !installerId.success) {
      this.deps.logger.warn({ activityId: activity.id }, 'install event without a team or an installer');
      return;
    }
    const welcome = await installTeam(
      {
        repos: this.deps.repos,
        now: this.deps.now(),
        loadRoster: () => loadTeamRoster(context, event.teamId),
      },
      {
        ...event,
        serviceUrl: activity.serviceUrl,
        installer: { userId: installerId.data, teamsUserId: activity.from.id },
      },
    );
    this.deps.logger.info({ teamId: event.teamId, welcomed: welcome !== undefined }, 'team installed');
    if (welcome) await context.sendActivity(toActivity(welcome));
  }

  private async deactivate(context: TurnContext): Promise<void> {
    const event = teamEventOf(context.activity);
    if (!event) return;
    await deactivateTeam(this.deps.repos, event, this.deps.now());
    this.deps.logger.info({ teamId: event.teamId }, 'team deactivated');
  }

  private async membersAdded(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const botId = activity.recipient.id;
    const added = activity.membersAdded ?? [];
    const event = teamEventOf(activity);
    if (added.some((member) => member.id === botId)) {
      // A personal or group-chat install has no team and no roster: just say hello where we were added.
      if (event) await this.install(context);
      else await context.sendActivity(toActivity(welcomeReply()));
    }
    if (!event) return;
    for (const member of added) {
      if (member.id === botId) continue;
      const loadEntry = () => fetchTeamMember(context, event.teamId, member);
      await memberJoined(this.deps.repos, event, loadEntry, this.deps.now());
    }
  }

  private async membersRemoved(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const event = teamEventOf(activity);
    if (!event) return;
    for (const member of activity.membersRemoved ?? []) {
      if (member.id === activity.recipient.id) await deactivateTeam(this.deps.repos, event, this.deps.now());
      else await memberLeft(this.deps.repos, event, member.id, this.deps.now());
    }
  }

  /** Best effort: a failed time-zone write must not cost the person their reply. */
  private async recordSenderTimeZone(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const timeZone = senderTimeZoneOf(activity);
    const userId = UserIdSchema.safeParse(activity.from.aadObjectId);
    const tenantId = TenantIdSchema.safeParse(
      channelDataOf(activity).tenant?.id ?? activity.conversation.tenantId,
    );
    if (!timeZone || !userId.success || !tenantId.success) return;
    try {
      await recordTimeZone(
        this.deps.repos,
        { tenantId: tenantId.data, userId: userId.data, timeZone },
        this.deps.now(),
      );
    } catch (error) {
      this.deps.logger.warn({ err: error, activityId: activity.id }, 'time zone not recorded');
    }
  }
}
