import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDemoTeam, DEMO_TEAM_ID, DEMO_TENANT_ID } from '../../bot/local/demo-team.ts';
import { writeDemoTeam } from '../../bot/local/seed.ts';
import { apiPaths } from '../../shared/api/routes.ts';
import type { Versioned } from '../../shared/api/versioned.ts';
import type { Task } from '../../shared/domain/task.ts';
import { eraseTeamData } from '../../shared/store/team-eraser.ts';
import { callApi } from '../support/api-client.ts';
import { screenshotPath } from './support/browser.ts';
import {
  DEMO_PEOPLE,
  openHost,
  scrollsHorizontally,
  tabFrame,
  waitForNotifySuccess,
} from './support/host-page.ts';
import { app, consoleErrors, page, useE2eSession } from './support/e2e-session.ts';

const SEEDED_TASK = 'Write canned replies for the top 10 ticket types';

useE2eSession({ pageTimeoutMs: 8_000 });

async function api<T>(method: string, path: string, json?: unknown, ifMatch?: string): Promise<T> {
  const token = await app.service.tokenFor(DEMO_TENANT_ID, DEMO_PEOPLE.alice);
  const result = await callApi<T>(app.url, method, path, { token, json, ifMatch });
  if (result.status >= 300) throw new Error(`${method} ${path}: ${result.status}`);
  return result.body;
}

/** The board narrowed to one title, so its card is the first of its column (the lists are virtualized). */
async function openBoardAt(title: string): Promise<void> {
  await page.goto(`${app.url}/?view=board`);
  await page.getByTestId('board').waitFor();
  await page.getByTestId('board-search').fill(title);
}

function cardIn(status: string, taskId: string): Locator {
  return page.getByTestId(`board-column-${status}`).getByTestId(`task-card-${taskId}`);
}

/** dnd-kit listens for the next keys only after it announced the pick-up to screen readers. */
async function announced(...texts: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll('[aria-live]')].some((el) =>
        expected.some((one) => el.textContent?.includes(one)),
      ),
    texts,
  );
}

/** Runs `action` and waits until the PATCH it starts has been answered. */
async function patched(action: () => Promise<void>): Promise<void> {
  const answered = page.waitForResponse((res) => res.request().method() === 'PATCH');
  await action();
  await answered;
}

async function dragTo(card: Locator, target: Locator): Promise<void> {
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('nothing to drag');
  await page.mouse.move(from.x + 12, from.y + from.height - 8);
  await page.mouse.down();
  const [x, y] = [to.x + to.width / 2, to.y + Math.min(to.height / 2, 60)];
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.move(x + 2, y + 2, { steps: 2 });
  await page.mouse.up();
}

describe('the board', { timeout: 30_000 }, () => {
  it('renders the seeded board in the local Teams host, notifies success and fits 375 px', async () => {
    await openHost(page, app.url, { user: DEMO_PEOPLE.alice });
    await waitForNotifySuccess(page);
    const frame = await tabFrame(page);
    await frame.getByText(SEEDED_TASK).waitFor();
    for (const status of ['todo', 'doing', 'blocked', 'done'])
      await frame.getByTestId(`board-column-${status}`).waitFor();
    await page.screenshot({ path: screenshotPath('board-seeded-light') });

    await openHost(page, app.url, { user: DEMO_PEOPLE.alice, width: 'mobile' });
    await waitForNotifySuccess(page);
    const mobile = await tabFrame(page);
    await mobile.getByText(SEEDED_TASK).waitFor();
    expect(await scrollsHorizontally(mobile)).toBe(false);
    await page.screenshot({ path: screenshotPath('board-seeded-light-mobile'), fullPage: true });
  });

  it('creates, edits and moves a task by mouse, by the Move menu and by keyboard, each surviving a reload', async () => {
    const title = `E2E task ${Date.now()}`;
    await openBoardAt('');
    await page.getByTestId('new-task').click();
    await page.getByTestId('task-dialog').waitFor();
    await page.getByTestId('task-title').fill(title);
    await page.getByTestId('task-tags').fill('docs');
    await page.getByTestId('assignee-suggestions').getByRole('button').first().waitFor();
    const created = page.waitForResponse(
      (res) => res.request().method() === 'POST' && res.url().endsWith('/tasks'),
    );
    await page.getByTestId('task-save').click();
    const task = (await (await created).json()) as Versioned<Task>;

    await openBoardAt(title);
    await cardIn('todo', task.id).waitFor();

    await cardIn('todo', task.id)
      .getByRole('button', { name: `Edit “${title}”` })
      .click();
    await page.getByTestId('task-title').fill(`${title} edited`);
    await patched(() => page.getByTestId('task-save').click());
    await page.getByTestId('task-dialog').waitFor({ state: 'detached' });
    await openBoardAt(title);
    await cardIn('todo', task.id).getByText(`${title} edited`).waitFor();

    await patched(() => dragTo(cardIn('todo', task.id), page.getByTestId('board-column-doing')));
    await cardIn('doing', task.id).waitFor();
    await openBoardAt(title);
    await cardIn('doing', task.id).waitFor();

    await page.getByTestId(`task-move-${task.id}`).focus();
    await page.keyboard.press('Enter');
    await patched(() => page.getByRole('menuitem', { name: 'Move to Blocked' }).click());
    await cardIn('blocked', task.id).waitFor();
    await openBoardAt(title);
    await cardIn('blocked', task.id).waitFor();

    await cardIn('blocked', task.id).focus();
    await page.keyboard.press('Space');
    await announced('Picked up', 'Over Blocked');
    await page.keyboard.press('ArrowRight');
    await announced('Over Done');
    await patched(() => page.keyboard.press('Space'));
    await cardIn('done', task.id).waitFor();
    await openBoardAt(title);
    await cardIn('done', task.id).waitFor();
    const stored = await api<Versioned<Task>>('GET', apiPaths.task(DEMO_TEAM_ID, task.id));
    expect(stored).toMatchObject({ title: `${title} edited`, status: 'done', tags: ['docs'] });
  });

  it('shows "changed by someone else" for a stale edit and never overwrites silently', async () => {
    const title = `E2E conflict ${Date.now()}`;
    const task = await api<Versioned<Task>>('POST', apiPaths.tasks(DEMO_TEAM_ID), { title });
    await openBoardAt(title);
    await cardIn('todo', task.id)
      .getByRole('button', { name: `Edit “${title}”` })
      .click();
    await api('PATCH', apiPaths.task(DEMO_TEAM_ID, task.id), { title: `${title} theirs` }, task.etag);

    await page.getByTestId('task-title').fill(`${title} mine`);
    await page.getByTestId('task-save').click();
    const conflict = page.getByTestId('conflict-message');
    await conflict.getByText(`${title} theirs`).waitFor();
    expect(await conflict.textContent()).toContain('Changed by someone else');
    consoleErrors.splice(0, Infinity, ...consoleErrors.filter((e) => !e.includes('412')));
    await page.screenshot({ path: screenshotPath('board-conflict') });
    const stored = await api<Versioned<Task>>('GET', apiPaths.task(DEMO_TEAM_ID, task.id));
    expect(stored.title).toBe(`${title} theirs`);

    await patched(() => conflict.getByRole('button', { name: 'Apply my change again' }).click());
    await conflict.waitFor({ state: 'detached' });
    await openBoardAt(title);
    await page.getByText(`${title} mine`).waitFor();
  });

  it('keeps a 2,000-task board under 1,400 DOM nodes', async () => {
    await eraseTeamData((name) => app.service.tables.table(name), {
      tenantId: DEMO_TENANT_ID,
      teamId: DEMO_TEAM_ID,
    });
    await writeDemoTeam(app.service.repos, buildDemoTeam(new Date(), 2000));
    await page.goto(`${app.url}/?view=board`);
    await page.getByTestId('board-column-done').locator('li').first().waitFor({ timeout: 15_000 });
    const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
    console.info(`DOM nodes at 2,000 tasks: ${nodes}`);
    expect(nodes).toBeLessThanOrEqual(1400);
    await page.screenshot({ path: screenshotPath('board-2000') });
  }, 60_000);
});
