import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardResponse } from '../../../shared/api/board.ts';
import { apiPaths } from '../../../shared/api/routes.ts';
import type { Versioned } from '../../../shared/api/versioned.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { newTimelineId } from '../../../shared/store/timeline-ids.ts';
import { apiClient, type ApiClient } from '../../support/api-client.ts';
import { startTestService, type TestService } from '../../support/service-harness.ts';
import { createTeamFixture, type TeamFixture } from '../../support/team-fixture.ts';

let service: TestService;
let team: TeamFixture;
let leader: ApiClient;
let member: ApiClient;

beforeAll(async () => {
  service = await startTestService();
  team = await createTeamFixture(service.repos, { memberCount: 2 });
  leader = apiClient(service.url, await service.tokenFor(team.tenantId, team.leader));
  member = apiClient(service.url, await service.tokenFor(team.tenantId, team.members[0]!));
});
afterAll(() => service.close());

const sbi = { situation: 'In the demo', behaviour: 'you showed the numbers', impact: 'we decided fast' };

describe('the board', () => {
  it('tells each caller who they are, with the roster, goals and tasks', async () => {
    const res = await member.get<BoardResponse>(apiPaths.board(team.teamId));
    expect(res.status).toBe(200);
    expect(res.body.me).toEqual({ userId: team.members[0], isLeader: false });
    expect(res.body.members.find((m) => m.userId === team.leader)?.isLeader).toBe(true);
    expect((await leader.get<BoardResponse>(apiPaths.board(team.teamId))).body.me.isLeader).toBe(true);
  });

  it('counts team-visible feedback and recognition per task, never private feedback', async () => {
    const task = (await leader.post<Versioned<Task>>(apiPaths.tasks(team.teamId), { title: 'Demo day' }))
      .body;
    const link = { kind: 'task', id: task.id };
    const [a, b] = team.members as [string, string];
    for (const visibility of ['team', 'team', 'private']) {
      const res = await leader.post(apiPaths.feedback(team.teamId), {
        ...sbi,
        recipientId: a,
        link,
        visibility,
      });
      expect(res.status).toBe(201);
    }
    const createdAt = new Date();
    await service.repos.recognition.insert({
      tenantId: team.tenantId,
      teamId: team.teamId,
      id: newTimelineId(createdAt),
      giverId: a,
      recipientIds: [b],
      valueId: 'ownership',
      message: 'Great demo',
      link: { kind: 'task', id: task.id },
      createdAt: createdAt.toISOString(),
    });
    const board = (await member.get<BoardResponse>(apiPaths.board(team.teamId))).body;
    expect(board.linkCounts[task.id]).toEqual({ feedback: 2, recognition: 1 });
  });
});
