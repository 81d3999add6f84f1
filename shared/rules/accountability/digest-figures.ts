import { localDate } from '../week.ts';
import { FEEDBACK_GAP_DAYS, gaps, latestReceived, RECOGNITION_GAP_DAYS, type Gap } from './gaps.ts';
import { blockedTasks, overdueTasks, type BlockedTask, type OverdueTask } from './overdue-work.ts';
import { participation, type Participation } from './participation.ts';
import { suggestedRecognitions, type SuggestedRecognition } from './suggested-recognitions.ts';
import type { TeamData } from './team-data.ts';

/** What a leader's weekly accountability digest shows. */
export interface DigestFigures {
  teamName: string;
  week: string;
  participation: Participation;
  overdue: OverdueTask[];
  blocked: BlockedTask[];
  feedbackGaps: Gap[];
  recognitionGaps: Gap[];
  suggestions: SuggestedRecognition[];
}

export function digestFigures(data: TeamData, week: string, now: Date): DigestFigures {
  const { settings } = data.team;
  const feedbackReceived = latestReceived(
    data.feedback.map((f) => ({ recipientIds: [f.recipientId], createdAt: f.createdAt })),
  );
  return {
    teamName: data.team.name,
    week,
    participation: participation(week, data.members, data.checkIns, settings.checkIn),
    overdue: overdueTasks(data.tasks, data.members, localDate(now, settings.timeZone)),
    blocked: blockedTasks(data.tasks, data.members, now),
    feedbackGaps: gaps(data.members, feedbackReceived, FEEDBACK_GAP_DAYS, now),
    recognitionGaps: gaps(data.members, latestReceived(data.recognition), RECOGNITION_GAP_DAYS, now),
    suggestions: suggestedRecognitions({ ...data, timeZone: settings.timeZone, now }),
  };
}
