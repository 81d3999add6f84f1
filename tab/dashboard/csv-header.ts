import type { DashboardT } from '../i18n/en-US/dashboard.ts';

/** The export's columns in the order `dashboardCsv` writes them. */
const COLUMNS = [
  'dashboard.csv.section',
  'dashboard.csv.week',
  'dashboard.csv.person',
  'dashboard.csv.item',
  'dashboard.csv.value',
  'dashboard.csv.detail',
] as const;

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV with its header row in the tab's language. The rows below keep their values as they are (section
 * names included), so a sheet filtered by them works in any language.
 */
export function withLocalizedHeader(csv: string, t: DashboardT): string {
  const end = csv.indexOf('\r\n');
  const header = COLUMNS.map((key) => quoted(t(key))).join(',');
  return end < 0 ? `${header}\r\n` : header + csv.slice(end);
}
