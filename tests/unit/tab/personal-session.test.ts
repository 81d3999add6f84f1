import { describe, expect, it, vi } from 'vitest';
import { legacyContext } from '../../../tab/local-host/host-context.ts';
import { isPersonalView } from '../../../tab/mine/personal-view.ts';
import { formatInstant, isTeamsLink, weekNumber } from '../../../tab/mine/mine-format.ts';
import { personalSessionOf, type Session } from '../../../tab/session/session.ts';
import { teamsSession } from '../../../tab/session/teams-session.ts';
import type { TeamsHost, TeamsTabContext } from '../../../tab/teams/teams-sdk.ts';

// The session modules record timings on `window` when imported; Node has none (and no jsdom here).
vi.hoisted(() => {
  Object.assign(globalThis, { window: globalThis });
});

function host(context: Partial<TeamsTabContext>, openLink = vi.fn(() => Promise.resolve())): TeamsHost {
  return {
    context: { theme: 'dark', locale: 'de-de', frameContext: 'content', hostClientType: 'web', ...context },
    getAuthToken: () => Promise.resolve('token'),
    onThemeChange: () => {},
    notifySuccess: () => true,
    notifyFailure: () => true,
    setConfigValid: () => {},
    onConfigSave: () => {},
    openLink,
  };
}

describe('the tab’s session in Teams', () => {
  it('is a team session in a channel tab', () => {
    const session = teamsSession(
      host({ teamId: '19:team@thread.tacv2', teamName: 'Sales', subPageId: 'task:t1' }),
    );
    expect(session).toMatchObject({
      mode: 'teams',
      teamId: '19:team@thread.tacv2',
      teamName: 'Sales',
      subPageId: 'task:t1',
    });
    expect('personal' in session).toBe(false);
  });

  it('is personal when the context has no team (the personal tab), keeping locale, theme and sign-in', async () => {
    const session = teamsSession(host({}));
    expect(session).toMatchObject({ mode: 'teams', personal: true, locale: 'de-DE', theme: 'dark' });
    expect('teamId' in session).toBe(false);
    expect(await session.getToken()).toBe('token');
  });

  it('is personal when the address asks for "My tasks", even in a channel', () => {
    expect('personal' in teamsSession(host({ teamId: '19:team@thread.tacv2' }), true)).toBe(true);
  });

  it('opens links through Teams', () => {
    const openLink = vi.fn(() => Promise.resolve());
    teamsSession(host({}, openLink)).openLink?.('https://teams.microsoft.com/l/entity/app/cadence-board');
    expect(openLink).toHaveBeenCalledWith('https://teams.microsoft.com/l/entity/app/cadence-board');
  });
});

describe('the personal view', () => {
  it('is `?view=mine`', () => {
    expect(isPersonalView('https://cadence.example/?view=mine')).toBe(true);
    expect(isPersonalView('https://cadence.example/?view=board')).toBe(false);
    expect(isPersonalView('https://cadence.example/')).toBe(false);
  });

  it('drops the team from a local session', () => {
    const local: Session = {
      mode: 'local',
      teamId: 'team',
      teamName: 'Demo',
      subPageId: 'task:t1',
      locale: 'en-US',
      theme: 'default',
      getToken: () => Promise.resolve('t'),
      onThemeChange: () => () => {},
      notifySuccess: () => {},
      notifyFailure: () => {},
    };
    const personal = personalSessionOf(local);
    expect(personal).toMatchObject({ mode: 'local', personal: true, locale: 'en-US' });
    expect(['teamId', 'teamName', 'subPageId'].filter((key) => key in personal)).toEqual([]);
  });
});

describe('My tasks formats', () => {
  it('numbers ISO weeks', () => {
    expect(weekNumber('2026-W09')).toBe(9);
    expect(weekNumber('2026-W53')).toBe(53);
  });

  it('shows an instant on the person’s check-in clock', () => {
    expect(formatInstant('2026-03-05T09:00:00.000Z', 'en-US', 'America/New_York')).toBe(
      'Thu, Mar 5, 4:00 AM',
    );
    expect(formatInstant('2026-03-05T09:00:00.000Z', 'de-DE', 'Europe/Berlin')).toBe('Do., 5. März, 10:00');
  });

  it('tells Teams deep links from local links', () => {
    expect(isTeamsLink('https://teams.microsoft.com/l/entity/app/cadence-board?context=%7B%7D')).toBe(true);
    expect(isTeamsLink('http://127.0.0.1:3978/host?subPageId=task%3At1')).toBe(false);
  });
});

describe('the local Teams host’s personal tab', () => {
  it('answers a context without team or channel, as Teams does for a personal tab', () => {
    const context = legacyContext({
      demo: { tenantId: 'tenant', teamId: '19:team@thread.tacv2', teamName: 'Demo', people: [] },
      user: { userId: 'user', name: 'Alice', email: 'alice@x.example', isLeader: true },
      theme: 'default',
      locale: 'en-us',
      frameContext: 'content',
      sessionId: 's1',
      personal: true,
    });
    expect(context).toMatchObject({ tid: 'tenant', userObjectId: 'user', frameContext: 'content' });
    expect(Object.keys(context).filter((key) => /^(team|channel|group|userTeamRole)/.test(key))).toEqual([]);
  });
});
