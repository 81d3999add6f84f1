import { readFile } from 'node:fs/promises';
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockingViolations, describeViolations } from './support/axe.ts';
import { screenshotPath } from './support/browser.ts';
import { app, page, useE2eSession } from './support/e2e-session.ts';
import {
  DEMO_PEOPLE,
  openHost,
  scrollsHorizontally,
  tabFrame,
  waitForNotifySuccess,
} from './support/host-page.ts';

useE2eSession();

/** Opens the host on the dashboard and waits until its figures (or its leaders-only note) show. */
async function openDashboard(params: Record<string, string>, ready = 'dashboard'): Promise<Frame> {
  await openHost(page, app.url, { user: DEMO_PEOPLE.alice, view: 'dashboard', ...params });
  await waitForNotifySuccess(page);
  const frame = await tabFrame(page);
  await frame.getByTestId(ready).waitFor({ timeout: 15_000 });
  return frame;
}

describe('the leader dashboard', { timeout: 30_000 }, () => {
  it('charts the seeded team’s figures, each with a table alternative, and passes axe', async () => {
    const frame = await openDashboard({});
    for (const id of [
      'participation',
      'confidence',
      'blockers',
      'recurring',
      'wip',
      'feedback',
      'recognition',
      'goals',
    ]) {
      await frame.getByTestId(`dashboard-${id}`).waitFor();
    }
    expect(await frame.getByTestId('dashboard-blockers').textContent()).toContain(
      '6 blocked tasks, 2 blocked for a week or more.',
    );
    expect(await frame.getByTestId('dashboard-goals').locator('li').count()).toBe(3);
    const participation = frame.getByTestId('dashboard-participation');
    await participation.getByText('Show as table').click();
    expect(await participation.locator('tbody tr').count()).toBe(8);
    await page.screenshot({ path: screenshotPath('dashboard-light'), fullPage: true });
    const violations = await blockingViolations(frame);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('exports the figures as a CSV', async () => {
    const frame = await openDashboard({});
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByTestId('dashboard-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cadence-dashboard-\d{4}-W\d{2}-to-\d{4}-W\d{2}\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,week,person,item,value,detail');
    expect(lines.filter((l) => l.startsWith('participation,'))).toHaveLength(8);
    expect(lines.filter((l) => l.startsWith('goal progress,'))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('wip,'))).toHaveLength(8);
  });

  it('fits 375 px without horizontal scroll in the dark and high-contrast themes, without axe violations', async () => {
    for (const theme of ['dark', 'contrast']) {
      const frame = await openDashboard({ theme, width: 'mobile' });
      expect(await scrollsHorizontally(frame)).toBe(false);
      const violations = await blockingViolations(frame);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`dashboard-mobile-${theme}`), fullPage: true });
    }
  });

  it('speaks German when Teams does: headings, summaries, the table alternative and the CSV header, at 375 px', async () => {
    const frame = await openDashboard({ locale: 'de-de', width: 'mobile' });
    expect(await frame.locator('#dashboard-heading').textContent()).toMatch(
      /^Die letzten 8 Wochen \(\d{4}-W\d{2} bis \d{4}-W\d{2}\)$/,
    );
    const blockers = frame.getByTestId('dashboard-blockers');
    await blockers.getByRole('heading', { name: 'Blockierte Aufgaben nach Dauer' }).waitFor();
    expect(await blockers.textContent()).toContain(
      '6 blockierte Aufgaben, davon 2 seit einer Woche oder länger.',
    );
    await blockers.getByText('Als Tabelle anzeigen').click();
    expect(await blockers.locator('thead').textContent()).toBe('DauerAufgaben');
    expect(await blockers.locator('tbody').textContent()).toContain('2 Wochen oder länger');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Als CSV exportieren' }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Abschnitt,Woche,Person,Eintrag,Wert,Detail');
    expect(lines.filter((l) => l.startsWith('participation,'))).toHaveLength(8);
    expect(await scrollsHorizontally(frame)).toBe(false);
    const violations = await blockingViolations(frame);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: screenshotPath('dashboard-de'), fullPage: true });
  });

  it('is not offered to members who do not lead the team', async () => {
    const frame = await openDashboard({ user: DEMO_PEOPLE.bob }, 'dashboard-leaders-only');
    expect(await frame.getByTestId('view-tab-dashboard').count()).toBe(0);
  });
});
