import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.ts';
import { executeAction } from './card-actions.ts';

export interface TeamChoice {
  teamId: string;
  name: string;
}

/** Asked in a personal chat when the person is on several Cadence teams: one button per team. */
export function chooseTeamCard(command: string, teams: readonly TeamChoice[]): AdaptiveCard {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: 'Which team?', weight: 'Bolder', size: 'Medium', wrap: true },
      {
        type: 'TextBlock',
        text: `You are on ${teams.length} Cadence teams. Pick the one for ${plainText(command)}.`,
        wrap: true,
      },
    ],
    {
      actions: teams.map((team) =>
        executeAction({ title: team.name, verb: 'chooseTeam', data: { command, teamId: team.teamId } }),
      ),
    },
  );
}
