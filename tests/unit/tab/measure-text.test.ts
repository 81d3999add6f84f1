import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate.ts';
import { measureText } from '../../../tab/goals/measure-text.ts';
import { goals as goalsDe } from '../../../tab/i18n/de-DE/goals.ts';
import { goals } from '../../../tab/i18n/en-US/goals.ts';

describe('a goal’s measure', () => {
  const measure = { metric: 'Response time', baseline: 1000, current: 2.5, target: 0.75, unit: 'h' };

  it('reads as before in English: numbers ungrouped, the unit after the target', () => {
    const t = createTranslator('en-US', goals);
    expect(measureText(measure, 'en-US', t)).toBe('Response time: 1000 → 2.5 → 0.75 h');
    expect(measureText({ metric: 'NPS', baseline: 20, target: 40, unit: '' }, 'en-US', t)).toBe(
      'NPS: 20 → ? → 40',
    );
  });

  it('writes German decimals with a comma', () => {
    const t = createTranslator('de-DE', goalsDe, goals);
    expect(measureText(measure, 'de-DE', t)).toBe('Response time: 1000 → 2,5 → 0,75 h');
  });
});
