import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser.ts';
import { DEMO_PEOPLE, scrollsHorizontally } from './support/host-page.ts';
import { openScreen, waitForScreen } from './support/screens.ts';
import { app, page, useE2eSession } from './support/e2e-session.ts';

const DAN = '00000000-0000-4000-8000-0000000000a4';
/** Seeded: Alice → Dan, private. */
const PRIVATE_TO_DAN = 'On the last two support escalations';
/** Seeded: Alice → Bob, team-visible; and Alice's recognition of Bob and Chen. */
const TEAM_TO_BOB = 'In Tuesday’s release review';
const RECOGNITION_OF_BOB = 'Shipped the release checklist a week early.';

useE2eSession();

async function showPerson(frame: Frame, userId: string): Promise<void> {
  const loaded = frame.page().waitForResponse((res) => res.url().includes(`/people/${userId}/history`));
  await frame.getByTestId('history-person').selectOption(userId);
  await loaded;
  await waitForScreen(frame, 'history');
}

const itemTexts = (frame: Frame) => frame.getByTestId('history-item').allTextContents();

describe('the feedback history', { timeout: 25_000 }, () => {
  it('shows a person’s seeded feedback and recognition, newest first, with the linked work', async () => {
    const frame = await openScreen(page, app.url, 'history', { user: DEMO_PEOPLE.bob });
    expect(await frame.getByTestId('history-person').inputValue()).toBe(DEMO_PEOPLE.bob);
    const items = frame.getByTestId('history-item');
    await items.first().waitFor();
    const texts = await itemTexts(frame);
    expect(texts[0]).toContain(RECOGNITION_OF_BOB);
    expect(texts[0]).toContain('Ownership');
    const feedback = texts.find((t) => t.includes(TEAM_TO_BOB));
    expect(feedback).toContain('Task: ');
    expect(feedback).toContain('Alice');
    // Bob sees his own check-ins.
    expect(await frame.locator('[data-testid=history-item][data-kind=check-in]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('history-bob-timeline-light') });
  });

  it('hides private feedback from a member who is not a party, and shows it to the giver', async () => {
    const asBob = await openScreen(page, app.url, 'history', { user: DEMO_PEOPLE.bob });
    await showPerson(asBob, DAN);
    const bobSees = await itemTexts(asBob);
    expect(bobSees.some((t) => t.includes(PRIVATE_TO_DAN))).toBe(false);
    expect(await asBob.locator('[data-testid=history-item][data-kind=check-in]').count()).toBe(0);

    const asAlice = await openScreen(page, app.url, 'history', { user: DEMO_PEOPLE.alice });
    await showPerson(asAlice, DAN);
    const item = asAlice.getByTestId('history-item').filter({ hasText: PRIVATE_TO_DAN });
    await item.waitFor();
    expect(await item.getByTestId('private-badge').textContent()).toBe('Private');
    expect(await item.textContent()).toContain('Goal: ');
  });

  it('nudges vague feedback before sending, still sends it once, and shows it at the top', async () => {
    const frame = await openScreen(page, app.url, 'history', {
      user: DEMO_PEOPLE.bob,
      theme: 'dark',
      width: 'mobile',
    });
    expect(await scrollsHorizontally(frame)).toBe(false);
    await page.screenshot({ path: screenshotPath('history-private-mobile-dark') });
    await frame.getByTestId('give-feedback').click();
    const dialog = frame.getByTestId('feedback-dialog');
    await dialog.getByTestId('feedback-recipient').selectOption(DEMO_PEOPLE.emma);
    const impact = `the team waited on it for a day (${Date.now()})`;
    await dialog.getByTestId('feedback-situation').fill('You need to do better');
    const nudge = dialog.getByTestId('specificity-nudge');
    await nudge.waitFor();
    expect(await nudge.getAttribute('data-specific')).toBe('false');
    await dialog.getByText('"do better" does not say what happened', { exact: false }).waitFor();
    await dialog.getByTestId('feedback-behaviour').fill('the review notes came late again');
    await dialog.getByTestId('feedback-impact').fill(impact);
    await page.screenshot({ path: screenshotPath('history-feedback-dialog-mobile-dark') });

    const posts: string[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST' && req.url().endsWith('/feedback'))
        posts.push(req.headers()['idempotency-key'] ?? '');
    });
    await dialog.getByTestId('send-feedback').click();
    await dialog.getByRole('button', { name: 'Send anyway' }).waitFor();
    await dialog.getByTestId('send-feedback').dblclick();
    await dialog.waitFor({ state: 'detached' });
    const first = frame.getByTestId('history-item').first();
    expect(await first.textContent()).toContain(impact);
    expect(await first.getByTestId('private-badge').count()).toBe(1);
    expect(posts.length).toBeGreaterThan(0);
    expect(new Set(posts).size).toBe(1);

    const again = await openScreen(page, app.url, 'history', { user: DEMO_PEOPLE.bob });
    await again.getByTestId('history-item').first().waitFor();
    expect((await itemTexts(again)).filter((t) => t.includes(impact))).toHaveLength(1);
  });

  it('speaks German in a German Teams client: the timeline, the feedback dialog and its hints', async () => {
    const frame = await openScreen(page, app.url, 'history', { user: DEMO_PEOPLE.bob, locale: 'de-de' });
    await frame.getByRole('heading', { name: 'Mein Verlauf' }).waitFor();
    await frame.getByTestId('history-item').first().waitFor();
    const texts = await itemTexts(frame);
    expect(texts.find((t) => t.includes(RECOGNITION_OF_BOB))).toContain('Anerkennung erhalten');
    const feedback = texts.find((t) => t.includes(TEAM_TO_BOB));
    expect(feedback).toContain('Aufgabe: ');
    expect(feedback).toContain('Verhalten');
    expect(texts.find((t) => t.startsWith('Check-in'))).toContain('Zuversicht');

    await frame.getByRole('button', { name: 'Feedback geben' }).click();
    const dialog = frame.getByTestId('feedback-dialog');
    await dialog.getByRole('heading', { name: 'Feedback geben' }).waitFor();
    // German text gets only the language-neutral check (length): the vocabulary lists are English.
    await dialog.getByTestId('feedback-situation').fill('Gut gemacht');
    await dialog.getByText('Mehr Details: mindestens 3 Wörter.').first().waitFor();
    expect(await dialog.getByTestId('specificity-nudge').textContent()).toContain('Werde konkret');
    await dialog.getByTestId('feedback-situation').fill('You need to do better');
    expect(await dialog.getByTestId('specificity-nudge').textContent()).not.toContain('do better');
    await page.screenshot({ path: screenshotPath('history-feedback-dialog-german') });
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
