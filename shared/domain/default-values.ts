import type { TeamSettings, TeamValue } from './team.ts';

/**
 * Badges a team can recognise by before it has named values of its own. The ids are fixed: stored
 * recognition keeps pointing at them, and they are offered only while the team's own list is empty.
 * Free of zod, so the tab can import it.
 */
export const DEFAULT_TEAM_VALUES: readonly TeamValue[] = [
  { id: 'teamwork', name: 'Teamwork', emoji: '🤝', description: 'Made the team stronger together.' },
  { id: 'ownership', name: 'Ownership', emoji: '🎯', description: 'Took it on and saw it through.' },
  { id: 'craft', name: 'Craft', emoji: '✨', description: 'Did the work with real care.' },
  {
    id: 'customer-focus',
    name: 'Customer focus',
    emoji: '💡',
    description: 'Put the people we serve first.',
  },
  { id: 'learning', name: 'Learning', emoji: '📚', description: 'Learned, taught or shared knowledge.' },
];

/** The values recognition may carry for a team: its own, or the defaults while it has none. */
export function recognitionValues(settings: Pick<TeamSettings, 'values'>): readonly TeamValue[] {
  return settings.values.length > 0 ? settings.values : DEFAULT_TEAM_VALUES;
}

export function recognitionValue(
  settings: Pick<TeamSettings, 'values'>,
  valueId: string,
): TeamValue | undefined {
  return recognitionValues(settings).find((value) => value.id === valueId);
}
