import type { ReactNode } from 'react';
import { useDashboardT } from '../i18n/en-US/dashboard.ts';
import { useChartStyles } from './chart-styles.ts';

export interface TableData {
  caption: string;
  columns: string[];
  rows: Array<Array<string | number>>;
}

/**
 * One dashboard figure: a title, a one-line summary, the chart (decorative for screen readers) and the
 * same numbers as a table behind "Show as table", or an empty state when there is nothing to chart.
 */
export function ChartSection(props: {
  id: string;
  title: string;
  summary: string;
  empty?: string;
  table: TableData;
  children: ReactNode;
}) {
  const styles = useChartStyles();
  const t = useDashboardT();
  const headingId = `dashboard-${props.id}-title`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={`dashboard-${props.id}`}>
      <h2 id={headingId} className={styles.title}>
        {props.title}
      </h2>
      {props.empty !== undefined ? (
        <p className={styles.empty}>{props.empty}</p>
      ) : (
        <>
          <p className={styles.summary}>{props.summary}</p>
          <div aria-hidden="true">{props.children}</div>
          <details className={styles.details}>
            <summary>{t('dashboard.chart.showTable')}</summary>
            <table className={styles.table}>
              <caption className={styles.summary}>{props.table.caption}</caption>
              <thead>
                <tr>
                  {props.table.columns.map((column) => (
                    <th key={column} scope="col" className={styles.cell}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((value, j) => (
                      <td key={j} className={styles.cell}>
                        {value}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
