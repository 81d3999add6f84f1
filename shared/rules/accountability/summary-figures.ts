import { localDate } from '../week.ts';
import { agedBlockers, type AgedBlocker } from './blocker-age.ts';
import { confidenceTrend, type WeekConfidence } from './confidence-trend.ts';
import { overdueTasks, type OverdueTask } from './overdue-work.ts';
import { participation, type Participation } from './participation.ts';
import { personOf, type PersonRef, type TeamData } from './team-data.ts';

export interface Win {
  person: PersonRef;
  text: string;
}

/** What the channel's weekly summary card shows. */
export interface SummaryFigures {
  teamName: string;
  week: string;
  participation: Participation;
  blockers: AgedBlocker[];
  overdue: OverdueTask[];
  wins: Win[];
  confidence: WeekConfidence[];
}

/** Weeks of confidence the summary shows, this one included. */
export const SUMMARY_TREND_WEEKS = 4;

export function summaryFigures(data: TeamData, week: string, now: Date): SummaryFigures {
  const { settings } = data.team;
  const answers = data.checkIns.filter((c) => c.week === week);
  return {
    teamName: data.team.name,
    week,
    participation: participation(week, data.members, data.checkIns, settings.checkIn),
    blockers: agedBlockers({ week, checkIns: data.checkIns, members: data.members, tasks: data.tasks, now }),
    overdue: overdueTasks(data.tasks, data.members, localDate(now, settings.timeZone)),
    wins: answers
      .flatMap((c) => c.wins.map((text) => ({ person: personOf(data.members, c.userId), text })))
      .sort((a, b) => a.person.name.localeCompare(b.person.name)),
    confidence: confidenceTrend(week, SUMMARY_TREND_WEEKS, data.checkIns),
  };
}
