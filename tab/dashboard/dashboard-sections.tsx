import type { DashboardResponse } from '../../shared/api/dashboard.ts';
import { FEEDBACK_GAP_DAYS } from '../../shared/rules/accountability/gaps.ts';
import { BarRows } from './bar-rows.tsx';
import { blockerAgeLabel } from './blocker-age-label.ts';
import { ChartSection } from './chart-section.tsx';
import { useDashboardFormat } from './use-dashboard-format.ts';
import { WeekBars } from './week-bars.tsx';

/** A figure with no value for a week or person. */
const NONE = '–';

export function ParticipationSection({ figures }: { figures: DashboardResponse }) {
  const { t, percent } = useDashboardFormat();
  const latest = figures.participation.at(-1);
  // This week's answers are still coming in: the average is over the weeks before it.
  const asked = figures.participation.slice(0, -1).filter((p) => p.expected > 0);
  const average = percent(asked.reduce((sum, p) => sum + p.rate, 0) / Math.max(1, asked.length));
  return (
    <ChartSection
      id="participation"
      title={t('dashboard.participation.title')}
      summary={
        latest
          ? t('dashboard.participation.summary', {
              count: asked.length,
              average,
              answered: latest.answered,
              expected: latest.expected,
            })
          : t('dashboard.participation.summaryPast', { count: asked.length, average })
      }
      {...(figures.participation.every((p) => p.expected === 0)
        ? { empty: t('dashboard.participation.empty') }
        : {})}
      table={{
        caption: t('dashboard.participation.caption'),
        columns: [
          t('dashboard.chart.week'),
          t('dashboard.participation.answered'),
          t('dashboard.participation.expected'),
          t('dashboard.participation.rate'),
        ],
        rows: figures.participation.map((p) => [
          p.week,
          p.answered,
          p.expected,
          p.expected === 0 ? NONE : percent(p.rate),
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
  const { t, decimal } = useDashboardFormat();
  const known = figures.confidence.filter((c) => c.average !== undefined);
  const last = known.at(-1);
  return (
    <ChartSection
      id="confidence"
      title={t('dashboard.confidence.title')}
      summary={
        last?.average !== undefined
          ? t('dashboard.confidence.summary', { average: decimal(last.average), week: last.week })
          : ''
      }
      {...(known.length === 0 ? { empty: t('dashboard.confidence.empty') } : {})}
      table={{
        caption: t('dashboard.confidence.caption'),
        columns: [
          t('dashboard.chart.week'),
          t('dashboard.confidence.average'),
          t('dashboard.confidence.answers'),
        ],
        rows: figures.confidence.map((c) => [
          c.week,
          c.average === undefined ? NONE : decimal(c.average),
          c.answers,
        ]),
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
  const { t } = useDashboardFormat();
  const total = figures.blockersByAge.reduce((sum, b) => sum + b.count, 0);
  const old = figures.blockersByAge.filter((b) => b.minDays >= 7).reduce((sum, b) => sum + b.count, 0);
  return (
    <ChartSection
      id="blockers"
      title={t('dashboard.blockers.title')}
      summary={t('dashboard.blockers.summary', { count: total, old })}
      {...(total === 0 ? { empty: t('dashboard.blockers.empty') } : {})}
      table={{
        caption: t('dashboard.blockers.caption'),
        columns: [t('dashboard.blockers.blockedFor'), t('dashboard.blockers.tasks')],
        rows: figures.blockersByAge.map((b) => [blockerAgeLabel(b, t), b.count]),
      }}
    >
      <BarRows
        rows={figures.blockersByAge.map((b) => ({
          key: b.label,
          label: blockerAgeLabel(b, t),
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
  const { t } = useDashboardFormat();
  const rows = figures.recurringBlockers;
  return (
    <ChartSection
      id="recurring"
      title={t('dashboard.recurring.title')}
      summary={t('dashboard.recurring.summary', { count: rows.length })}
      {...(rows.length === 0 ? { empty: t('dashboard.recurring.empty') } : {})}
      table={{
        caption: t('dashboard.recurring.caption'),
        columns: [
          t('dashboard.chart.person'),
          t('dashboard.recurring.blocker'),
          t('dashboard.recurring.weeksInARow'),
          t('dashboard.recurring.since'),
        ],
        rows: rows.map((r) => [r.person.name, r.text, r.weeks, r.firstWeek]),
      }}
    >
      <BarRows
        rows={rows.map((r, i) => ({
          key: String(i),
          label: `${r.person.name}: ${r.text}`,
          value: r.weeks,
          display: t('dashboard.recurring.weeks', { count: r.weeks }),
          warn: r.weeks >= 3,
        }))}
        max={Math.max(3, ...rows.map((r) => r.weeks))}
      />
    </ChartSection>
  );
}

export function WipSection({ figures }: { figures: DashboardResponse }) {
  const { t } = useDashboardFormat();
  const over = figures.wip.filter((w) => w.overLimit);
  const busiest = Math.max(figures.wipLimit, ...figures.wip.map((w) => w.doing + w.blocked));
  return (
    <ChartSection
      id="wip"
      title={t('dashboard.wip.title')}
      summary={t('dashboard.wip.summary', { count: over.length, limit: figures.wipLimit })}
      {...(figures.wip.length === 0 ? { empty: t('dashboard.wip.empty') } : {})}
      table={{
        caption: t('dashboard.wip.caption'),
        columns: [
          t('dashboard.chart.person'),
          t('dashboard.wip.doing'),
          t('dashboard.wip.blocked'),
          t('dashboard.wip.overLimit'),
        ],
        rows: figures.wip.map((w) => [
          w.person.name,
          w.doing,
          w.blocked,
          w.overLimit ? t('dashboard.wip.yes') : t('dashboard.wip.no'),
        ]),
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
  const { t } = useDashboardFormat();
  const gaps = figures.feedbackCadence.filter(
    (f) => f.daysSince === undefined || f.daysSince >= FEEDBACK_GAP_DAYS,
  );
  const longest = Math.max(FEEDBACK_GAP_DAYS, ...figures.feedbackCadence.map((f) => f.daysSince ?? 0));
  const never = t('dashboard.feedback.never');
  return (
    <ChartSection
      id="feedback"
      title={t('dashboard.feedback.title')}
      summary={t('dashboard.feedback.summary', { count: gaps.length, days: FEEDBACK_GAP_DAYS })}
      {...(figures.feedbackCadence.length === 0 ? { empty: t('dashboard.feedback.empty') } : {})}
      table={{
        caption: t('dashboard.feedback.caption'),
        columns: [
          t('dashboard.chart.person'),
          t('dashboard.feedback.daysSince'),
          t('dashboard.feedback.received'),
        ],
        rows: figures.feedbackCadence.map((f) => [f.person.name, f.daysSince ?? never, f.received]),
      }}
    >
      <BarRows
        rows={figures.feedbackCadence.map((f) => ({
          key: f.person.userId,
          label: f.person.name,
          value: f.daysSince ?? longest,
          display: f.daysSince === undefined ? never : t('dashboard.feedback.days', { days: f.daysSince }),
          warn: f.daysSince === undefined || f.daysSince >= FEEDBACK_GAP_DAYS,
        }))}
        max={longest}
      />
    </ChartSection>
  );
}

export function RecognitionSection({ figures }: { figures: DashboardResponse }) {
  const { t } = useDashboardFormat();
  const total = figures.recognition.reduce((sum, r) => sum + r.received, 0);
  const none = figures.recognition.filter((r) => r.received === 0).length;
  return (
    <ChartSection
      id="recognition"
      title={t('dashboard.recognition.title')}
      summary={t('dashboard.recognition.summary', {
        recognitions: t('dashboard.recognition.recognitions', { count: total }),
        people: t('dashboard.recognition.people', { count: none }),
      })}
      {...(total === 0 ? { empty: t('dashboard.recognition.empty') } : {})}
      table={{
        caption: t('dashboard.recognition.caption'),
        columns: [
          t('dashboard.chart.person'),
          t('dashboard.recognition.received'),
          t('dashboard.recognition.given'),
        ],
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
  const { t, percent } = useDashboardFormat();
  return (
    <ChartSection
      id="goals"
      title={t('dashboard.goals.title')}
      summary={t('dashboard.goals.summary', {
        count: figures.goals.length,
        complete: figures.goals.filter((g) => g.progress >= 1).length,
      })}
      {...(figures.goals.length === 0 ? { empty: t('dashboard.goals.empty') } : {})}
      table={{
        caption: t('dashboard.goals.caption'),
        columns: [
          t('dashboard.goals.goal'),
          t('dashboard.goals.owner'),
          t('dashboard.goals.progress'),
          t('dashboard.goals.tasksDone'),
        ],
        rows: figures.goals.map((g) => [
          g.statement,
          g.owner.name,
          percent(g.progress),
          t('dashboard.goals.doneOfTotal', { done: g.doneTasks, total: g.totalTasks }),
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
