import { useMemo } from 'react';
import { usableLocale } from '../format/locale.ts';
import { useDashboardT, type DashboardT } from '../i18n/en-US/dashboard.ts';
import { useTeamData } from '../shell/team-data.ts';

export interface DashboardFormat {
  t: DashboardT;
  /** A share from 0 to 1 as a whole percentage: `42%`, `42 %` in German. */
  percent(share: number): string;
  /** An average with one decimal: `3.5`, `3,5` in German. */
  decimal(value: number): string;
}

/** The dashboard's words and number formats, in the Teams locale the other screens format dates with. */
export function useDashboardFormat(): DashboardFormat {
  const t = useDashboardT();
  const locale = usableLocale(useTeamData().session.locale);
  return useMemo(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return { t, percent: (share) => percent.format(share), decimal: (value) => decimal.format(value) };
  }, [t, locale]);
}
