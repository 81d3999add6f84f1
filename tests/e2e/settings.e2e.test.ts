import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM_ID, DEMO_TENANT_ID } from '../../bot/local/demo-team.ts';
import type { SettingsResponse } from '../../shared/api/settings-requests.ts';
import { blockingViolations, describeViolations } from './support/axe.ts';
import { screenshotPath } from './support/browser.ts';
import {
  DEMO_PEOPLE,
  openHost,
  scrollsHorizontally,
  tabFrame,
  waitForNotifySuccess,
} from './support/host-page.ts';
import { app, expectConsoleError, page, useE2eSession } from './support/e2e-session.ts';

useE2eSession();

const DEMO_SCOPE = { tenantId: DEMO_TENANT_ID, teamId: DEMO_TEAM_ID };
const PANEL = '[data-testid="screen-settings"]';

/** Opens the settings screen as `user` (Alice leads) and waits until the form or the summary shows. */
async function openSettings(params: Record<string, string> = {}): Promise<Frame> {
  await openHost(page, app.url, { user: DEMO_PEOPLE.alice, view: 'settings', ...params });
  await waitForNotifySuccess(page);
  const frame = await tabFrame(page);
  await frame.locator('[data-testid="settings-form"], [data-testid="settings-read-only"]').first().waitFor();
  return frame;
}

function question(frame: Frame, index: number) {
  return frame.getByTestId('settings-question').nth(index).getByRole('textbox');
}

describe('the settings screen', { timeout: 30_000 }, () => {
  it('lets a leader change the check-in time and add a question, and keeps them after a reload', async () => {
    let frame = await openSettings();
    const before = await frame.getByTestId('settings-question').count();
    await frame.getByTestId('settings-local-time').fill('10:30');
    await frame.getByTestId('settings-add-question').click();
    await question(frame, before).fill('What slowed you down this week?');
    expect(await frame.getByTestId('settings-dirty').textContent()).toBe('Unsaved changes');
    expect(await frame.getByTestId('settings-preview').textContent()).toContain(
      "10:30 in each person's own time zone",
    );

    const saved = page.waitForResponse(
      (res) => res.url().endsWith('/settings') && res.request().method() === 'PUT',
    );
    await frame.getByTestId('settings-save').click();
    expect((await saved).status()).toBe(200);
    await frame.locator('.fui-ToastTitle', { hasText: 'Settings saved' }).waitFor();
    expect(await frame.getByTestId('settings-dirty').textContent()).toBe('All changes saved');
    expect(await frame.getByTestId('settings-local-time').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('settings-saved-light'), animations: 'disabled' });

    await page.reload();
    frame = await openSettings();
    expect(await frame.getByTestId('settings-local-time').inputValue()).toBe('10:30');
    expect(await question(frame, before).inputValue()).toBe('What slowed you down this week?');
    const stored = await app.service.repos.teams.get(DEMO_SCOPE);
    expect(stored?.value.settings.checkIn.localTime).toBe('10:30');
    expect(stored?.value.settings.questions.at(-1)?.text).toBe('What slowed you down this week?');
  });

  it('names an invalid field next to it and moves focus there, without saving', async () => {
    const frame = await openSettings();
    await frame.getByTestId('settings-window-hours').fill('0');
    await frame.getByTestId('settings-save').click();
    await frame.getByText('Enter whole hours from 1 to 168.').waitFor();
    expect(
      await frame.getByTestId('settings-window-hours').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await frame.getByTestId('settings-invalid').textContent()).toContain('One field needs attention');
    // Fixing the field clears its message as it is typed.
    await frame.getByTestId('settings-window-hours').fill('48');
    await frame.getByTestId('settings-invalid').waitFor({ state: 'detached' });
    expect(await frame.getByText('Enter whole hours from 1 to 168.').count()).toBe(0);
  });

  it('picks the team time zone with the keyboard, by typing part of its name', async () => {
    const frame = await openSettings();
    const zone = frame.getByTestId('settings-time-zone');
    await zone.focus();
    await zone.fill('');
    await page.keyboard.type('berl');
    await frame.getByRole('option', { name: 'Europe/Berlin' }).waitFor();
    await page.keyboard.press('Enter');
    expect(await zone.inputValue()).toBe('Europe/Berlin');
    await page.keyboard.press('Tab');
    expect(await zone.inputValue()).toBe('Europe/Berlin');
    expect(await frame.getByTestId('settings-dirty').textContent()).toBe('Unsaved changes');
  });

  it('shows a change made meanwhile by someone else as a conflict, and reloads their version', async () => {
    const frame = await openSettings();
    // Another leader saves while this form is open.
    await app.service.repos.teams.update(DEMO_SCOPE, (team) => ({
      ...team,
      settings: { ...team.settings, wipLimit: 9 },
    }));
    expectConsoleError('412 (Precondition Failed)');
    await frame.getByTestId('settings-wip-limit').fill('4');
    await frame.getByTestId('settings-save').click();
    const conflict = frame.getByTestId('settings-conflict');
    await conflict.getByText('Someone else changed the settings').waitFor();
    await page.screenshot({ path: screenshotPath('settings-conflict-light') });
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await frame.getByTestId('settings-wip-limit').inputValue()).toBe('9');
  });

  it('has no blocking axe violations in light, dark and high contrast, and fits 375 px', async () => {
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      const frame = await openSettings({ theme, width: 'mobile' });
      await frame.locator(`.fui-FluentProvider[data-theme="${theme}"]`).waitFor();
      const violations = await blockingViolations(frame, PANEL);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(await scrollsHorizontally(frame)).toBe(false);
      await page.screenshot({ path: screenshotPath(`settings-mobile-${theme}`), fullPage: true });
    }
  });

  it('speaks German when Teams does, down to its own validation messages, and still fits 375 px', async () => {
    const frame = await openSettings({ locale: 'de-de', width: 'mobile' });
    await frame.getByRole('heading', { name: 'Teameinstellungen' }).waitFor();
    expect(await frame.getByTestId('settings-preview').textContent()).toMatch(
      /^Nächster Check-in: (Mo|Di|Mi|Do|Fr|Sa|So) .+ Uhr in der eigenen Zeitzone jeder Person/,
    );
    expect(await frame.getByTestId('settings-dirty').textContent()).toBe('Alle Änderungen gespeichert');
    await frame.getByTestId('settings-window-hours').fill('0');
    expect(await frame.getByTestId('settings-dirty').textContent()).toBe('Nicht gespeicherte Änderungen');
    await frame.getByTestId('settings-save').click();
    await frame.getByText('Gib ganze Stunden von 1 bis 168 ein.').waitFor();
    expect(await frame.getByTestId('settings-invalid').textContent()).toBe(
      'Ein Feld muss vor dem Speichern korrigiert werden.',
    );
    expect(await frame.getByRole('button', { name: 'Einstellungen speichern' }).count()).toBe(1);
    expect(await scrollsHorizontally(frame)).toBe(false);
    const violations = await blockingViolations(frame, PANEL);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: screenshotPath('settings-de'), fullPage: true });
  });

  it('shows members the settings read-only, with no way to save', async () => {
    const settings = page.waitForResponse((res) => res.url().endsWith('/settings'));
    const frame = await openSettings({ user: DEMO_PEOPLE.bob, theme: 'dark' });
    const body = (await (await settings).json()) as SettingsResponse;
    expect(body.canEdit).toBe(false);
    expect(await frame.getByTestId('settings-save').count()).toBe(0);
    expect(await frame.getByTestId('settings-preview').textContent()).toMatch(/^Next check-in: /);
    const violations = await blockingViolations(frame, PANEL);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: screenshotPath('settings-member-dark') });
  });
});
