import type { CheckInNotice } from '../../../shared/cards/check-in-card.ts';
import { calendarDateText, weekText } from '../../../shared/cards/check-in-dates.ts';
import type { Member } from '../../../shared/domain/member.ts';
import { isPausedOn } from '../../../shared/domain/pause.ts';
import { localDate } from '../../../shared/rules/week.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { BotReply } from '../bot-reply.ts';
import type { CommandInput } from '../command-input.ts';
import { replyPrivately } from '../reply-privately.ts';
import { resolveTeam } from '../team-choice.ts';
import { checkInCardOf, loadCheckInView } from './check-in-view.ts';

export const SENT_PRIVATELY = 'I sent you your check-in in a private chat.';
export const NOT_SENT_PRIVATELY =
  'I could not open a private chat with you. Message me directly and type checkin there.';

function pauseNotice(member: Member, today: string): CheckInNotice[] {
  if (!isPausedOn(member, today) || !member.pausedUntil) return [];
  return [
    {
      text: `Your check-ins are paused until ${calendarDateText(member.pausedUntil)}. You can still check in now.`,
    },
  ];
}

/**
 * `checkin`: the member's card for the week they answer now. Check-ins are private to the member and the
 * leaders, so asked in a channel or group chat the card goes to a 1:1 chat and the thread gets a short note.
 */
export async function runCheckInCommand(deps: BotDeps, input: CommandInput): Promise<BotReply> {
  const { actor } = input;
  const resolution = await resolveTeam(deps, actor, 'checkin', input.teamId);
  if (resolution.kind === 'reply') return resolution.reply;
  const view = await loadCheckInView(deps, resolution.access);
  const today = localDate(deps.now(), view.window.timeZone);
  const reply: BotReply = {
    kind: 'card',
    card: checkInCardOf(deps, view, { notices: pauseNotice(view.member, today) }),
    summary: `Your check-in for ${weekText(view.window.week)}`,
  };
  return replyPrivately(deps, actor, reply, {
    sentNote: SENT_PRIVATELY,
    whenRefused: { kind: 'text', text: NOT_SENT_PRIVATELY },
    what: 'check-in',
    teamId: view.access.scope.teamId,
  });
}
