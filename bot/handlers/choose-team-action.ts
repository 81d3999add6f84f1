import { z } from 'zod';
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
    return { kind: 'message', text: 'That choice is no longer available. Type help to start again.' };
  }
  const reply = await runCommand(deps, data.data.command, { actor: input.actor, teamId: data.data.teamId });
  return replyAsCardResult(reply);
}
