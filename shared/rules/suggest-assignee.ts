import type { Member } from '../domain/member.ts';
import { isPausedOn } from '../domain/pause.ts';
import type { Task } from '../domain/task.ts';

/**
 * Ranks who could take a task: matching skills first, then spare capacity (lower WIP). Paused members
 * come last; members who left the team are not suggested.
 */

export type AssigneeCandidate = Pick<Member, 'userId' | 'skills' | 'active' | 'pausedUntil'>;
export type AssigneeTask = Pick<Task, 'assigneeId' | 'status'>;

export interface SuggestAssigneesInput {
  taskTags: readonly string[];
  members: readonly AssigneeCandidate[];
  tasks: readonly AssigneeTask[];
  wipLimit: number;
  /** `YYYY-MM-DD` in the team's time zone; without it nobody counts as paused. */
  today?: string;
}

export interface AssigneeSuggestion {
  userId: string;
  /** Orders the list: 10 points per matching skill plus up to 9 for spare capacity; 0 when paused. */
  score: number;
  /** The task's tags the member has as skills, in the task's tag order. */
  skillMatches: string[];
  /** Tasks in `doing` or `blocked`. */
  wip: number;
  /** WIP above the team's limit, as the bottleneck rule counts it. */
  overLimit: boolean;
  paused: boolean;
}

const POINTS_PER_SKILL = 10;
const MAX_CAPACITY_POINTS = 9;

function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase();
}

function wipByAssignee(tasks: readonly AssigneeTask[]): Map<string, number> {
  const wip = new Map<string, number>();
  for (const task of tasks) {
    if (task.assigneeId !== undefined && (task.status === 'doing' || task.status === 'blocked')) {
      wip.set(task.assigneeId, (wip.get(task.assigneeId) ?? 0) + 1);
    }
  }
  return wip;
}

function score(skillMatches: number, wip: number, paused: boolean): number {
  if (paused) return 0;
  return 1 + skillMatches * POINTS_PER_SKILL + (MAX_CAPACITY_POINTS - Math.min(wip, MAX_CAPACITY_POINTS));
}

function compareSuggestions(a: AssigneeSuggestion, b: AssigneeSuggestion): number {
  return (
    Number(a.paused) - Number(b.paused) ||
    b.skillMatches.length - a.skillMatches.length ||
    a.wip - b.wip ||
    (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)
  );
}

/** Active members ranked for a task with `taskTags`, best first. */
export function suggestAssignees(input: SuggestAssigneesInput): AssigneeSuggestion[] {
  const tags = [...new Set(input.taskTags.map(normalizeTag).filter((tag) => tag !== ''))];
  const wip = wipByAssignee(input.tasks);
  return input.members
    .filter((member) => member.active !== false)
    .map((member): AssigneeSuggestion => {
      const skills = new Set(member.skills.map(normalizeTag));
      const skillMatches = tags.filter((tag) => skills.has(tag));
      const memberWip = wip.get(member.userId) ?? 0;
      const paused = input.today !== undefined && isPausedOn(member, input.today);
      return {
        userId: member.userId,
        score: score(skillMatches.length, memberWip, paused),
        skillMatches,
        wip: memberWip,
        overLimit: memberWip > input.wipLimit,
        paused,
      };
    })
    .sort(compareSuggestions);
}
