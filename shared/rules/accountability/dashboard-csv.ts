import type { DashboardFigures } from './dashboard-figures.ts';

type Cell = string | number | undefined;

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a name as a formula. */
function cell(value: Cell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function percent(share: number): number {
  return Math.round(share * 100);
}

/**
 * The dashboard's figures as one CSV: one row per figure, `section,week,person,item,value,detail`, so a
 * single sheet can be filtered by section.
 */
export function dashboardCsv(figures: DashboardFigures): string {
  const rows: Cell[][] = [['section', 'week', 'person', 'item', 'value', 'detail']];
  for (const p of figures.participation) {
    rows.push([
      'participation',
      p.week,
      undefined,
      'answered %',
      p.expected === 0 ? undefined : percent(p.rate),
      `${p.answered} of ${p.expected}`,
    ]);
  }
  for (const c of figures.confidence)
    rows.push(['confidence', c.week, undefined, 'average', c.average, `${c.answers} answers`]);
  for (const b of figures.blockersByAge)
    rows.push(['blocked tasks by age', undefined, undefined, b.label, b.count, undefined]);
  for (const r of figures.recurringBlockers) {
    rows.push(['recurring blockers', r.firstWeek, r.person.name, r.text, r.weeks, 'weeks in a row']);
  }
  for (const w of figures.wip) {
    rows.push([
      'wip',
      undefined,
      w.person.name,
      'doing + blocked',
      w.doing + w.blocked,
      w.overLimit ? `over the limit of ${figures.wipLimit}` : undefined,
    ]);
  }
  for (const f of figures.feedbackPerWeek)
    rows.push(['feedback per week', f.week, undefined, 'given', f.count, undefined]);
  for (const f of figures.feedbackCadence) {
    rows.push([
      'feedback cadence',
      undefined,
      f.person.name,
      'days since last feedback',
      f.daysSince,
      f.daysSince === undefined ? 'never' : `${f.received} received`,
    ]);
  }
  for (const r of figures.recognition) {
    rows.push(['recognition', undefined, r.person.name, 'received', r.received, `${r.given} given`]);
  }
  for (const g of figures.goals) {
    rows.push([
      'goal progress',
      undefined,
      g.owner.name,
      g.statement,
      percent(g.progress),
      `${g.doneTasks} of ${g.totalTasks} tasks done`,
    ]);
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
