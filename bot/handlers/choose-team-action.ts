import { z } from 'zod';
import { repliesText } from '../../shared/cards/i18n/replies-text.ts';
import { pickLocale } from '../../shared/i18n/locales.ts';
import type { BotDeps } from './bot-deps.ts';
import type { CardActionInput, CardActionResult } from './card-action.ts';
import { isCommandName, runCommand } from './commands.ts';
import { replyAsCardResult } from './reply-as-card-result.ts';

const ChooseTeamData = z.object({ command: z.string().max(200), teamId: z.string().max(256) });

/** The "which team?" card: runs the command again for the chosen team. */
export async function chooseTeam(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  const data = ChooseTeamData.safeParse(input.data);
  const word = data.success ? data.data.command.split(/\s+/)[0]?.toLowerCase() : undefined;
  if (!data.success || !word || !isCommandName(word)) {
    const t = repliesText(pickLocale(input.actor.locale));
    return { kind: 'message', text: t('card.replies.choiceGone') };
  }
  const reply = await runCommand(deps, data.data.command, { actor: input.actor, teamId: data.data.teamId });
  return replyAsCardResult(reply);
}
