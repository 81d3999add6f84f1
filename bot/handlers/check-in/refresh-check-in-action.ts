import { repliesText } from '../../../shared/cards/i18n/replies-text.ts';
import { pickLocale } from '../../../shared/i18n/locales.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { CardActionInput, CardActionResult } from '../card-action.ts';
import { accessFor } from '../team-choice.ts';
import { parseCheckInCardData } from './check-in-input.ts';
import { checkInCardOf, loadCheckInView } from './check-in-view.ts';
import { teammateCheckIn } from './teammate-check-in.ts';

/**
 * `checkinRefresh`: the card as storage has it now, so an answer given on one device shows as answered on
 * every other, and the card turns read-only once the window closed. Reads only.
 */
export async function refreshCheckIn(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const locale = pickLocale(input.actor.locale);
  const t = repliesText(locale);
  const data = parseCheckInCardData(input.data);
  if (!data) return { kind: 'message', text: t('card.replies.checkInOutdated') };
  const access = await accessFor(deps, input.actor, data.teamId);
  if (!access) return { kind: 'message', text: t('card.replies.notOnThisTeam') };
  if (data.userId !== access.userId) return teammateCheckIn(deps, access, data, locale);
  const view = await loadCheckInView(deps, access, data.week);
  return { kind: 'card', card: checkInCardOf(deps, view, locale) };
}
