import type {
  SettingsResponse,
  SettingsRosterEntry,
  UpdateSettingsCommand,
} from '../../shared/api/settings-requests.ts';
import { DEFAULT_TEAM_VALUES } from '../../shared/domain/default-values.ts';
import { newEntityId } from '../../shared/domain/ids.ts';
import type { Member } from '../../shared/domain/member.ts';
import { isLeader, type CheckInSchedule, type Team, type TeamSettings } from '../../shared/domain/team.ts';
import { checkInWindowAt } from '../../shared/rules/check-in-window.ts';
import { isoWeekKey } from '../../shared/rules/week.ts';
import { RecordNotFoundError, StaleVersionError } from '../../shared/store/record-errors.ts';
import type { Stored } from '../../shared/store/stored.ts';
import { FieldError, ForbiddenError } from './service-errors.ts';
import type { ServiceContext } from './service-context.ts';
import type { IfMatch } from './version-check.ts';

export type SettingsView = Omit<SettingsResponse, 'etag'>;

/** The team's settings and the active roster (for the leaders picker), versioned with the team's ETag. */
export async function readSettings(ctx: ServiceContext): Promise<Stored<SettingsView>> {
  const [team, roster] = await Promise.all([requireTeam(ctx), activeRoster(ctx)]);
  return { value: viewOf(team.value, roster, ctx.access.userId), etag: team.etag };
}

/**
 * Replaces the team's settings, leaders only. An exact `If-Match` writes only over that version (a stale
 * one answers 412 with the settings stored now); `*` re-applies the settings to whatever is stored.
 */
export async function updateSettings(
  ctx: ServiceContext,
  command: UpdateSettingsCommand,
  ifMatch: IfMatch,
): Promise<Stored<SettingsView>> {
  assertLeader(ctx, ctx.access.team);
  const [stored, roster] = await Promise.all([requireTeam(ctx), activeRoster(ctx)]);
  const view = (team: Stored<Team>) => ({
    value: viewOf(team.value, roster, ctx.access.userId),
    etag: team.etag,
  });
  if (ifMatch !== '*' && ifMatch !== stored.etag) throw new StaleVersionError('settings', view(stored));
  const now = ctx.now();
  const changed = (team: Team): Team => {
    assertLeader(ctx, team);
    return {
      ...team,
      settings: applySettings(team.settings, command, roster, now),
      updatedAt: now.toISOString(),
    };
  };
  if (ifMatch === '*') return view(await ctx.repos.teams.update(ctx.access.scope, changed));
  try {
    return view(await ctx.repos.teams.replace(changed(stored.value), ifMatch));
  } catch (error) {
    if (error instanceof StaleVersionError && error.current) {
      throw new StaleVersionError('settings', view(error.current as Stored<Team>));
    }
    throw error;
  }
}

function assertLeader(ctx: ServiceContext, team: Team): void {
  if (!isLeader(team, ctx.access.userId))
    throw new ForbiddenError('Only a team leader can change the settings.');
}

async function requireTeam(ctx: ServiceContext): Promise<Stored<Team>> {
  const team = await ctx.repos.teams.get(ctx.access.scope);
  if (!team) throw new RecordNotFoundError('team');
  return team;
}

async function activeRoster(ctx: ServiceContext): Promise<SettingsRosterEntry[]> {
  const members = await ctx.repos.members.list(ctx.access.scope);
  return members
    .map((stored) => stored.value)
    .filter((member) => member.active)
    .map(rosterEntry)
    .sort((a, b) => a.name.localeCompare(b.name));
}

function rosterEntry({ userId, name, timeZone }: Member): SettingsRosterEntry {
  return timeZone === undefined ? { userId, name } : { userId, name, timeZone };
}

function viewOf(team: Team, roster: SettingsRosterEntry[], userId: string): SettingsView {
  return { teamName: team.name, settings: team.settings, roster, canEdit: isLeader(team, userId) };
}

/** The new settings, checked against what is stored: known ids stay, new items get ids, leaders are on the roster. */
function applySettings(
  current: TeamSettings,
  command: UpdateSettingsCommand,
  roster: SettingsRosterEntry[],
  now: Date,
): TeamSettings {
  const requested = command.settings;
  const onRoster = new Set(roster.map((entry) => entry.userId));
  requested.leaders.forEach((userId, index) => {
    if (!onRoster.has(userId)) {
      throw new FieldError(`settings.leaders.${index}`, 'is not an active member of this team');
    }
  });
  return {
    ...current,
    timeZone: requested.timeZone,
    checkIn: scheduleOf(current.checkIn, requested.checkIn, requested.timeZone, now),
    questions: withIds(requested.questions, current.questions, 'settings.questions', 'question'),
    values: withIds(
      requested.values,
      [...current.values, ...DEFAULT_TEAM_VALUES],
      'settings.values',
      'value',
    ),
    leaders: requested.leaders,
    wipLimit: requested.wipLimit,
    blockedAlertDays: requested.blockedAlertDays ?? current.blockedAlertDays,
    staleDoingDays: requested.staleDoingDays ?? current.staleDoingDays,
  };
}

/**
 * A team that turns biweekly without naming an anchor week keeps its rhythm if it had one, else starts it
 * with the next scheduled send (in the team's time zone): nobody expects a check-in to be skipped first.
 */
function scheduleOf(
  current: CheckInSchedule,
  requested: UpdateSettingsCommand['settings']['checkIn'],
  timeZone: string,
  now: Date,
): CheckInSchedule {
  const next: CheckInSchedule = { ...requested, anchorWeek: requested.anchorWeek ?? current.anchorWeek };
  if (next.frequency !== 'biweekly' || requested.anchorWeek) return next;
  if (current.frequency === 'biweekly' && current.anchorWeek) return next;
  const nextSend = checkInWindowAt(now, { ...next, frequency: 'weekly' }, timeZone).nextOpensAt;
  return { ...next, anchorWeek: isoWeekKey(nextSend, timeZone) };
}

/** Items keep the id they name (which must be known, once); items without one are new. */
function withIds<T extends { id?: string | undefined }>(
  items: T[],
  known: readonly { id: string }[],
  field: string,
  what: string,
): (T & { id: string })[] {
  const knownIds = new Set(known.map((item) => item.id));
  const seen = new Set<string>();
  return items.map((item, index) => {
    if (item.id === undefined) return { ...item, id: newEntityId() };
    if (!knownIds.has(item.id)) throw new FieldError(`${field}.${index}.id`, `is not a ${what} of this team`);
    if (seen.has(item.id)) throw new FieldError(`${field}.${index}.id`, 'appears twice');
    seen.add(item.id);
    return { ...item, id: item.id };
  });
}
