import { repliesText } from '../../../shared/cards/i18n/replies-text.ts';
import { pickLocale } from '../../../shared/i18n/locales.ts';
import { refreshSummaryQuietly } from '../../cadence/summary-refresh.ts';
import { recordCheckIn } from '../../services/check-in-service.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';
import { accessFor } from '../team-choice.ts';
import { parseCheckInAnswer, parseCheckInCardData } from './check-in-input.ts';
import {
  checkInCardOf,
  loadCheckInView,
  memberStoredTasks,
  teammatesOf,
  windowOf,
  type CheckInView,
} from './check-in-view.ts';
import { helpNotice, requestHelp } from './help-request.ts';
import { teammateCheckIn } from './teammate-check-in.ts';

/**
 * `checkinSubmit`: validates the answer, writes it (a second submit edits it), moves the member's tasks,
 * asks the named teammate for help, and answers with the refreshed card. A closed window writes nothing
 * and answers with the read-only card; invalid input answers with the card, the problems named by field.
 */
export async function submitCheckIn(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const locale = pickLocale(input.actor.locale);
  const t = repliesText(locale);
  const data = parseCheckInCardData(input.data);
  if (!data) return { kind: 'message', text: t('card.replies.checkInOutdated') };
  const access = await accessFor(deps, input.actor, data.teamId);
  if (!access) return { kind: 'message', text: t('card.replies.notOnThisTeam') };
  if (data.userId !== access.userId) return teammateCheckIn(deps, access, data, locale);

  const window = windowOf(deps, access, access.member, data.week);
  if (window.state !== 'open') {
    const closed = await loadCheckInView(deps, access, data.week);
    return { kind: 'card', card: checkInCardOf(deps, closed, locale) };
  }
  // The stored answer is read only to show the card again after an error: the write merges into it anyway.
  const board = await deps.repos.readBoard(access.scope);
  const view: CheckInView = { access, member: access.member, window, board };
  const tasks = memberStoredTasks(view);
  const parsed = parseCheckInAnswer(input.data, locale, {
    tasks: new Map(tasks.map(({ value: task }) => [task.id, { title: task.title }])),
    questionIds: access.team.settings.questions.map((question) => question.id),
    teammateIds: new Set(teammatesOf(view).map((member) => member.userId)),
  });
  if (!parsed.ok) {
    const stored = await deps.repos.checkIns.get(access.scope, window.week, access.userId);
    const options = { values: parsed.form, errors: parsed.errors };
    const card = checkInCardOf(deps, { ...view, checkIn: stored?.value }, locale, options);
    return { kind: 'card', card };
  }

  const recorded = await recordCheckIn({ ...deps, access }, data.week, parsed.answer, tasks);
  const help = await requestHelp(deps, view, recorded.checkIn, recorded.tasks);
  await refreshSummaryQuietly(deps, access.scope, data.week);
  const card = checkInCardOf(deps, { ...view, checkIn: recorded.checkIn }, locale, {
    latestTasks: recorded.tasks,
    notices: helpNotice(help, locale),
  });
  return { kind: 'card', card };
}
