import type { VersionedGoal } from '../api/api-client.ts';
import type { GoalsT } from '../i18n/en-US/goals.ts';

/** A measure value as the locale writes numbers, never grouped: "1000", "2,5". */
export function formatMeasureNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}

/** "Metric: 2 → 3 → 5 h"; `?` while the current value is unknown. */
export function measureText(
  measure: NonNullable<VersionedGoal['measure']>,
  locale: string,
  t: GoalsT,
): string {
  const params = {
    metric: measure.metric,
    baseline: formatMeasureNumber(measure.baseline, locale),
    current:
      measure.current === undefined ? t('goals.card.unknown') : formatMeasureNumber(measure.current, locale),
    target: formatMeasureNumber(measure.target, locale),
  };
  return measure.unit
    ? t('goals.card.measureUnit', { ...params, unit: measure.unit })
    : t('goals.card.measure', params);
}
