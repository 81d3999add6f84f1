import { describe, expect, it } from 'vitest';
import type { BoardResponse } from '../../shared/api/board.ts';
import { screenshotPath } from './support/browser.ts';
import {
  DEMO_PEOPLE,
  openHost,
  scrollsHorizontally,
  tabBackground,
  tabFrame,
  waitForNotifySuccess,
} from './support/host-page.ts';
import { app, consoleErrors, page, useE2eSession } from './support/e2e-session.ts';

/** colorNeutralBackground1 of Fluent's teamsLightTheme, teamsDarkTheme and teamsHighContrastTheme. */
const BACKGROUND = { default: 'rgb(255, 255, 255)', dark: 'rgb(41, 41, 41)', contrast: 'rgb(0, 0, 0)' };
const SEEDED_TASK = 'Write canned replies for the top 10 ticket types';

useE2eSession();

describe('the tab in the local Teams host', { timeout: 30_000 }, () => {
  it('initializes, gets its context and a token from the host, shows the seeded board and notifies success', async () => {
    const boardResponse = page.waitForResponse((res) => res.url().endsWith('/board'));
    await openHost(page, app.url, { user: DEMO_PEOPLE.alice });
    const host = await waitForNotifySuccess(page);

    const funcs = host.messages.map((m) => m.func);
    expect(funcs.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(funcs).toContain('authentication.getAuthToken');
    expect(funcs.indexOf('appInitialization.success')).toBeGreaterThan(
      funcs.indexOf('authentication.getAuthToken'),
    );
    expect(host.messages.filter((m) => !m.played)).toEqual([]);
    expect(host.notifyFailure).toBeUndefined();
    await page.getByTestId('host-notify-success').waitFor();

    const board = (await (await boardResponse).json()) as BoardResponse;
    expect(board.me).toEqual({ userId: DEMO_PEOPLE.alice, isLeader: true });
    const frame = await tabFrame(page);
    await frame.getByText(SEEDED_TASK).waitFor();
    expect(await frame.getByTestId('team-name').textContent()).toBe('Northwind Launch');
    // Columns are virtualized, so only visible cards exist: the column counts must add up to every task.
    const counts = await Promise.all(
      ['todo', 'doing', 'blocked', 'done'].map(async (status) =>
        Number(
          await frame
            .getByTestId(`board-column-${status}`)
            .locator('h3')
            .innerText()
            .then((t) => t.replace(/\D/g, '')),
        ),
      ),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(board.tasks.length);
    expect(await frame.locator('[data-testid^="task-card-"]').count()).toBeGreaterThan(0);

    const probe = await frame.evaluate(() => ({ ...window.__cadence, boardReady: undefined }));
    expect(probe.mode).toBe('teams');
    expect(probe.boardReadyAt).toBeGreaterThan(0);
    expect(probe.notifySuccessAt).toBeGreaterThanOrEqual(probe.boardReadyAt ?? Infinity);
    expect(await tabBackground(frame)).toBe(BACKGROUND.default);
    await page.screenshot({ path: screenshotPath('host-board-light') });
  });

  it('follows theme changes from the host live, without reloading the tab', async () => {
    await openHost(page, app.url, { user: DEMO_PEOPLE.alice });
    await waitForNotifySuccess(page);
    const frame = await tabFrame(page);
    for (const theme of ['dark', 'contrast', 'default'] as const) {
      await page.getByTestId('host-theme').selectOption(theme);
      await frame.locator(`.fui-FluentProvider[data-theme="${theme}"]`).waitFor();
      expect(await tabBackground(frame)).toBe(BACKGROUND[theme]);
      if (theme !== 'default') await page.screenshot({ path: screenshotPath(`host-board-${theme}`) });
    }
    expect(await page.evaluate(() => window.__host.loads)).toBe(1);
  });

  it('starts in the theme of the context and fits 375 px with no horizontal scroll', async () => {
    await openHost(page, app.url, { user: DEMO_PEOPLE.alice, width: 'mobile', theme: 'dark' });
    await waitForNotifySuccess(page);
    const frame = await tabFrame(page);
    expect(
      await page.getByTestId('tab-frame').evaluate((el) => el.getBoundingClientRect().width),
    ).toBeLessThanOrEqual(375);
    await frame.getByText(SEEDED_TASK).waitFor();
    expect(await tabBackground(frame)).toBe(BACKGROUND.dark);
    expect(await scrollsHorizontally(frame)).toBe(false);
    await page.screenshot({ path: screenshotPath('host-board-mobile-dark') });
    for (const view of ['goals', 'history'] as const) {
      await frame.getByTestId(`view-tab-${view}`).click();
      await frame
        .getByTestId(`screen-${view}`)
        .locator(view === 'goals' ? '[data-testid=goal-card]' : 'li')
        .first()
        .waitFor();
      expect(await scrollsHorizontally(frame)).toBe(false);
      await page.screenshot({ path: screenshotPath(`host-${view}-mobile-dark`) });
    }
  });

  it('signs the tab in as the user chosen in the host', async () => {
    await openHost(page, app.url, { user: DEMO_PEOPLE.alice });
    await waitForNotifySuccess(page);
    const boardResponse = page.waitForResponse((res) => res.url().endsWith('/board'));
    await page.getByTestId('host-user').selectOption(DEMO_PEOPLE.bob);
    const board = (await (await boardResponse).json()) as BoardResponse;
    expect(board.me).toEqual({ userId: DEMO_PEOPLE.bob, isLeader: false });
    await waitForNotifySuccess(page);
    expect(await page.evaluate(() => window.__host.loads)).toBe(2);
    await (await tabFrame(page)).getByText(SEEDED_TASK).waitFor();
  });

  it('shows an error with a retry when the board cannot load, and tells the host why', async () => {
    let failures = 1;
    await page.route('**/board', (route) =>
      failures-- > 0
        ? route.fulfill({ status: 503, json: { error: { code: 'internal', message: 'down' } } })
        : route.fallback(),
    );
    await openHost(page, app.url, { user: DEMO_PEOPLE.alice });
    await page.waitForFunction(() => window.__host.notifyFailure !== undefined);
    expect(await page.evaluate(() => window.__host.notifyFailure)).toEqual({
      reason: 'Other',
      message: 'Cadence answered with an error (503). Try again.',
    });
    const frame = await tabFrame(page);
    await frame.getByRole('button', { name: 'Try again' }).waitFor();
    await page.screenshot({ path: screenshotPath('host-error') });
    await frame.getByRole('button', { name: 'Try again' }).click();
    await frame.getByText(SEEDED_TASK).waitFor();
    // Teams heard the failure first; the host does not expect a success after it.
    expect(await page.evaluate(() => window.__host.notifySuccessAt)).toBeUndefined();
    consoleErrors.splice(0, Infinity, ...consoleErrors.filter((e) => !e.includes('503')));
  });

  it('configuration page: focused, valid at once, and Save stores the board URL and opens it', async () => {
    await openHost(page, app.url, { user: DEMO_PEOPLE.alice, page: 'config' });
    await waitForNotifySuccess(page);
    const config = await tabFrame(page);
    await config.getByTestId('config-page').waitFor();
    expect(await config.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'config-name',
    );
    const save = page.getByTestId('host-save');
    await expect.poll(() => save.isEnabled()).toBe(true);

    await config.getByTestId('config-name').fill('');
    await expect.poll(() => save.isEnabled()).toBe(false);
    await config.getByTestId('config-name').fill('Team board');
    await config.getByRole('radio', { name: 'Goals' }).check();
    await expect.poll(() => save.isEnabled()).toBe(true);
    await page.screenshot({ path: screenshotPath('host-config') });

    await save.click();
    await page.waitForFunction(() => window.__host.loads === 2);
    expect(await page.evaluate(() => window.__host.savedConfig)).toEqual({
      entityId: 'cadence-board',
      contentUrl: `${app.url}/index.html?view=goals`,
      websiteUrl: `${app.url}/index.html?view=goals`,
      suggestedDisplayName: 'Team board',
    });
    await waitForNotifySuccess(page);
    await (await tabFrame(page)).getByTestId('goal-card').first().waitFor();
  });
});

describe('the tab in a plain browser (local mode)', { timeout: 30_000 }, () => {
  it('signs in as a demo person, remembers the choice, and moves between screens by keyboard', async () => {
    await page.goto(`${app.url}/`);
    await page.getByText(SEEDED_TASK).waitFor();
    expect(await page.evaluate(() => window.__cadence.mode)).toBe('local');
    const picker = page.getByTestId('local-user-select');
    expect(await picker.inputValue()).toBe(DEMO_PEOPLE.alice);
    await page.screenshot({ path: screenshotPath('local-board') });

    await picker.selectOption(DEMO_PEOPLE.emma);
    await page.getByText(SEEDED_TASK).waitFor();
    await page.reload();
    await page.getByText(SEEDED_TASK).waitFor();
    expect(await page.getByTestId('local-user-select').inputValue()).toBe(DEMO_PEOPLE.emma);

    await page.getByTestId('view-tab-board').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('goal-card').first().waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('goals');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('history-people').waitFor();
    await page.reload();
    await page.getByTestId('history-people').waitFor();

    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByTestId('view-tab-board').click();
    await page.getByText(SEEDED_TASK).waitFor();
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.screenshot({ path: screenshotPath('local-board-mobile') });
  });

  it('the configuration page outside Teams explains itself and leads to the board', async () => {
    await page.goto(`${app.url}/config.html`);
    await page.getByTestId('config-outside-teams').waitFor();
    await page.getByRole('link', { name: 'Open the board' }).click();
    await page.getByText(SEEDED_TASK).waitFor();
  });
});
