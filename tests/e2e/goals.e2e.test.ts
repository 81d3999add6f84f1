import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BoardResponse } from '../../shared/api/board.ts';
import { screenshotPath } from './support/browser.ts';
import { DEMO_PEOPLE, scrollsHorizontally } from './support/host-page.ts';
import { openScreen } from './support/screens.ts';
import { app, expectConsoleError, page, useE2eSession } from './support/e2e-session.ts';

useE2eSession();

/** The SMART criteria as the dialog shows them: name → met. */
async function criteria(frame: Frame): Promise<Record<string, boolean>> {
  return frame
    .getByTestId('smart-check')
    .evaluate((panel) =>
      Object.fromEntries(
        [...panel.querySelectorAll('[data-criterion]')].map((li) => [
          li.getAttribute('data-criterion'),
          li.getAttribute('data-ok') === 'true',
        ]),
      ),
    );
}

/** The demo team's deliberately vague goal; failing here means the seed changed, not that it may be skipped. */
function seededVagueGoal(board: BoardResponse): BoardResponse['goals'][number] {
  const goal = board.goals.find((g) => g.statement === 'Improve team communication');
  expect(goal, 'the demo team has the vague goal “Improve team communication”').toBeDefined();
  if (!goal) throw new Error('the demo team has the vague goal');
  return goal;
}

describe('the goals view', { timeout: 25_000 }, () => {
  it('shows each goal with progress rolled up from its tasks and its measure', async () => {
    const boardResponse = page.waitForResponse((res) => res.url().endsWith('/board'));
    const frame = await openScreen(page, app.url, 'goals');
    const board = (await (await boardResponse).json()) as BoardResponse;
    await frame.getByTestId('goals').waitFor();
    expect(board.goals.length).toBeGreaterThan(0);
    for (const goal of board.goals) {
      const card = frame.getByTestId(`goal-card-${goal.id}`);
      const tasks = board.tasks.filter((t) => t.goalId === goal.id);
      const done = tasks.filter((t) => t.status === 'done').length;
      expect(await card.getByTestId('goal-tasks').textContent()).toBe(
        tasks.length === 0
          ? 'No tasks yet'
          : `${done} of ${tasks.length} ${tasks.length === 1 ? 'task' : 'tasks'} done`,
      );
      expect(await card.getByRole('progressbar').count()).toBe(1);
      if (goal.measure) {
        expect(await card.getByTestId('goal-measure').textContent()).toContain(`${goal.measure.baseline} → `);
      }
    }
    const vague = seededVagueGoal(board);
    expect(await frame.getByTestId(`goal-card-${vague.id}`).getByTestId('smart-badge').textContent()).toMatch(
      /Not SMART/,
    );
    await page.screenshot({ path: screenshotPath('goals-progress-light') });
  });

  it('runs the SMART check as the leader types, and saves the goal', async () => {
    const frame = await openScreen(page, app.url, 'goals');
    await frame.getByTestId('new-goal').first().click();
    const statement = frame.getByTestId('goal-statement');
    await statement.fill('Increase sales');
    await expect.poll(() => criteria(frame)).toMatchObject({ measurable: false, timeBound: false });
    expect(await frame.getByTestId('smart-suggestion').textContent()).toContain('by <X%>');
    await page.screenshot({ path: screenshotPath('goals-dialog-light') });

    await statement.fill('Increase sales by 10% in the next quarter');
    await expect.poll(() => frame.getByTestId('smart-check').getAttribute('data-passed')).toBe('true');
    expect(Object.values(await criteria(frame)).every(Boolean)).toBe(true);

    const created = page.waitForResponse(
      (res) => res.url().endsWith('/goals') && res.request().method() === 'POST',
    );
    await frame.getByRole('button', { name: 'Save goal' }).click();
    const goal = (await (await created).json()) as { id: string };
    await frame.getByTestId(`goal-card-${goal.id}`).getByText('SMART', { exact: true }).waitFor();
  });

  it('shows a stale edit as changed by someone else, with their version, and never overwrites it', async () => {
    const boardResponse = page.waitForResponse((res) => res.url().endsWith('/board'));
    const frame = await openScreen(page, app.url, 'goals');
    const board = (await (await boardResponse).json()) as BoardResponse;
    const goal = board.goals[0];
    if (!goal) throw new Error('the demo team has goals');
    const theirs = { ...goal, statement: `${goal.statement} (their edit)`, etag: 'W/"theirs"' };
    // Someone else saved first: the service answers the stale If-Match with 412 and the stored version.
    await page.route(`**/goals/${goal.id}`, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 412,
            json: { error: { code: 'precondition_failed', message: 'changed', current: theirs } },
          })
        : route.fallback(),
    );
    expectConsoleError('412 (Precondition Failed)');
    const card = frame.getByTestId(`goal-card-${goal.id}`);
    await card.getByRole('button', { name: 'Edit' }).click();
    await frame.getByTestId('goal-statement').fill('My edit');
    await frame.getByRole('button', { name: 'Save goal' }).click();
    const conflict = frame.getByTestId('goal-conflict');
    await conflict.getByText('Changed by someone else').waitFor();
    expect(await conflict.textContent()).toContain(theirs.statement);
    await page.screenshot({ path: screenshotPath('goals-conflict-light') });
    await conflict.getByRole('button', { name: 'Load their version' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await frame.getByTestId('goal-statement').inputValue()).toBe(theirs.statement);
    await frame.getByRole('button', { name: 'Cancel' }).click();
    await card.getByText(theirs.statement).waitFor();
  });

  it('is read-only for members, and fits 375 px in the dark theme', async () => {
    const frame = await openScreen(page, app.url, 'goals', {
      user: DEMO_PEOPLE.bob,
      theme: 'dark',
      width: 'mobile',
    });
    await frame.getByTestId('goal-card').first().waitFor();
    expect(await frame.getByTestId('new-goal').count()).toBe(0);
    expect(await frame.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await frame.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    expect(await scrollsHorizontally(frame)).toBe(false);
    await page.screenshot({ path: screenshotPath('goals-member-mobile-dark') });
  });

  it('speaks German in a German Teams client: cards, the SMART check and its hints', async () => {
    const boardResponse = page.waitForResponse((res) => res.url().endsWith('/board'));
    const frame = await openScreen(page, app.url, 'goals', { locale: 'de-de' });
    const board = (await (await boardResponse).json()) as BoardResponse;
    await frame.getByRole('heading', { name: 'Ziele' }).waitFor();
    for (const goal of board.goals) {
      const tasks = board.tasks.filter((t) => t.goalId === goal.id);
      const done = tasks.filter((t) => t.status === 'done').length;
      expect(await frame.getByTestId(`goal-card-${goal.id}`).getByTestId('goal-tasks').textContent()).toBe(
        tasks.length === 0
          ? 'Noch keine Aufgaben'
          : `${done} von ${tasks.length} ${tasks.length === 1 ? 'Aufgabe' : 'Aufgaben'} erledigt`,
      );
    }
    const badge = frame.getByTestId(`goal-card-${seededVagueGoal(board).id}`).getByTestId('smart-badge');
    expect(await badge.textContent()).toMatch(/^Nicht SMART: \d+ fehl(t|en)$/);
    expect(await badge.getAttribute('title')).toMatch(/^Es fehlt: /);

    await frame.getByTestId('new-goal').first().click();
    const dialog = frame.getByTestId('goal-dialog');
    await dialog.getByRole('heading', { name: 'Neues Ziel' }).waitFor();
    await frame.getByTestId('goal-statement').fill('Increase sales');
    const panel = frame.getByTestId('smart-check');
    await panel.getByText('Messbar: fehlt').waitFor();
    await panel.getByText('Setze eine Frist', { exact: false }).waitFor();
    expect(await frame.getByTestId('smart-suggestion').textContent()).toContain(
      'Increase sales um <X %> bis <Datum>',
    );
    await page.screenshot({ path: screenshotPath('goals-dialog-german-light') });
    await dialog.getByRole('button', { name: 'Vorschlag übernehmen' }).click();
    expect(await frame.getByTestId('goal-statement').inputValue()).toBe(
      'Increase sales um <X %> bis <Datum>',
    );
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
