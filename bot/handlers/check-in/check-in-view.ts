import type { AdaptiveCard } from '../../../shared/cards/adaptive-card.ts';
import { checkInCard, type CheckInCardInput } from '../../../shared/cards/check-in-card.ts';
import type { CheckIn } from '../../../shared/domain/check-in.ts';
import type { Member } from '../../../shared/domain/member.ts';
import type { Task } from '../../../shared/domain/task.ts';
import type { SupportedLocale } from '../../../shared/i18n/locales.ts';
import {
  checkInTimeZone,
  checkInWindowAt,
  windowForWeek,
  type CheckInWindow,
} from '../../../shared/rules/check-in-window.ts';
import type { BoardSnapshot } from '../../../shared/store/board-reader.ts';
import type { Stored } from '../../../shared/store/stored.ts';
import type { TeamAccess } from '../../services/service-context.ts';
import type { BotDeps } from '../bot-deps.ts';

/** What a check-in card is drawn from: whose it is, the week's window, the board and the stored answer. */
export interface CheckInView {
  access: TeamAccess;
  member: Member;
  window: CheckInWindow;
  board: BoardSnapshot;
  checkIn?: CheckIn | undefined;
}

/** The window of a member's check-in for `week`, or for the week they answer now, on their own clock. */
export function windowOf(
  deps: BotDeps,
  access: TeamAccess,
  member: Member,
  week: string | undefined,
): CheckInWindow {
  const { settings } = access.team;
  const timeZone = checkInTimeZone(member, access.team);
  return week === undefined
    ? checkInWindowAt(deps.now(), settings.checkIn, timeZone)
    : windowForWeek(week, deps.now(), settings.checkIn, timeZone);
}

/** The actor's own check-in, fresh from storage: for `week`, or for the week they answer now. */
export async function loadCheckInView(
  deps: BotDeps,
  access: TeamAccess,
  week?: string,
): Promise<CheckInView> {
  const window = windowOf(deps, access, access.member, week);
  const [board, checkIn] = await Promise.all([
    deps.repos.readBoard(access.scope),
    deps.repos.checkIns.get(access.scope, window.week, access.userId),
  ]);
  return { access, member: access.member, window, board, checkIn: checkIn?.value };
}

/** A teammate's check-in for `week`, as the actor may see it; undefined when they are not on the roster. */
export async function loadTeammateCheckInView(
  deps: BotDeps,
  access: TeamAccess,
  memberId: string,
  week: string,
): Promise<CheckInView | undefined> {
  const board = await deps.repos.readBoard(access.scope);
  const member = board.members.find((stored) => stored.value.userId === memberId)?.value;
  if (!member) return undefined;
  const window = windowOf(deps, access, member, week);
  const checkIn = await deps.repos.checkIns.get(access.scope, window.week, memberId);
  return { access, member, window, board, checkIn: checkIn?.value };
}

/** The member's tasks on the board (any status), with their ETags. */
export function memberStoredTasks(view: CheckInView): Stored<Task>[] {
  return view.board.tasks.filter((stored) => stored.value.assigneeId === view.member.userId);
}

/** The member's tasks on the board (any status), with this process's latest writes laid over them. */
export function memberTasks(view: CheckInView, latest: ReadonlyMap<string, Task> = new Map()): Task[] {
  return memberStoredTasks(view).map((stored) => latest.get(stored.value.id) ?? stored.value);
}

/** The active roster without the member: whom they may ask for help. */
export function teammatesOf(view: CheckInView): Member[] {
  return view.board.members
    .map((stored) => stored.value)
    .filter((person) => person.active && person.userId !== view.member.userId);
}

export type CheckInCardOptions = Pick<CheckInCardInput, 'values' | 'errors' | 'notices' | 'viewer'> & {
  /** Tasks just written, newer than the board snapshot. */
  latestTasks?: ReadonlyMap<string, Task>;
};

/**
 * The check-in card for a view, in the reader's language: open, submitted or read-only, as the window
 * and the viewer decide.
 */
export function checkInCardOf(
  deps: BotDeps,
  view: CheckInView,
  locale: SupportedLocale,
  options: CheckInCardOptions = {},
): AdaptiveCard {
  const { access, member, checkIn } = view;
  const answered = new Set(checkIn?.taskUpdates.map((update) => update.taskId));
  const tasks = memberTasks(view, options.latestTasks).filter(
    (task) => task.status !== 'done' || answered.has(task.id),
  );
  return checkInCard({
    locale,
    teamId: access.team.teamId,
    teamName: access.team.name,
    member: { userId: member.userId, name: member.name, teamsUserId: member.teamsUserId },
    window: view.window,
    tasks: tasks.map((task) => ({ id: task.id, title: task.title, status: task.status })),
    teammates: teammatesOf(view).map((person) => ({ userId: person.userId, name: person.name })),
    questions: access.team.settings.questions,
    answer: checkIn,
    boardUrl: deps.links.to(access.team, { kind: 'board' }),
    values: options.values,
    errors: options.errors,
    notices: options.notices,
    viewer: options.viewer,
  });
}
