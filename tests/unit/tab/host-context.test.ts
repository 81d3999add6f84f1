import { describe, expect, it } from 'vitest';
import type { LocalDemoTeam } from '../../../shared/api/local-demo.ts';
import { initializeAnswer, legacyContext } from '../../../tab/local-host/host-context.ts';

const demo: LocalDemoTeam = {
  tenantId: '00000000-0000-4000-8000-000000000001',
  teamId: '19:cadence0demo0team0000000000000001@thread.tacv2',
  teamName: 'Northwind Launch',
  people: [],
};
const bob = {
  userId: '00000000-0000-4000-8000-0000000000a2',
  name: 'Bob',
  email: 'bob@x.example',
  isLeader: false,
};

describe('the local Teams host wire answers', () => {
  it('answers initialize with the frame context, the web client and a version 4 runtime with tab config', () => {
    const [frameContext, clientType, runtime, sdkVersion] = initializeAnswer('settings');
    expect([frameContext, clientType, sdkVersion]).toEqual(['settings', 'web', '2.58.0']);
    const parsed = JSON.parse(String(runtime)) as {
      apiVersion: number;
      supports: { pages: { config: object } };
    };
    expect(parsed.apiVersion).toBe(4);
    expect(parsed.supports.pages.config).toEqual({});
  });

  it('gives the context of the demo team as the chosen person, in the wire names teams-js maps', () => {
    const context = legacyContext({
      demo,
      user: bob,
      theme: 'dark',
      locale: 'en-us',
      frameContext: 'content',
      entityId: 'cadence-board',
      sessionId: 's1',
    });
    expect(context).toMatchObject({
      theme: 'dark',
      locale: 'en-us',
      frameContext: 'content',
      entityId: 'cadence-board',
      teamId: demo.teamId,
      teamName: 'Northwind Launch',
      tid: demo.tenantId,
      userObjectId: bob.userId,
      userTeamRole: 1,
      hostClientType: 'web',
    });
  });
});
