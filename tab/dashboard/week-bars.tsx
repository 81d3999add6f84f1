import { mergeClasses } from '@fluentui/react-components';
import { useChartStyles } from './chart-styles.ts';

/** Vertical bars, one per week, scaled to `max`; the viewBox stretches to any width without scrolling. */
export function WeekBars({
  points,
  max,
}: {
  points: Array<{ week: string; value: number; warn?: boolean }>;
  max: number;
}) {
  const styles = useChartStyles();
  const slot = 100 / Math.max(1, points.length);
  const top = Math.max(max, 1);
  return (
    <>
      <svg className={styles.svg} viewBox="0 0 100 40" preserveAspectRatio="none" focusable="false">
        {points.map((point, i) => {
          const height = (Math.max(0, point.value) / top) * 38;
          return (
            <rect
              key={point.week}
              className={mergeClasses(styles.bar, point.warn && styles.warnBar)}
              x={i * slot + slot * 0.15}
              y={40 - height}
              width={slot * 0.7}
              height={height}
            />
          );
        })}
        <line className={styles.axis} x1="0" y1="40" x2="100" y2="40" />
      </svg>
      <div className={styles.weekLabels}>
        {points.map((point) => (
          <span key={point.week}>{point.week.slice(6)}</span>
        ))}
      </div>
    </>
  );
}
