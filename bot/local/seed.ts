import type { TableClient } from '@azure/data-tables';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { TableName } from '../../shared/store/table-names.ts';
import { eraseTeamData } from '../../shared/store/team-eraser.ts';
import { buildDemoTeam, DEMO_TEAM_ID, DEMO_TENANT_ID, type DemoTeam } from './demo-team.ts';

export interface SeedSummary {
  teamName: string;
  members: number;
  goals: number;
  tasks: number;
  checkIns: number;
  feedback: number;
  recognition: number;
}

/** (Re)loads the demo team: erases what the demo team had, then writes it anew through the repositories. */
export async function loadDemoTeam(
  repos: Repositories,
  table: (name: TableName) => TableClient,
  now: Date,
): Promise<SeedSummary> {
  const demo = buildDemoTeam(now);
  await eraseTeamData(table, { tenantId: DEMO_TENANT_ID, teamId: DEMO_TEAM_ID });
  await writeDemoTeam(repos, demo);
  return {
    teamName: demo.team.name,
    members: demo.members.length,
    goals: demo.goals.length,
    tasks: demo.tasks.length,
    checkIns: demo.checkIns.length,
    feedback: demo.feedback.length,
    recognition: demo.recognition.length,
  };
}

export async function writeDemoTeam(repos: Repositories, demo: DemoTeam): Promise<void> {
  await repos.teams.insert(demo.team);
  await Promise.all(demo.members.map((member) => repos.members.insert(member)));
  await Promise.all(demo.goals.map((goal) => repos.goals.insert(goal)));
  await inBatches(demo.tasks, (task) => repos.tasks.insert(task));
  await inBatches(demo.checkIns, (checkIn) =>
    repos.checkIns.upsert(demo.team, checkIn.week, checkIn.userId, () => checkIn),
  );
  await Promise.all(demo.feedback.map((item) => repos.feedback.insert(item)));
  await Promise.all(demo.recognition.map((item) => repos.recognition.insert(item)));
}

/** Azurite is single-threaded: a few writes in flight are as fast as hundreds, without the pile-up. */
async function inBatches<T>(items: T[], write: (item: T) => Promise<unknown>, width = 16): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(write));
}
