import { describe, expect, it } from 'vitest';
import { DEMO_TEAM_ID, DEMO_TENANT_ID } from '../../bot/local/demo-team.ts';
import { localHostLink } from '../../shared/api/tab-links.ts';
import { blockingViolations, describeViolations } from './support/axe.ts';
import { screenshotPath } from './support/browser.ts';
import { DEMO_PEOPLE, tabFrame, waitForNotifySuccess } from './support/host-page.ts';
import { app, page, useE2eSession } from './support/e2e-session.ts';

useE2eSession({ pageTimeoutMs: 10_000 });

const DEMO = { tenantId: DEMO_TENANT_ID, teamId: DEMO_TEAM_ID };

/** The link a card in Teams carries to a task when no Teams app id is configured, opened as `person`. */
function taskLink(taskId: string, params: Record<string, string>): string {
  return `${localHostLink(app.url, { kind: 'task', taskId })}&${new URLSearchParams(params)}`;
}

describe('a deep link to a task', { timeout: 30_000 }, () => {
  it('opens the tab on the board with that task’s dialog, even when the saved tab shows another screen', async () => {
    const task = (await app.service.repos.tasks.require(DEMO, 'task-3')).value;
    await page.goto(taskLink(task.id, { user: DEMO_PEOPLE.alice, view: 'goals' }));
    await waitForNotifySuccess(page);

    const getContext = await page.evaluate(() =>
      window.__host.messages.filter((m) => m.func === 'getContext').map((m) => m.played),
    );
    expect(getContext).toEqual([true]);
    const frame = await tabFrame(page);
    await frame.getByTestId('screen-board').waitFor();
    const dialog = frame.getByTestId('task-dialog');
    await dialog.waitFor();
    expect(await frame.getByTestId('task-title').inputValue()).toBe(task.title);
    expect(await dialog.getByRole('heading').first().textContent()).toBe('Edit task');
    await page.screenshot({ path: screenshotPath('deep-link-task') });

    const violations = await blockingViolations(frame);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('opens the dialog once: closed, it stays closed when the person comes back to the board', async () => {
    const task = (await app.service.repos.tasks.require(DEMO, 'task-5')).value;
    await page.goto(taskLink(task.id, { user: DEMO_PEOPLE.bob }));
    await waitForNotifySuccess(page);
    const frame = await tabFrame(page);
    await frame.getByTestId('task-dialog').waitFor();
    expect(await frame.getByTestId('task-title').inputValue()).toBe(task.title);

    await frame.getByRole('button', { name: 'Cancel' }).click();
    await frame.getByTestId('task-dialog').waitFor({ state: 'detached' });
    await frame.getByTestId('view-tab-goals').click();
    await frame.getByTestId('goal-card').first().waitFor();
    await frame.getByTestId('view-tab-board').click();
    await frame.getByTestId('board').waitFor();
    expect(await frame.getByTestId('task-dialog').count()).toBe(0);
  });

  it('says so when the linked task is gone from the board', async () => {
    await page.goto(taskLink('task-deleted-long-ago', { user: DEMO_PEOPLE.alice }));
    await waitForNotifySuccess(page);
    const frame = await tabFrame(page);
    const notice = frame.getByTestId('linked-task-missing');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('no longer on this board');
    expect(await frame.getByTestId('task-dialog').count()).toBe(0);
    const violations = await blockingViolations(frame);
    expect(violations, describeViolations(violations)).toEqual([]);

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
  });
});
