import { mergeClasses } from '@fluentui/react-components';
import { useChartStyles } from './chart-styles.ts';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  display: string;
  warn?: boolean;
}

/** Horizontal bars with their label and value: readable at 375 px, long names cut with an ellipsis. */
export function BarRows({ rows, max }: { rows: BarRow[]; max: number }) {
  const styles = useChartStyles();
  const top = Math.max(max, 1);
  return (
    <ul className={styles.rows}>
      {rows.map((row) => (
        <li key={row.key} className={styles.row}>
          <span className={styles.rowLabel} title={row.label}>
            {row.label}
          </span>
          <svg className={styles.rowSvg} viewBox="0 0 100 12" preserveAspectRatio="none" focusable="false">
            <rect className={styles.track} x="0" y="0" width="100" height="12" />
            <rect
              className={mergeClasses(styles.bar, row.warn && styles.warnBar)}
              x="0"
              y="0"
              width={(Math.max(0, row.value) / top) * 100}
              height="12"
            />
          </svg>
          <span>{row.display}</span>
        </li>
      ))}
    </ul>
  );
}
