import { z } from 'zod';
import { welcomeText } from '../../shared/cards/i18n/welcome-text.ts';
import { welcomeCard } from '../../shared/cards/welcome-card.ts';
import { UserIdSchema } from '../../shared/domain/ids.ts';
import { isLocaleTag } from '../../shared/domain/locale-tag.ts';
import { TeamSettingsSchema, type Team } from '../../shared/domain/team.ts';
import { localeFor } from '../../shared/rules/locale-for.ts';
import { RecordExistsError } from '../../shared/store/record-errors.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { Stored } from '../../shared/store/stored.ts';
import type { TeamScope } from '../../shared/store/team-scope.ts';
import type { BotReply } from './bot-reply.ts';
import { upsertMember } from './member-upsert.ts';
import type { RosterEntry } from './roster-entry.ts';

export interface InstallInput extends TeamScope {
  teamName?: string;
  /** The channel the installer picked: where Cadence posts to the team. */
  channelId: string;
  serviceUrl: string;
  installer: { userId: string; teamsUserId: string };
  /** The installer's Teams language: the team's language unless it already has one. */
  locale?: string | undefined;
}

export interface InstallDeps {
  repos: Repositories;
  now: Date;
  /** Every page of the team's roster. */
  loadRoster(): Promise<RosterEntry[]>;
}

const WelcomeMarkerSchema = z.object({ installerId: UserIdSchema });
/** Members written at once: enough to load a large roster quickly without flooding storage. */
const WRITE_CONCURRENCY = 8;
const FALLBACK_TEAM_NAME = 'Team';

/**
 * Installation (installationUpdate add, or the bot being added in a conversationUpdate: Teams may send
 * both, and may redeliver either): stores or re-activates the team, loads the roster and answers the
 * welcome for the channel only the first time this install is seen.
 */
export async function installTeam(deps: InstallDeps, input: InstallInput): Promise<BotReply | undefined> {
  const { repos, now } = deps;
  const scope = { tenantId: input.tenantId, teamId: input.teamId };
  const team = await activateTeam(repos, input, now);
  const roster = await deps.loadRoster();
  for (let start = 0; start < roster.length; start += WRITE_CONCURRENCY) {
    const chunk = roster.slice(start, start + WRITE_CONCURRENCY);
    await Promise.all(chunk.map((entry) => upsertMember(repos, scope, entry, now)));
  }
  const installedAt = team.value.installedAt ?? team.value.createdAt;
  const marker = await repos.idempotency.claim(
    scope,
    { operation: 'welcome', actorId: 'install', key: installedAt },
    { installerId: input.installer.userId },
    WelcomeMarkerSchema,
  );
  if (!marker.claimed) return undefined;
  const locale = localeFor(undefined, team.value);
  const t = welcomeText(locale);
  const installer = roster.find((entry) => entry.userId === input.installer.userId);
  const name = installer?.name ?? (await repos.members.get(scope, input.installer.userId))?.value.name;
  return {
    kind: 'card',
    card: welcomeCard(
      { teamsUserId: input.installer.teamsUserId, name: name ?? t('card.welcome.someone') },
      locale,
    ),
    summary: t('card.welcome.title'),
  };
}

async function activateTeam(repos: Repositories, input: InstallInput, now: Date): Promise<Stored<Team>> {
  const scope = { tenantId: input.tenantId, teamId: input.teamId };
  const locale = input.locale !== undefined && isLocaleTag(input.locale) ? { locale: input.locale } : {};
  const conversation = {
    conversationId: input.channelId,
    channelId: input.channelId,
    serviceUrl: input.serviceUrl,
  };
  if (!(await repos.teams.get(scope))) {
    try {
      return await repos.teams.insert({
        ...scope,
        name: input.teamName ?? FALLBACK_TEAM_NAME,
        conversation,
        active: true,
        installedAt: now.toISOString(),
        ...locale,
        settings: TeamSettingsSchema.parse({ leaders: [input.installer.userId] }),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
    } catch (error) {
      // The other install event of the pair inserted it first: fall through and agree with its install.
      if (!(error instanceof RecordExistsError)) throw error;
    }
  }
  return repos.teams.update(scope, (team) => ({
    ...team,
    name: input.teamName ?? team.name,
    conversation,
    // An active team keeps its install time, so both events of one install claim the same welcome.
    installedAt: team.active ? (team.installedAt ?? team.createdAt) : now.toISOString(),
    active: true,
    // Set once: a leader's later re-install from a client in another language does not switch the team.
    ...(team.locale === undefined ? locale : {}),
    updatedAt: now.toISOString(),
  }));
}
