import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Member } from '../../shared/domain/member.ts';
import type { Task } from '../../shared/domain/task.ts';
import { TeamSettingsSchema, type Team } from '../../shared/domain/team.ts';
import { checkInWindowAt } from '../../shared/rules/check-in-window.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { LoadResult } from './board-load.ts';

const TENANT_ID = '00000000-0000-4000-8000-000000000001';
const TEAM_ID = '19:cadence0bench0invoke000000000001@thread.tacv2';
const TIME_ZONE = 'America/New_York';
const TASKS_PER_MEMBER = 2;

export interface InvokeTeam {
  team: Team;
  members: Member[];
  /** Task ids by member id. */
  tasks: Map<string, string[]>;
  week: string;
}

function guid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * A team of `memberCount` members with two tasks each, and a week-long check-in window so the week is
 * open whenever the bench runs. Written through the real repositories.
 */
export async function seedInvokeTeam(repos: Repositories, now: Date, memberCount = 50): Promise<InvokeTeam> {
  const at = now.toISOString();
  const scope = { tenantId: TENANT_ID, teamId: TEAM_ID };
  const members: Member[] = Array.from({ length: memberCount }, (_, i) => ({
    ...scope,
    userId: guid(0xbe0000 + i),
    teamsUserId: `29:1fake-bench-${i}`,
    name: `Bench Member ${i}`,
    timeZone: TIME_ZONE,
    skills: [],
    active: true,
    joinedAt: at,
    updatedAt: at,
  }));
  const team: Team = {
    ...scope,
    name: 'Invoke bench',
    active: true,
    conversation: { conversationId: TEAM_ID, channelId: TEAM_ID, serviceUrl: 'http://127.0.0.1:9/' },
    settings: TeamSettingsSchema.parse({
      timeZone: TIME_ZONE,
      checkIn: { windowHours: 168 },
      leaders: [members[0]!.userId],
      questions: [{ id: 'q-learned', text: 'What did you learn this week?' }],
    }),
    createdAt: at,
    updatedAt: at,
  };
  await repos.teams.insert(team);
  const tasks = new Map<string, string[]>();
  for (const member of members) {
    await repos.members.insert(member);
    const ids: string[] = [];
    for (let t = 0; t < TASKS_PER_MEMBER; t += 1) {
      const task: Task = {
        ...scope,
        id: `bench-${member.userId.slice(-6)}-${t}`,
        title: `Task ${t} of ${member.name}`,
        description: '',
        assigneeId: member.userId,
        status: 'todo',
        tags: [],
        blockedReason: '',
        statusChangedAt: at,
        createdBy: member.userId,
        createdAt: at,
        updatedAt: at,
      };
      await repos.tasks.insert(task);
      ids.push(task.id);
    }
    tasks.set(member.userId, ids);
  }
  const week = checkInWindowAt(now, team.settings.checkIn, TIME_ZONE).week;
  return { team, members, tasks, week };
}

/**
 * `rounds` check-in submits per member, as Teams posts them (`adaptiveCard/action` invokes), interleaved
 * member by member so concurrent requests rarely hit the same row. Every submit edits the answer (so every
 * one writes the check-in) and every fourth submit of a member moves one of their tasks: most submits in a
 * week are edits. `firstRound` continues the count of an earlier batch (a warm-up).
 */
export function invokeActivities(seed: InvokeTeam, rounds: number, label: string, firstRound = 0): object[] {
  const activities: object[] = [];
  for (let round = firstRound; round < firstRound + rounds; round += 1) {
    for (const member of seed.members) {
      const [first = '', second = ''] = seed.tasks.get(member.userId) ?? [];
      activities.push({
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: `f:bench-${label}-${round}-${member.userId}`,
        timestamp: new Date().toISOString(),
        localTimezone: TIME_ZONE,
        serviceUrl: 'http://127.0.0.1:9/',
        channelId: 'msteams',
        from: { id: member.teamsUserId, name: member.name, aadObjectId: member.userId },
        conversation: {
          conversationType: 'personal',
          tenantId: TENANT_ID,
          id: `a:1fake-bench-personal-${member.userId}`,
        },
        recipient: { id: '28:00000000-0000-4000-8000-0000000000b1', name: 'Bot' },
        channelData: { tenant: { id: TENANT_ID } },
        replyToId: '1736175601000',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'checkinSubmit',
            data: {
              teamId: seed.team.teamId,
              week: seed.week,
              userId: member.userId,
              [`task.${first}`]: Math.floor(round / 4) % 2 === 0 ? 'doing' : 'todo',
              [`task.${second}`]: 'todo',
              blockers: round % 3 === 0 ? 'Waiting for the staging database' : '',
              wins: `Shipped part ${round}`,
              confidence: String((round % 5) + 1),
              'question.q-learned': 'Feature flags make rollouts calm',
            },
          },
          trigger: 'manual',
        },
        locale: 'en-US',
      });
    }
  }
  return activities;
}

/** Posts the activities from a child process (like Teams would, from elsewhere), `clients` at a time. */
export function invokeLoadInChild(
  serviceUrl: string,
  activities: object[],
  clients: number,
): Promise<LoadResult> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cadence-invokes-')), 'activities.json');
  writeFileSync(file, JSON.stringify(activities));
  const child = fork(
    fileURLToPath(new URL('./invoke-client.ts', import.meta.url)),
    [new URL('/api/messages', serviceUrl).href, file, String(clients)],
    { execArgv: ['--import', 'tsx'] },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`invoke client exited with ${code}`));
    });
  });
}
