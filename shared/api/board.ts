import type { Goal } from '../domain/goal.ts';
import type { Member } from '../domain/member.ts';
import type { Task } from '../domain/task.ts';
import type { TeamSettings } from '../domain/team.ts';
import type { Versioned } from './versioned.ts';

export interface BoardTeam {
  teamId: string;
  name: string;
  settings: TeamSettings;
}

/** What the people on a board may know of each other. */
export type BoardMember = Pick<
  Member,
  'userId' | 'name' | 'timeZone' | 'skills' | 'pausedUntil' | 'active'
> & {
  isLeader: boolean;
};

export interface BoardResponse {
  team: BoardTeam;
  me: { userId: string; isLeader: boolean };
  members: BoardMember[];
  goals: Versioned<Goal>[];
  tasks: Versioned<Task>[];
  /** Team-visible feedback and recognition linked to each task, by task id (absent: none). */
  linkCounts: Record<string, { feedback: number; recognition: number }>;
}
