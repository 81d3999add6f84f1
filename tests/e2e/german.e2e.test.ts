import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser.ts';
import { DEMO_PEOPLE, openHost, tabFrame, waitForNotifySuccess } from './support/host-page.ts';
import { app, expectConsoleError, page, useE2eSession } from './support/e2e-session.ts';

/** Overdue and blocked in the demo team, so its card shows every kind of meta. */
const BLOCKED_TASK = 'Route billing tickets straight to the billing queue';

/** Words of the English board and config page that must not be left in the German ones. */
const ENGLISH_LEFTOVERS = [
  'New task',
  'Search titles',
  'Assignee',
  'Swimlanes:',
  'To do',
  'Doing',
  'Overdue',
  'Clear filters',
  'Goals',
  'History',
  'Settings',
  'Open on',
  'Tab name',
];

useE2eSession({ pageTimeoutMs: 10_000 });

async function openGerman(params: Record<string, string> = {}): Promise<Frame> {
  await openHost(page, app.url, { user: DEMO_PEOPLE.alice, locale: 'de-de', ...params });
  await waitForNotifySuccess(page);
  return tabFrame(page);
}

async function visibleText(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.body.innerText);
}

describe('the tab in German (Teams locale de-de)', { timeout: 45_000 }, () => {
  it('shows the board in German: tabs, columns, toolbar, a card and the “New task” dialog', async () => {
    const frame = await openGerman();
    await frame.getByTestId('board').waitFor();
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('de-DE');

    const tabs = await frame.getByTestId('view-nav').getByRole('tab').allInnerTexts();
    expect(tabs.map((tab) => tab.trim())).toEqual([
      'Board',
      'Ziele',
      'Verlauf',
      'Einstellungen',
      'Dashboard',
    ]);
    const columns = await Promise.all(
      ['todo', 'doing', 'blocked', 'done'].map((status) =>
        frame.getByTestId(`board-column-${status}`).locator('h3').innerText(),
      ),
    );
    expect(columns.map((title) => title.replace(/\d+/g, '').trim())).toEqual([
      'Zu erledigen',
      'In Arbeit',
      'Blockiert',
      'Erledigt',
    ]);

    const toolbar = frame.getByRole('toolbar', { name: 'Boardfilter' });
    expect((await toolbar.getByTestId('new-task').innerText()).trim()).toBe('Neue Aufgabe');
    for (const label of ['Titel durchsuchen', 'Zugewiesen an', 'Ziel', 'Swimlanes'])
      await toolbar.getByLabel(label, { exact: true }).waitFor();
    expect(await toolbar.getByTestId('filter-assignee').locator('option').first().innerText()).toBe('Alle');
    expect(await toolbar.getByTestId('board-grouping').locator('option').allInnerTexts()).toEqual([
      'Keine',
      'Nach Person',
      'Nach Ziel',
    ]);
    expect((await toolbar.getByTestId('filter-overdue').innerText()).trim()).toBe('Überfällig');

    await frame.getByTestId('board-search').fill(BLOCKED_TASK);
    const card = frame.getByTestId('board-column-blocked').locator('[data-testid^="task-card-"]').first();
    await card.getByRole('button', { name: `„${BLOCKED_TASK}“ bearbeiten` }).waitFor();
    expect(await card.getAttribute('aria-roledescription')).toBe('Aufgabenkarte');
    const meta = await card.innerText();
    expect(meta).toMatch(/Überfällig · \d{1,2}\. \S+/);
    expect(meta).toMatch(/Blockiert seit \d+ T\./);
    await card.getByRole('button', { name: `„${BLOCKED_TASK}“ verschieben nach…` }).click();
    expect(await frame.getByRole('menuitem').allInnerTexts()).toEqual([
      'Nach „Zu erledigen“ verschieben',
      'Nach „In Arbeit“ verschieben',
      'Nach „Erledigt“ verschieben',
    ]);
    await page.keyboard.press('Escape');
    await frame.getByTestId('clear-filters').click();
    await page.screenshot({ path: screenshotPath('board-de') });

    const text = await visibleText(frame);
    expect(ENGLISH_LEFTOVERS.filter((english) => text.includes(english))).toEqual([]);

    await frame.getByTestId('new-task').click();
    const dialog = frame.getByTestId('task-dialog');
    await dialog.getByRole('heading', { name: 'Neue Aufgabe' }).waitFor();
    for (const label of ['Titel', 'Beschreibung', 'Ziel', 'Tags', 'Zugewiesen an', 'Fälligkeitsdatum'])
      await dialog.getByLabel(label, { exact: false }).first().waitFor();
    await dialog.getByText('Durch Kommas getrennt, zum Beispiel: api, docs').waitFor();
    await dialog.getByRole('button', { name: 'Erstellen' }).click();
    await dialog.getByText('Titel: Gib der Aufgabe einen Titel.').waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the configuration page in German', async () => {
    const frame = await openGerman({ page: 'config' });
    await frame.getByTestId('config-page').waitFor();
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    await frame.getByRole('heading', { name: 'Cadence zu diesem Kanal hinzufügen' }).waitFor();
    await frame.getByLabel('Name der Registerkarte').waitFor();
    const radios = await frame
      .getByRole('radio')
      .evaluateAll((inputs) => inputs.map((input) => input.closest('.fui-Radio')?.textContent ?? ''));
    expect(radios).toEqual(['Board', 'Ziele', 'Verlauf', 'Einstellungen', 'Dashboard']);
    await frame.getByTestId('config-name').fill('');
    await frame.getByText('Gib der Registerkarte einen Namen.').waitFor();
    const text = await visibleText(frame);
    expect(ENGLISH_LEFTOVERS.filter((english) => text.includes(english))).toEqual([]);
    await page.screenshot({ path: screenshotPath('config-de') });
  });

  it('shows a start-up failure in German, tells the host the same words, and retries in German', async () => {
    expectConsoleError('503');
    let failures = 1;
    let answerRetry = () => {};
    const retryAnswered = new Promise<void>((resolve) => (answerRetry = resolve));
    await page.route('**/board', async (route) => {
      if (failures-- > 0) {
        await route.fulfill({ status: 503, json: { error: { code: 'internal', message: 'down' } } });
        return;
      }
      // Held until the test has seen the retry's loading state.
      await retryAnswered;
      await route.fallback();
    });
    await openHost(page, app.url, { user: DEMO_PEOPLE.alice, locale: 'de-de' });
    await page.waitForFunction(() => window.__host.notifyFailure !== undefined);
    expect(await page.evaluate(() => window.__host.notifyFailure)).toEqual({
      reason: 'Other',
      message: 'Cadence hat mit einem Fehler geantwortet (503). Versuche es noch einmal.',
    });
    const frame = await tabFrame(page);
    await frame.getByText('Cadence konnte nicht gestartet werden').waitFor();
    await frame
      .getByText('Cadence hat mit einem Fehler geantwortet (503). Versuche es noch einmal.')
      .waitFor();
    await frame.getByRole('button', { name: 'Erneut versuchen' }).click();
    await frame.getByText('Cadence wird geladen…').waitFor();
    expect(await frame.getByText('Loading Cadence…').count()).toBe(0);
    answerRetry();
    await frame.getByTestId('board').waitFor();
  });
});
