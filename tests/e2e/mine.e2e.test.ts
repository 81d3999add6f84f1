import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockingViolations, describeViolations } from './support/axe.ts';
import { screenshotPath } from './support/browser.ts';
import {
  DEMO_PEOPLE,
  openHost,
  scrollsHorizontally,
  tabFrame,
  waitForNotifySuccess,
} from './support/host-page.ts';
import { switchTheme, THEMES, type Theme } from './support/screens.ts';
import { app, expectConsoleError, page, useE2eSession } from './support/e2e-session.ts';

/** Alice's open tasks in the seeded team, soonest due first (the first one is four days overdue). */
const ALICE_TASKS = [
  'Agree on a team working agreement',
  'Review the escalation SLAs with sales',
  'Write the Q4 support retrospective',
];
/** Bob's, which Alice never sees here. */
const NOT_ALICES = 'Weekly team demo: set up the calendar';

useE2eSession();

/** Waits until "My tasks" shows its content: the team's section, no loader. */
async function waitForMine(frame: Frame): Promise<void> {
  await frame.getByTestId('mine-team').first().waitFor({ timeout: 15_000 });
  await frame.waitForFunction(() => document.querySelector('[data-testid="loading-state"]') === null);
}

/** The personal tab in the local Teams host, as Alice. */
async function openMine(params: Record<string, string> = {}): Promise<Frame> {
  await openHost(page, app.url, { user: DEMO_PEOPLE.alice, view: 'mine', ...params });
  await waitForNotifySuccess(page);
  const frame = await tabFrame(page);
  await waitForMine(frame);
  return frame;
}

const taskTitles = (frame: Frame) =>
  frame.getByTestId('mine-task').evaluateAll((items) => items.map((item) => item.firstChild?.textContent));

describe('My tasks (the personal tab)', { timeout: 40_000 }, () => {
  it('shows the demo user’s open tasks from the seeded team by due date, overdue flagged, and the check-in', async () => {
    const frame = await openMine();
    expect(await frame.getByTestId('mine-title').textContent()).toBe('My tasks');
    // The personal tab has no team screens: no board, no screen tabs.
    expect(await frame.getByTestId('view-nav').count()).toBe(0);
    expect(await frame.locator('h2').first().textContent()).toBe('Northwind Launch');
    expect(await taskTitles(frame)).toEqual(ALICE_TASKS);
    const overdue = frame.getByTestId('mine-task').first().getByTestId('mine-task-overdue');
    expect(await overdue.textContent()).toMatch(/^Overdue since /);
    expect(await frame.getByText(NOT_ALICES).count()).toBe(0);
    const checkIn = frame.getByTestId('mine-check-in');
    expect(await checkIn.getByRole('heading').first().textContent()).toBe('This week’s check-in');
    expect(await checkIn.getByTestId('mine-check-in-status').textContent()).toMatch(
      /^Open until .+\. You haven’t answered yet\.$/,
    );
    expect(await checkIn.textContent()).toContain('in your chat with Cadence');
    expect(await checkIn.getByTestId('mine-check-in-week').first().textContent()).toMatch(
      /Confidence \d of 5/,
    );
  });

  it('has no serious accessibility problems in the light, dark and high-contrast themes', async () => {
    const frame = await openMine();
    for (const theme of Object.keys(THEMES) as Theme[]) {
      await switchTheme(page, frame, theme);
      const violations = await blockingViolations(frame);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.getByTestId('tab-frame').screenshot({ path: screenshotPath(`mine-${THEMES[theme]}`) });
    }
  });

  it('fits a 375 px phone with no horizontal scroll, light and dark', async () => {
    const frame = await openMine({ width: 'mobile' });
    expect(
      await page.getByTestId('tab-frame').evaluate((el) => el.getBoundingClientRect().width),
    ).toBeLessThanOrEqual(375);
    for (const theme of ['default', 'dark'] as const) {
      await switchTheme(page, frame, theme);
      expect(await scrollsHorizontally(frame)).toBe(false);
    }
    await page.getByTestId('tab-frame').screenshot({ path: screenshotPath('mine-mobile-dark') });
  });

  it('opens a task in the team’s tab from the keyboard', async () => {
    const frame = await openMine();
    const link = frame.getByTestId('mine-task').first().getByRole('link');
    expect(await link.getAttribute('aria-label')).toBe(`Open “${ALICE_TASKS[0]}” in the team’s tab`);
    await link.focus();
    await Promise.all([page.waitForURL(/subPageId=task%3A/), page.keyboard.press('Enter')]);
    const board = await tabFrame(page);
    await board.getByTestId('screen-board').waitFor();
  });

  it('shows an error with a retry when the tasks cannot load, and tells the host why', async () => {
    let failures = 1;
    await page.route('**/api/v1/me/work', (route) =>
      failures-- > 0
        ? route.fulfill({ status: 503, json: { error: { code: 'internal', message: 'down' } } })
        : route.fallback(),
    );
    expectConsoleError('503');
    await openHost(page, app.url, { user: DEMO_PEOPLE.alice, view: 'mine' });
    await page.waitForFunction(() => window.__host.notifyFailure !== undefined);
    expect(await page.evaluate(() => window.__host.notifyFailure)).toEqual({
      reason: 'Other',
      message: 'Cadence answered with an error (503). Try again.',
    });
    const frame = await tabFrame(page);
    const retry = frame.getByRole('button', { name: 'Try again' });
    await retry.waitFor();
    expect(await frame.getByTestId('error-state').textContent()).toContain('Your tasks could not be loaded');
    await retry.focus();
    await page.keyboard.press('Enter');
    await waitForMine(frame);
    expect(await taskTitles(frame)).toEqual(ALICE_TASKS);
  });

  it('says so when there is nothing to do, and when the person is on no team with Cadence', async () => {
    const idle = {
      teamId: '19:idle@thread.tacv2',
      teamName: 'Idle team',
      tasks: [],
      checkIn: { now: { state: 'paused', pausedUntil: '2026-12-24' }, timeZone: 'UTC', recent: [] },
    };
    let answer: unknown = { teams: [idle] };
    await page.route('**/api/v1/me/work', (route) => route.fulfill({ json: answer }));
    const frame = await openMine();
    expect(await frame.getByTestId('mine-empty').textContent()).toBe('No open tasks — nice.');
    expect(await frame.getByTestId('mine-check-in-status').textContent()).toBe('Paused until Dec 24.');
    expect(await frame.getByTestId('mine-check-in').textContent()).toContain('No earlier check-ins yet.');
    answer = { teams: [] };
    await page.getByTestId('host-reload').click();
    const reloaded = await tabFrame(page);
    await reloaded.getByTestId('mine-no-teams').waitFor();
    expect(await reloaded.getByRole('heading', { level: 2 }).textContent()).toBe(
      'You are not on a team with Cadence yet',
    );
  });

  it('speaks German when Teams does', async () => {
    const frame = await openMine({ locale: 'de-de' });
    expect(await frame.getByTestId('mine-title').textContent()).toBe('Meine Aufgaben');
    expect(await frame.getByTestId('mine-task-status').first().textContent()).toBe('Zu erledigen');
    expect(await frame.getByTestId('mine-task-overdue').first().textContent()).toMatch(/^Überfällig seit /);
    expect(await frame.getByTestId('mine-check-in').getByRole('heading').first().textContent()).toBe(
      'Check-in dieser Woche',
    );
    expect(await frame.getByTestId('mine-check-in-status').textContent()).toMatch(/^Offen bis /);
  });

  it('works in a plain browser too: /?view=mine shows the demo leader’s work', async () => {
    await page.goto(`${app.url}/?view=mine`);
    await waitForMine(page.mainFrame());
    expect(await taskTitles(page.mainFrame())).toEqual(ALICE_TASKS);
    expect(await page.getByTestId('local-user-select').inputValue()).toBe(DEMO_PEOPLE.alice);
  });
});
