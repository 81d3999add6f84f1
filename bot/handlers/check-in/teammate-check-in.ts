import { repliesText } from '../../../shared/cards/i18n/replies-text.ts';
import { canSeeCheckIns } from '../../../shared/domain/check-in.ts';
import type { SupportedLocale } from '../../../shared/i18n/locales.ts';
import type { TeamAccess } from '../../services/service-context.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionResult } from '../card-action.ts';
import type { CheckInCardData } from './check-in-input.ts';
import { checkInCardOf, loadTeammateCheckInView } from './check-in-view.ts';

/**
 * Someone acts on (or refreshes) a card that is not their own check-in: a leader sees a read-only summary,
 * anyone else a short message. Never someone else's editable card, and nothing is written.
 */
export async function teammateCheckIn(
  deps: BotDeps,
  access: TeamAccess,
  data: CheckInCardData,
  locale: SupportedLocale,
): Promise<CardActionResult> {
  const t = repliesText(locale);
  if (!canSeeCheckIns(data.userId, access.userId, access.isLeader)) {
    return { kind: 'message', text: t('card.replies.notYourCheckIn') };
  }
  const view = await loadTeammateCheckInView(deps, access, data.userId, data.week);
  if (!view) return { kind: 'message', text: t('card.replies.teammateGone') };
  return { kind: 'card', card: checkInCardOf(deps, view, locale, { viewer: 'other' }) };
}
