import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.ts';
import { executeAction } from './card-actions.ts';
import { chooseTeamText } from './i18n/choose-team-text.ts';

export interface TeamChoice {
  teamId: string;
  name: string;
}

/** Asked in a personal chat when the person is on several Cadence teams: one button per team. */
export function chooseTeamCard(
  command: string,
  teams: readonly TeamChoice[],
  locale: SupportedLocale,
): AdaptiveCard {
  const t = chooseTeamText(locale);
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t('card.chooseTeam.title'), weight: 'Bolder', size: 'Medium', wrap: true },
      {
        type: 'TextBlock',
        text: t('card.chooseTeam.text', { count: teams.length, command: plainText(command) }),
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
