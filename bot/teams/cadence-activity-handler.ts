import {
  ActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import { isCardVerb } from '../../shared/cards/verbs.ts';
import { pickLocale } from '../../shared/i18n/locales.ts';
import { TenantIdSchema, UserIdSchema } from '../../shared/domain/ids.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import { commandOf, runCommand } from '../handlers/commands.ts';
import { installTeam } from '../handlers/install.ts';
import { memberJoined, memberLeft } from '../handlers/membership.ts';
import { deactivateTeam } from '../handlers/team-removal.ts';
import { ClientFactsRecorder } from '../handlers/client-facts.ts';
import { welcomeReply } from '../handlers/welcome.ts';
import { actorOf } from './actor-of.ts';
import { answerCardInvoke, answerCardSubmit, NO_IDENTITY, recordOf } from './card-action-turn.ts';
import { channelDataOf, senderTimeZoneOf, teamEventOf } from './team-event.ts';
import { fetchTeamMember, loadTeamRoster } from './teams-roster.ts';
import { toActivity } from './to-activity.ts';

/** Translates Teams activities into plain handler calls, and their replies back into activities. */
export class CadenceActivityHandler extends ActivityHandler {
  private readonly clientFacts: ClientFactsRecorder;

  constructor(private readonly deps: BotDeps) {
    super();
    this.clientFacts = new ClientFactsRecorder(deps.repos);
    this.onTurn(async (context, next) => {
      await this.recordClientFacts(context);
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

  /** `Action.Execute`: the answer replaces the card, for this user (refresh) or for everyone (a press). */
  protected override onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return answerCardInvoke(this.deps, context, invokeValue);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const actor = actorOf(activity);
    const submitted = recordOf(activity.value);
    if (isCardVerb(submitted['verb'])) {
      await answerCardSubmit(this.deps, context, submitted['verb'], submitted);
      return;
    }
    const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
    this.deps.logger.debug({ activityId: activity.id, command: commandOf(text) ?? 'unknown' }, 'command');
    if (!actor) {
      await context.sendActivity(toActivity({ kind: 'text', text: NO_IDENTITY }));
      return;
    }
    await context.sendActivity(toActivity(await runCommand(this.deps, text, { actor })));
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
        locale: activity.locale,
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
      else await context.sendActivity(toActivity(welcomeReply(pickLocale(activity.locale))));
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

  /** Best effort: a failed time-zone or language write must not cost the person their reply. */
  private async recordClientFacts(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const timeZone = senderTimeZoneOf(activity);
    const userId = UserIdSchema.safeParse(activity.from.aadObjectId);
    const tenantId = TenantIdSchema.safeParse(
      channelDataOf(activity).tenant?.id ?? activity.conversation.tenantId,
    );
    const locale = activity.locale || undefined;
    if ((!timeZone && !locale) || !userId.success || !tenantId.success) return;
    try {
      await this.clientFacts.record(
        { tenantId: tenantId.data, userId: userId.data, timeZone, locale },
        this.deps.now(),
      );
    } catch (error) {
      this.deps.logger.warn({ err: error, activityId: activity.id }, 'time zone or language not recorded');
    }
  }
}
