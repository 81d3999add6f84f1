import { weekText } from '../../shared/cards/check-in-dates.ts';
import { reminderText } from '../../shared/cards/i18n/reminder-text.ts';
import { reminderCard } from '../../shared/cards/reminder-card.ts';
import { localeFor } from '../../shared/rules/locale-for.ts';
import type { JobHandler } from './job-handler.ts';
import { memberJobTarget } from './member-job.ts';

/** The one reminder of a member who has not answered this week's check-in yet, 1:1. */
export const reminderJob: JobHandler<'reminder'> = async (deps, job, now) => {
  const target = await memberJobTarget(deps, job, now);
  if ('kind' in target) return target;
  const answer = await deps.repos.checkIns.get(target.access.scope, job.week, job.userId);
  if (answer) return { kind: 'skip', reason: 'the member already answered' };
  const { team, member } = target.access;
  const locale = localeFor(member, team);
  const card = reminderCard({
    locale,
    teamId: team.teamId,
    teamName: team.name,
    week: job.week,
    userId: member.userId,
    name: member.name,
    closesAt: target.window.closesAt,
    timeZone: target.window.timeZone,
  });
  return {
    kind: 'send',
    destination: { kind: 'person', address: target.address },
    reply: {
      kind: 'card',
      card,
      summary: reminderText(locale)('card.reminder.summary', { week: weekText(job.week, locale) }),
    },
  };
};
