import { canSeeCheckIns } from '../../../shared/domain/check-in.ts';
import type { TeamAccess } from '../../services/service-context.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionResult } from '../card-action.ts';
import type { CheckInCardData } from './check-in-input.ts';
import { checkInCardOf, loadTeammateCheckInView } from './check-in-view.ts';

export const NOT_YOUR_CHECK_IN =
  'This check-in belongs to a teammate. Only they and the team’s leaders can see it.';

/**
 * Someone acts on (or refreshes) a card that is not their own check-in: a leader sees a read-only summary,
 * anyone else a short message. Never someone else's editable card, and nothing is written.
 */
export async function teammateCheckIn(
  deps: BotDeps,
  access: TeamAccess,
  data: CheckInCardData,
): Promise<CardActionResult> {
  if (!canSeeCheckIns(data.userId, access.userId, access.isLeader)) {
    return { kind: 'message', text: NOT_YOUR_CHECK_IN };
  }
  const view = await loadTeammateCheckInView(deps, access, data.userId, data.week);
  if (!view) return { kind: 'message', text: 'This teammate is no longer on the team.' };
  return { kind: 'card', card: checkInCardOf(deps, view, { viewer: 'other' }) };
}
