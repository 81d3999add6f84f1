import { describe, expect, it } from 'vitest';
import { isValidChoice, TAB_NAME_MAX, tabConfigFor } from '../../../tab/config/tab-config.ts';
import { viewFromUrl } from '../../../tab/shell/views.ts';

describe('the channel tab configuration', () => {
  it('saves the chosen screen of the board page as content and website URL', () => {
    expect(tabConfigFor({ name: '  Team board ', view: 'goals' }, 'https://cadence.example')).toEqual({
      entityId: 'cadence-board',
      contentUrl: 'https://cadence.example/index.html?view=goals',
      websiteUrl: 'https://cadence.example/index.html?view=goals',
      suggestedDisplayName: 'Team board',
    });
  });

  it('is valid with a name of 1 to 40 characters', () => {
    expect(isValidChoice({ name: 'Cadence', view: 'board' })).toBe(true);
    expect(isValidChoice({ name: '   ', view: 'board' })).toBe(false);
    expect(isValidChoice({ name: 'x'.repeat(TAB_NAME_MAX + 1), view: 'board' })).toBe(false);
  });

  it('opens the screen the saved URL names, and the board otherwise', () => {
    expect(viewFromUrl('https://cadence.example/index.html?view=history')).toBe('history');
    expect(viewFromUrl('https://cadence.example/index.html?view=admin')).toBe('board');
    expect(viewFromUrl('https://cadence.example/')).toBe('board');
  });
});
