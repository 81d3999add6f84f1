import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM_ID, DEMO_TENANT_ID } from '../../bot/local/demo-team.ts';
import type { ListReviewRequestsResponse } from '../../shared/api/review-requests.ts';
import { apiPaths } from '../../shared/api/routes.ts';
import { callApi } from '../support/api-client.ts';
import { blockingViolations, describeViolations } from './support/axe.ts';
import { screenshotPath } from './support/browser.ts';
import { DEMO_PEOPLE, scrollsHorizontally } from './support/host-page.ts';
import { openScreen } from './support/screens.ts';
import { app, page, useE2eSession } from './support/e2e-session.ts';

/** Seeded: done, assigned to Dan. Alice leads the team, so she may ask for its review. */
const DONE_TASK = 'Archive 2025 tickets';
/** Seeded: still to do. */
const OPEN_TASK = 'Write canned replies for the top 10 ticket types';

useE2eSession({ pageTimeoutMs: 8_000 });

async function openTask(frame: Frame, title: string): Promise<void> {
  await frame.getByTestId('board-search').fill(title);
  await frame
    .getByRole('button', { name: `Edit “${title}”` })
    .first()
    .click();
  await frame.getByTestId('task-dialog').waitFor();
}

describe('requesting a review from the tab', { timeout: 40_000 }, () => {
  it('asks a teammate about a done task by keyboard at 375 px in the dark theme, and says how delivery went', async () => {
    const frame = await openScreen(page, app.url, 'board', {
      user: DEMO_PEOPLE.alice,
      theme: 'dark',
      width: 'mobile',
    });
    await openTask(frame, DONE_TASK);
    const button = frame.getByTestId('request-review');
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = frame.getByTestId('review-dialog');
    await dialog.waitFor();
    expect(await scrollsHorizontally(frame)).toBe(false);

    // Nothing chosen yet: the field says what is missing, and nothing is sent.
    await dialog.getByTestId('review-send').click();
    await dialog.getByText('Choose who should review it.').waitFor();

    await dialog.getByTestId('review-reviewer').selectOption(DEMO_PEOPLE.bob);
    await dialog.getByTestId('review-note').fill('Were any tickets left out of the archive?');
    expect(await blockingViolations(frame, '[data-testid=review-dialog]').then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('review-request-dialog-mobile-dark') });

    const answered = page.waitForResponse(
      (res) => res.url().includes('/review-requests') && res.request().method() === 'POST',
    );
    const started = Date.now();
    await dialog.getByTestId('review-send').focus();
    await page.keyboard.press('Enter');
    const response = await answered;
    // The demo team has no reachable Teams connector: the API must not wait on it for long.
    expect(Date.now() - started).toBeLessThan(6000);
    expect(response.status()).toBe(201);

    const outcome = dialog.getByTestId('review-outcome');
    await outcome.waitFor();
    const delivery = await outcome.getAttribute('data-delivery');
    expect(['unreachable', 'failed', 'pending']).toContain(delivery);
    expect(await outcome.textContent()).toContain(
      delivery === 'pending' ? 'Review requested' : 'Saved, but not delivered',
    );
    await dialog.getByTestId('review-requests').getByText('Waiting').waitFor();
    await page.screenshot({ path: screenshotPath('review-request-sent-mobile-dark') });

    await dialog.getByTestId('review-done').click();
    await dialog.waitFor({ state: 'detached' });
    // The task dialog is still open, and saving it was not triggered by the nested form.
    await frame.getByTestId('task-dialog').waitFor();

    const token = await app.service.tokenFor(DEMO_TENANT_ID, DEMO_PEOPLE.alice);
    const board = await callApi<{ tasks: Array<{ id: string; title: string }> }>(
      app.url,
      'GET',
      apiPaths.board(DEMO_TEAM_ID),
      { token },
    );
    const task = board.body.tasks.find((t) => t.title === DONE_TASK);
    const list = await callApi<ListReviewRequestsResponse>(
      app.url,
      'GET',
      apiPaths.reviewRequests(DEMO_TEAM_ID, task?.id ?? ''),
      { token },
    );
    expect(list.body.reviewRequests).toMatchObject([
      {
        requesterId: DEMO_PEOPLE.alice,
        reviewerId: DEMO_PEOPLE.bob,
        note: 'Were any tickets left out of the archive?',
        status: 'pending',
      },
    ]);
  });

  it('fits the task dialog in the high-contrast theme, and Escape closes only the review dialog', async () => {
    const frame = await openScreen(page, app.url, 'board', { user: DEMO_PEOPLE.alice, theme: 'contrast' });
    await openTask(frame, DONE_TASK);
    await page.screenshot({ path: screenshotPath('review-request-task-dialog-contrast') });
    await frame.getByTestId('request-review').click();
    const dialog = frame.getByTestId('review-dialog');
    await dialog.getByTestId('review-reviewer').waitFor();
    expect(await blockingViolations(frame, '[data-testid=review-dialog]').then(describeViolations)).toBe('');
    await page.screenshot({ path: screenshotPath('review-request-dialog-contrast') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await frame.getByTestId('task-dialog').waitFor();
  });

  it('offers no "Request review" for a task that is not done', async () => {
    const frame = await openScreen(page, app.url, 'board', { user: DEMO_PEOPLE.alice });
    await openTask(frame, OPEN_TASK);
    await frame.getByTestId('task-title').waitFor();
    expect(await frame.getByTestId('request-review').count()).toBe(0);
  });
});
