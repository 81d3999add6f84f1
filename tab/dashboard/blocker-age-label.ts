import type { DashboardKey, DashboardT } from '../i18n/en-US/dashboard.ts';

/** The service's age buckets by their lower bound in days; it names them in English. */
const AGE_KEYS: Readonly<Record<number, DashboardKey>> = {
  0: 'dashboard.blockers.age.under3Days',
  3: 'dashboard.blockers.age.3to6Days',
  7: 'dashboard.blockers.age.1to2Weeks',
  14: 'dashboard.blockers.age.2WeeksOrMore',
};

/** A blocked-task age bucket in the tab's language; a bucket the tab does not know keeps its own label. */
export function blockerAgeLabel(bucket: { label: string; minDays: number }, t: DashboardT): string {
  const key = AGE_KEYS[bucket.minDays];
  return key ? t(key) : bucket.label;
}
