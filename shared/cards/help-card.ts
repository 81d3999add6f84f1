import { adaptiveCard, type AdaptiveCard } from './adaptive-card.ts';

export interface HelpCommand {
  command: string;
  description: string;
}

/** What Cadence's bot can do, as a card. The command list is passed in so it cannot drift from the registry. */
export function helpCard(commands: readonly HelpCommand[]): AdaptiveCard {
  return adaptiveCard([
    { type: 'TextBlock', text: 'Cadence', weight: 'Bolder', size: 'Medium' },
    {
      type: 'TextBlock',
      text: 'Small tasks, weekly check-ins, specific feedback. Type one of these:',
      wrap: true,
    },
    {
      type: 'FactSet',
      facts: commands.map(({ command, description }) => ({ title: command, value: description })),
    },
  ]);
}
