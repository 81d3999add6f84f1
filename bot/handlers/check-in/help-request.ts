import type { CheckInNotice } from '../../../shared/cards/check-in-card.ts';
import { helpRequestCard } from '../../../shared/cards/help-request-card.ts';
import { checkInText } from '../../../shared/cards/i18n/check-in-text.ts';
import type { SupportedLocale } from '../../../shared/i18n/locales.ts';
import { localeFor } from '../../../shared/rules/locale-for.ts';
import type { CheckIn } from '../../../shared/domain/check-in.ts';
import type { Task } from '../../../shared/domain/task.ts';
import type { TabTarget } from '../../../shared/api/tab-links.ts';
import type { DeliveryOutcome } from '../../../shared/api/delivery.ts';
import { deliverToMember } from '../../services/deliver-to-member.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CheckInView } from './check-in-view.ts';

/** What became of the "need help from" of an answer. */
export type HelpDelivery = { kind: 'none' } | { kind: 'sent' | 'alreadySent' | 'failed'; helperName: string };

/** The task the helper should look at: the one a blocker names, else the first blocked one. */
function taskToShow(checkIn: CheckIn, tasks: ReadonlyMap<string, Task>): Task | undefined {
  const linked = checkIn.blockers.find((blocker) => blocker.taskId && tasks.has(blocker.taskId))?.taskId;
  if (linked) return tasks.get(linked);
  return [...tasks.values()].find((task) => task.status === 'blocked');
}

/**
 * Sends the teammate named in "need help from" a 1:1 card, at most once per week, member and helper
 * (deliverToMember claims a marker before sending), so an edit, a redelivery or a concurrent duplicate
 * does not ping them again, while naming someone else pings the new person. A failed delivery is logged
 * and reported to the member; it never fails the check-in.
 */
export async function requestHelp(
  deps: BotDeps,
  view: CheckInView,
  checkIn: CheckIn,
  tasks: ReadonlyMap<string, Task>,
): Promise<HelpDelivery> {
  const helperId = checkIn.helpFrom;
  if (!helperId || helperId === checkIn.userId) return { kind: 'none' };
  const helper = view.board.members.find((stored) => stored.value.userId === helperId)?.value;
  if (!helper) return { kind: 'none' };
  const { access, member } = view;
  const task = taskToShow(checkIn, tasks);
  const target: TabTarget = task ? { kind: 'task', taskId: task.id } : { kind: 'board' };
  const locale = localeFor(helper, access.team);
  const card = helpRequestCard({
    locale,
    teamName: access.team.name,
    requesterName: member.name,
    week: checkIn.week,
    blockers: checkIn.blockers.map((blocker) => blocker.text),
    note: checkIn.helpNote,
    taskTitle: task?.title,
    url: deps.links.to(access.team, target),
  });
  const outcome = await deliverToMember(
    { ...deps, access },
    // Once per week, member and helper: an edit or a redelivery does not ping them again.
    { operation: 'helpRequest', key: `${checkIn.week}|${member.userId}`, recipient: helper },
    {
      kind: 'card',
      card,
      summary: checkInText(locale)('card.checkIn.helpRequest.title', { name: member.name }),
    },
  );
  return { kind: HELP_DELIVERY[outcome], helperName: helper.name };
}

const HELP_DELIVERY: Record<DeliveryOutcome, Exclude<HelpDelivery['kind'], 'none'>> = {
  sent: 'sent',
  pending: 'sent',
  already: 'alreadySent',
  unreachable: 'failed',
  failed: 'failed',
};

/** What the member's card says about their help request, if anything. */
export function helpNotice(delivery: HelpDelivery, locale: SupportedLocale): CheckInNotice[] {
  const t = checkInText(locale);
  if (delivery.kind === 'sent') {
    return [{ text: t('card.checkIn.helpSent', { name: delivery.helperName }), tone: 'good' }];
  }
  if (delivery.kind === 'failed') {
    return [{ text: t('card.checkIn.helpFailed', { name: delivery.helperName }), tone: 'warning' }];
  }
  return [];
}
