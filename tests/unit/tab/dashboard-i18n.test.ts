import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate.ts';
import { blockerAgeLabel } from '../../../tab/dashboard/blocker-age-label.ts';
import { withLocalizedHeader } from '../../../tab/dashboard/csv-header.ts';
import { dashboard as dashboardDe } from '../../../tab/i18n/de-DE/dashboard.ts';
import { dashboard } from '../../../tab/i18n/en-US/dashboard.ts';

const t = createTranslator('en-US', dashboard);
const tDe = createTranslator('de-DE', dashboardDe, dashboard);
const CSV = 'section,week,person,item,value,detail\r\nparticipation,2026-W10,,answered %,80,"4 of 5"\r\n';

describe('the dashboard export in the tab’s language', () => {
  it('keeps the English header as it was, and translates only the header in German', () => {
    expect(withLocalizedHeader(CSV, t)).toBe(CSV);
    expect(withLocalizedHeader(CSV, tDe)).toBe(
      'Abschnitt,Woche,Person,Eintrag,Wert,Detail\r\nparticipation,2026-W10,,answered %,80,"4 of 5"\r\n',
    );
  });

  it('quotes a translated header that holds a comma or a quote', () => {
    const odd = createTranslator('en-US', { ...dashboard, 'dashboard.csv.item': 'item, "kind"' });
    expect(withLocalizedHeader(CSV, odd).split('\r\n')[0]).toBe(
      'section,week,person,"item, ""kind""",value,detail',
    );
  });
});

describe('the blocked-task age buckets', () => {
  it('are named in the tab’s language by their lower bound, and an unknown bucket keeps its label', () => {
    expect(blockerAgeLabel({ label: 'Under 3 days', minDays: 0 }, t)).toBe('Under 3 days');
    expect(blockerAgeLabel({ label: 'Under 3 days', minDays: 0 }, tDe)).toBe('Unter 3 Tagen');
    expect(blockerAgeLabel({ label: '3–6 days', minDays: 3 }, tDe)).toBe('3–6 Tage');
    expect(blockerAgeLabel({ label: '1–2 weeks', minDays: 7 }, tDe)).toBe('1–2 Wochen');
    expect(blockerAgeLabel({ label: '2 weeks or more', minDays: 14 }, tDe)).toBe('2 Wochen oder länger');
    expect(blockerAgeLabel({ label: 'A month or more', minDays: 30 }, tDe)).toBe('A month or more');
  });
});
