import type { CheckInNotice } from '../../../shared/cards/check-in-card.ts';
import { calendarDateText, weekText } from '../../../shared/cards/check-in-dates.ts';
import { checkInText } from '../../../shared/cards/i18n/check-in-text.ts';
import { repliesText } from '../../../shared/cards/i18n/replies-text.ts';
import type { Member } from '../../../shared/domain/member.ts';
import { isPausedOn } from '../../../shared/domain/pause.ts';
import { pickLocale, type SupportedLocale } from '../../../shared/i18n/locales.ts';
import { localDate } from '../../../shared/rules/week.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';
import { replyPrivately } from '../reply-privately.ts';
import { resolveTeam } from '../team-choice.ts';
import { checkInCardOf, loadCheckInView } from './check-in-view.ts';

function pauseNotice(member: Member, today: string, locale: SupportedLocale): CheckInNotice[] {
  if (!isPausedOn(member, today) || !member.pausedUntil) return [];
  const date = calendarDateText(member.pausedUntil, locale);
  return [{ text: checkInText(locale)('card.checkIn.paused', { date }) }];
}

/**
 * `checkin`: the member's card for the week they answer now. Check-ins are private to the member and the
 * leaders, so asked in a channel or group chat the card goes to a 1:1 chat and the thread gets a short note.
 */
export async function runCheckInCommand(deps: BotDeps, input: CommandInput): Promise<BotReply> {
  const { actor } = input;
  const locale = pickLocale(actor.locale);
  const replies = repliesText(locale);
  const resolution = await resolveTeam(deps, actor, 'checkin', input.teamId);
  if (resolution.kind === 'reply') return resolution.reply;
  const view = await loadCheckInView(deps, resolution.access);
  const today = localDate(deps.now(), view.window.timeZone);
  const reply: BotReply = {
    kind: 'card',
    card: checkInCardOf(deps, view, locale, { notices: pauseNotice(view.member, today, locale) }),
    summary: checkInText(locale)('card.checkIn.summary', { week: weekText(view.window.week, locale) }),
  };
  return replyPrivately(deps, actor, reply, {
    sentNote: replies('card.replies.checkInSentPrivately'),
    whenRefused: { kind: 'text', text: replies('card.replies.checkInNotSentPrivately') },
    what: 'check-in',
    teamId: view.access.scope.teamId,
  });
}
