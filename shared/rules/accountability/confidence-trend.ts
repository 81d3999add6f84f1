import type { CheckIn } from '../../domain/check-in.ts';
import { addWeeks } from '../week.ts';

export interface WeekConfidence {
  week: string;
  /** Average confidence (1–5) of the week's answers, one decimal; undefined when nobody answered. */
  average?: number;
  answers: number;
}

/** The weeks from `count - 1` weeks before `week` up to `week`, oldest first. */
export function weeksEndingAt(week: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addWeeks(week, i - count + 1));
}

export function confidenceTrend(
  week: string,
  count: number,
  checkIns: readonly Pick<CheckIn, 'week' | 'confidence'>[],
): WeekConfidence[] {
  return weeksEndingAt(week, count).map((w) => {
    const scores = checkIns.filter((c) => c.week === w).map((c) => c.confidence);
    if (scores.length === 0) return { week: w, answers: 0 };
    const average = Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 10) / 10;
    return { week: w, average, answers: scores.length };
  });
}
