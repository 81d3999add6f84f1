import type { DashboardResponse } from '../../shared/api/dashboard.ts';
import { FEEDBACK_GAP_DAYS } from '../../shared/rules/accountability/gaps.ts';
import { BarRows } from './bar-rows.tsx';
import { ChartSection } from './chart-section.tsx';
import { WeekBars } from './week-bars.tsx';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function ParticipationSection({ figures }: { figures: DashboardResponse }) {
  const latest = figures.participation.at(-1);
  // This week's answers are still coming in: the average is over the weeks before it.
  const asked = figures.participation.slice(0, -1).filter((p) => p.expected > 0);
  const average = asked.reduce((sum, p) => sum + p.rate, 0) / Math.max(1, asked.length);
  return (
    <ChartSection
      id="participation"
      title="Participation"
      summary={`Average ${percent(average)} over ${plural(asked.length, 'week')}${latest ? `; this week ${latest.answered} of ${latest.expected} so far` : ''}.`}
      {...(figures.participation.every((p) => p.expected === 0)
        ? { empty: 'No check-ins were asked for in these weeks.' }
        : {})}
      table={{
        caption: 'Check-ins answered per week',
        columns: ['Week', 'Answered', 'Expected', 'Rate'],
        rows: figures.participation.map((p) => [
          p.week,
          p.answered,
          p.expected,
          p.expected === 0 ? '–' : percent(p.rate),
        ]),
      }}
    >
      <WeekBars
        points={figures.participation.map((p) => ({
          week: p.week,
          value: p.expected === 0 ? 0 : p.rate * 100,
          warn: p.rate < 0.5 && p.expected > 0,
        }))}
        max={100}
      />
    </ChartSection>
  );
}

export function ConfidenceSection({ figures }: { figures: DashboardResponse }) {
  const known = figures.confidence.filter((c) => c.average !== undefined);
  const last = known.at(-1);
  return (
    <ChartSection
      id="confidence"
      title="Confidence"
      summary={last ? `Latest average ${last.average?.toFixed(1)} of 5 (${last.week}).` : ''}
      {...(known.length === 0 ? { empty: 'No confidence scores yet.' } : {})}
      table={{
        caption: 'Average confidence per week (1 to 5)',
        columns: ['Week', 'Average', 'Answers'],
        rows: figures.confidence.map((c) => [c.week, c.average?.toFixed(1) ?? '–', c.answers]),
      }}
    >
      <WeekBars
        points={figures.confidence.map((c) => ({
          week: c.week,
          value: c.average ?? 0,
          warn: (c.average ?? 5) < 3,
        }))}
        max={5}
      />
    </ChartSection>
  );
}

export function BlockersSection({ figures }: { figures: DashboardResponse }) {
  const total = figures.blockersByAge.reduce((sum, b) => sum + b.count, 0);
  const old = figures.blockersByAge.filter((b) => b.minDays >= 7).reduce((sum, b) => sum + b.count, 0);
  return (
    <ChartSection
      id="blockers"
      title="Blocked tasks by age"
      summary={`${plural(total, 'blocked task')}, ${old} blocked for a week or more.`}
      {...(total === 0 ? { empty: 'Nothing is blocked.' } : {})}
      table={{
        caption: 'Blocked tasks by how long they have been blocked',
        columns: ['Blocked for', 'Tasks'],
        rows: figures.blockersByAge.map((b) => [b.label, b.count]),
      }}
    >
      <BarRows
        rows={figures.blockersByAge.map((b) => ({
          key: b.label,
          label: b.label,
          value: b.count,
          display: String(b.count),
          warn: b.minDays >= 7,
        }))}
        max={Math.max(...figures.blockersByAge.map((b) => b.count))}
      />
    </ChartSection>
  );
}

export function RecurringSection({ figures }: { figures: DashboardResponse }) {
  const rows = figures.recurringBlockers;
  return (
    <ChartSection
      id="recurring"
      title="Recurring blockers"
      summary={`${plural(rows.length, 'blocker')} reported in consecutive check-ins.`}
      {...(rows.length === 0 ? { empty: 'No blocker came back week after week.' } : {})}
      table={{
        caption: 'Blockers reported week after week',
        columns: ['Person', 'Blocker', 'Weeks in a row', 'Since'],
        rows: rows.map((r) => [r.person.name, r.text, r.weeks, r.firstWeek]),
      }}
    >
      <BarRows
        rows={rows.map((r, i) => ({
          key: String(i),
          label: `${r.person.name}: ${r.text}`,
          value: r.weeks,
          display: plural(r.weeks, 'week'),
          warn: r.weeks >= 3,
        }))}
        max={Math.max(3, ...rows.map((r) => r.weeks))}
      />
    </ChartSection>
  );
}

export function WipSection({ figures }: { figures: DashboardResponse }) {
  const over = figures.wip.filter((w) => w.overLimit);
  const busiest = Math.max(figures.wipLimit, ...figures.wip.map((w) => w.doing + w.blocked));
  return (
    <ChartSection
      id="wip"
      title="Work in progress per person"
      summary={`Limit ${figures.wipLimit}; ${plural(over.length, 'person', 'people')} over it.`}
      {...(figures.wip.length === 0 ? { empty: 'Nobody is on the team yet.' } : {})}
      table={{
        caption: 'Tasks in doing and blocked per person',
        columns: ['Person', 'Doing', 'Blocked', 'Over the limit'],
        rows: figures.wip.map((w) => [w.person.name, w.doing, w.blocked, w.overLimit ? 'yes' : 'no']),
      }}
    >
      <BarRows
        rows={figures.wip.map((w) => ({
          key: w.person.userId,
          label: w.person.name,
          value: w.doing + w.blocked,
          display: String(w.doing + w.blocked),
          warn: w.overLimit,
        }))}
        max={busiest}
      />
    </ChartSection>
  );
}

export function FeedbackSection({ figures }: { figures: DashboardResponse }) {
  const gaps = figures.feedbackCadence.filter(
    (f) => f.daysSince === undefined || f.daysSince >= FEEDBACK_GAP_DAYS,
  );
  const longest = Math.max(FEEDBACK_GAP_DAYS, ...figures.feedbackCadence.map((f) => f.daysSince ?? 0));
  return (
    <ChartSection
      id="feedback"
      title="Feedback cadence"
      summary={`${plural(gaps.length, 'person', 'people')} without feedback for ${FEEDBACK_GAP_DAYS} days or more.`}
      {...(figures.feedbackCadence.length === 0 ? { empty: 'Nobody is on the team yet.' } : {})}
      table={{
        caption: 'Days since each person last received feedback',
        columns: ['Person', 'Days since', 'Received in these weeks'],
        rows: figures.feedbackCadence.map((f) => [f.person.name, f.daysSince ?? 'never', f.received]),
      }}
    >
      <BarRows
        rows={figures.feedbackCadence.map((f) => ({
          key: f.person.userId,
          label: f.person.name,
          value: f.daysSince ?? longest,
          display: f.daysSince === undefined ? 'never' : `${f.daysSince} d`,
          warn: f.daysSince === undefined || f.daysSince >= FEEDBACK_GAP_DAYS,
        }))}
        max={longest}
      />
    </ChartSection>
  );
}

export function RecognitionSection({ figures }: { figures: DashboardResponse }) {
  const total = figures.recognition.reduce((sum, r) => sum + r.received, 0);
  const none = figures.recognition.filter((r) => r.received === 0).length;
  return (
    <ChartSection
      id="recognition"
      title="Recognition received"
      summary={`${plural(total, 'recognition')} in these weeks; ${plural(none, 'person', 'people')} not recognised.`}
      {...(total === 0 ? { empty: 'No recognition in these weeks yet.' } : {})}
      table={{
        caption: 'Recognition received and given per person',
        columns: ['Person', 'Received', 'Given'],
        rows: figures.recognition.map((r) => [r.person.name, r.received, r.given]),
      }}
    >
      <BarRows
        rows={figures.recognition.map((r) => ({
          key: r.person.userId,
          label: r.person.name,
          value: r.received,
          display: String(r.received),
        }))}
        max={Math.max(...figures.recognition.map((r) => r.received))}
      />
    </ChartSection>
  );
}

export function GoalsSection({ figures }: { figures: DashboardResponse }) {
  return (
    <ChartSection
      id="goals"
      title="Goal progress"
      summary={`${plural(figures.goals.length, 'goal')}; ${figures.goals.filter((g) => g.progress >= 1).length} complete.`}
      {...(figures.goals.length === 0 ? { empty: 'No goals yet.' } : {})}
      table={{
        caption: 'Progress of each goal, from its measure or its tasks',
        columns: ['Goal', 'Owner', 'Progress', 'Tasks done'],
        rows: figures.goals.map((g) => [
          g.statement,
          g.owner.name,
          percent(g.progress),
          `${g.doneTasks} of ${g.totalTasks}`,
        ]),
      }}
    >
      <BarRows
        rows={figures.goals.map((g) => ({
          key: g.goalId,
          label: g.statement,
          value: g.progress * 100,
          display: percent(g.progress),
        }))}
        max={100}
      />
    </ChartSection>
  );
}
