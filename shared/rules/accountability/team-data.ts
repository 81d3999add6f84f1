import type { CheckIn } from '../../domain/check-in.ts';
import type { Feedback } from '../../domain/feedback.ts';
import type { Goal } from '../../domain/goal.ts';
import type { Member } from '../../domain/member.ts';
import type { Recognition } from '../../domain/recognition.ts';
import type { Task } from '../../domain/task.ts';
import type { Team } from '../../domain/team.ts';

/** Everything the accountability figures are computed from: one team's stored state, read once. */
export interface TeamData {
  team: Pick<Team, 'name' | 'settings'>;
  members: readonly Member[];
  goals: readonly Goal[];
  tasks: readonly Task[];
  /** Check-ins of the weeks looked at (and a few before, for blocker age and trends). */
  checkIns: readonly CheckIn[];
  feedback: readonly Pick<Feedback, 'giverId' | 'recipientId' | 'createdAt'>[];
  recognition: readonly Pick<Recognition, 'giverId' | 'recipientIds' | 'createdAt'>[];
}

/** A person as the figures name them: enough to show a name and to @mention. */
export interface PersonRef {
  userId: string;
  name: string;
  teamsUserId?: string;
}

export const DAY_MS = 86_400_000;

export function personRef(member: Pick<Member, 'userId' | 'name' | 'teamsUserId'>): PersonRef {
  return {
    userId: member.userId,
    name: member.name,
    ...(member.teamsUserId === undefined ? {} : { teamsUserId: member.teamsUserId }),
  };
}

/** Names every user id, falling back to "a former member" for people no longer on the roster. */
export function personOf(members: readonly Member[], userId: string): PersonRef {
  const member = members.find((m) => m.userId === userId);
  return member ? personRef(member) : { userId, name: 'A former member' };
}

export function wholeDaysSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));
}

export function byName(a: PersonRef, b: PersonRef): number {
  return a.name.localeCompare(b.name) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);
}
