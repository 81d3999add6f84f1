import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';
import { accessFor, NOT_ON_THIS_TEAM } from '../team-choice.ts';
import { parseCheckInCardData } from './check-in-input.ts';
import { checkInCardOf, loadCheckInView } from './check-in-view.ts';
import { OUTDATED_CHECK_IN_CARD } from './submit-check-in-action.ts';
import { teammateCheckIn } from './teammate-check-in.ts';

/**
 * `checkinRefresh`: the card as storage has it now, so an answer given on one device shows as answered on
 * every other, and the card turns read-only once the window closed. Reads only.
 */
export async function refreshCheckIn(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const data = parseCheckInCardData(input.data);
  if (!data) return { kind: 'message', text: OUTDATED_CHECK_IN_CARD };
  const access = await accessFor(deps, input.actor, data.teamId);
  if (!access) return { kind: 'message', text: NOT_ON_THIS_TEAM };
  if (data.userId !== access.userId) return teammateCheckIn(deps, access, data);
  const view = await loadCheckInView(deps, access, data.week);
  return { kind: 'card', card: checkInCardOf(deps, view) };
}
