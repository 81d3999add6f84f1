import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate.ts';
import { goals as goalsDe } from '../../../tab/i18n/de-DE/goals.ts';
import { goals } from '../../../tab/i18n/en-US/goals.ts';

describe('a goal card’s task count', () => {
  it('agrees with the number of tasks in English', () => {
    const t = createTranslator('en-US', goals);
    expect(t('goals.card.tasksDone', { done: 0, count: 1 })).toBe('0 of 1 task done');
    expect(t('goals.card.tasksDone', { done: 1, count: 3 })).toBe('1 of 3 tasks done');
  });

  it('agrees with the number of tasks in German', () => {
    const t = createTranslator('de-DE', goalsDe, goals);
    expect(t('goals.card.tasksDone', { done: 0, count: 1 })).toBe('0 von 1 Aufgabe erledigt');
    expect(t('goals.card.tasksDone', { done: 2, count: 5 })).toBe('2 von 5 Aufgaben erledigt');
  });
});
