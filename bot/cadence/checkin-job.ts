import { weekText } from '../../shared/cards/check-in-dates.ts';
import { checkInText } from '../../shared/cards/i18n/check-in-text.ts';
import { localeFor } from '../../shared/rules/locale-for.ts';
import { checkInCardOf, loadCheckInView } from '../handlers/check-in/check-in-view.ts';
import type { JobHandler } from './job-handler.ts';
import { memberJobTarget } from './member-job.ts';

/**
 * A member's scheduled check-in card, 1:1: the same card as the `checkin` command (their tasks, questions,
 * the window on their clock; already answered on demand, it shows the answer), drawn at the worker's `now`.
 */
export const checkinJob: JobHandler<'checkin'> = async (deps, job, now) => {
  const target = await memberJobTarget(deps, job, now);
  if ('kind' in target) return target;
  const at = { ...deps, now: () => now };
  const view = await loadCheckInView(at, target.access, job.week);
  const locale = localeFor(target.access.member, target.access.team);
  return {
    kind: 'send',
    destination: { kind: 'person', address: target.address },
    reply: {
      kind: 'card',
      card: checkInCardOf(at, view, locale),
      summary: checkInText(locale)('card.checkIn.summary', { week: weekText(job.week, locale) }),
    },
  };
};
