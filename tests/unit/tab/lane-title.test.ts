import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate.ts';
import { laneTitle } from '../../../tab/board/lane-title.ts';
import { board as germanBoard } from '../../../tab/i18n/de-DE/board.ts';
import { board } from '../../../tab/i18n/en-US/board.ts';

const english = createTranslator('en-US', board);
const german = createTranslator('de-DE', germanBoard, board);
const env = { names: new Map([['u1', 'Ada']]), goals: new Map([['g1', 'Ship v2']]) };

describe('laneTitle', () => {
  it('names the person or goal a lane groups, and says when they are gone', () => {
    expect(laneTitle({ id: 'u1' }, 'person', env, german)).toBe('Ada');
    expect(laneTitle({ id: 'u9' }, 'person', env, german)).toBe('Ehemaliges Mitglied');
    expect(laneTitle({ id: 'g1' }, 'goal', env, german)).toBe('Ship v2');
    expect(laneTitle({ id: 'g9' }, 'goal', env, english)).toBe('Removed goal');
  });

  it('names the lane of tasks without a person or goal, and the single lane', () => {
    expect(laneTitle({ id: 'none' }, 'person', env, english)).toBe('Unassigned');
    expect(laneTitle({ id: 'none' }, 'goal', env, german)).toBe('Kein Ziel');
    expect(laneTitle({ id: 'none' }, 'none', env, english)).toBe('All tasks');
  });
});
