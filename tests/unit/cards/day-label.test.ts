import { describe, expect, it } from 'vitest';
import { dayLabel } from '../../../shared/cards/day-label.ts';

describe('dayLabel', () => {
  it('spells a calendar day out with its weekday, with or without the year', () => {
    expect(dayLabel('2026-12-31', 'en-US')).toBe('Thu 31 Dec 2026');
    expect(dayLabel('2026-06-05', 'en-US', { year: false })).toBe('Fri 5 Jun');
    expect(dayLabel('2024-02-29', 'en-US')).toBe('Thu 29 Feb 2024');
  });

  it('spells it the German way in German', () => {
    expect(dayLabel('2026-12-31', 'de-DE')).toBe('Do., 31. Dez. 2026');
    expect(dayLabel('2026-03-02', 'de-DE', { year: false })).toBe('Mo., 2. März');
  });
});
