import { Button } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import type { DashboardResponse } from '../../shared/api/dashboard.ts';
import { dashboardCsv } from '../../shared/rules/accountability/dashboard-csv.ts';
import { useDashboardT } from '../i18n/en-US/dashboard.ts';
import { withLocalizedHeader } from './csv-header.ts';

/** The file name of an export: the team's span of weeks. */
export function csvFileName(figures: DashboardResponse): string {
  return `cadence-dashboard-${figures.weeks[0] ?? ''}-to-${figures.weeks.at(-1) ?? ''}.csv`;
}

/** Downloads the dashboard's figures as a CSV (with a BOM, so spreadsheets read names as UTF-8). */
export function CsvExportButton({ figures }: { figures: DashboardResponse }) {
  const t = useDashboardT();
  const download = () => {
    const csv = withLocalizedHeader(dashboardCsv(figures), t);
    const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(figures);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <Button icon={<ArrowDownload20Regular />} onClick={download} data-testid="dashboard-csv">
      {t('dashboard.csv.button')}
    </Button>
  );
}
