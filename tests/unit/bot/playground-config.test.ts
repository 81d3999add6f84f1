import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoTeam, DEMO_TEAM_ID, DEMO_TENANT_ID } from '../../../bot/local/demo-team.ts';
import {
  PLAYGROUND_CONFIG_FILE,
  PLAYGROUND_OTHER_USERS,
  playgroundConfig,
  playgroundConfigYaml,
} from '../../../bot/local/playground-config.ts';

const demo = buildDemoTeam(new Date('2026-11-25T15:00:00Z'), 0);
const config = playgroundConfig();

function memberOf(aadObjectId: string) {
  return demo.members.find((member) => member.userId === aadObjectId);
}

describe('the Agents Playground config', () => {
  it('is committed exactly as generated from the demo catalog', () => {
    expect(
      readFileSync(PLAYGROUND_CONFIG_FILE, 'utf8'),
      'run `npm run playground -- --write-config` after changing the demo catalog',
    ).toBe(playgroundConfigYaml());
  });

  it('is the demo tenant and team, with the General channel at the team id', () => {
    expect(config.tenantId).toBe(DEMO_TENANT_ID);
    expect(config.team).toMatchObject({ id: DEMO_TEAM_ID, name: demo.team.name, channels: [] });
  });

  it('chats as Alice, a leader of the demo team, with her Entra and Teams ids', () => {
    const alice = memberOf(config.currentUser.aadObjectId);
    expect(alice?.name).toBe('Alice Example');
    expect(config.currentUser).toMatchObject({
      id: alice?.teamsUserId,
      name: alice?.name,
      email: alice?.email,
    });
    expect(demo.team.settings.leaders).toContain(alice?.userId);
  });

  it('lists only demo members, each with the ids, name and email the seed gives them', () => {
    expect(config.users).toHaveLength(PLAYGROUND_OTHER_USERS);
    for (const user of config.users) {
      const member = memberOf(user.aadObjectId);
      expect(member, user.name).toBeDefined();
      expect(user).toMatchObject({
        id: member?.teamsUserId,
        name: member?.name,
        email: member?.email,
        userPrincipleName: member?.email,
      });
      expect(`${user.givenName} ${user.surname}`).toBe(member?.name);
    }
  });

  it('keeps the rules the Playground validates: unique ids and short names', () => {
    const userIds = [config.currentUser, ...config.users].map((user) => user.id);
    expect(new Set(userIds).size).toBe(userIds.length);
    const conversationIds = [config.personalChat.id, config.groupChat.id, config.team.id];
    expect(new Set(conversationIds).size).toBe(conversationIds.length);
    expect(config.bot.name.length).toBeLessThanOrEqual(42);
    expect(config.team.channels.length).toBeLessThanOrEqual(1);
  });

  it('writes every value quoted, so ids like `19:…@thread.tacv2` stay strings', () => {
    const yaml = playgroundConfigYaml();
    expect(yaml).toContain(`  id: '${DEMO_TEAM_ID}'`);
    expect(yaml).toContain(`tenantId: '${DEMO_TENANT_ID}'`);
    expect(yaml).toContain(`  - id: '${config.users[0]?.id}'`);
    expect(playgroundConfigYaml({ ...config, team: { ...config.team, name: "Alice's team" } })).toContain(
      `  name: 'Alice''s team'`,
    );
  });
});
