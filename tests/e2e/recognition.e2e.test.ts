import type { Frame, Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockingViolations, describeViolations } from './support/axe.ts';
import { screenshotPath } from './support/browser.ts';
import { app, expectConsoleError, page, useE2eSession } from './support/e2e-session.ts';
import { DEMO_PEOPLE, scrollsHorizontally } from './support/host-page.ts';
import { openScreen, switchTheme, THEMES, type Theme } from './support/screens.ts';

useE2eSession();

const DIALOG = '[data-testid="recognition-dialog"]';

async function openDialog(frame: Frame): Promise<Locator> {
  await frame.getByTestId('give-recognition').click();
  const dialog = frame.getByTestId('recognition-dialog');
  await dialog.waitFor();
  return dialog;
}

/** Picks a person the way a keyboard user does: type part of the name, Enter on the suggestion. */
async function pickPerson(dialog: Locator, name: string): Promise<void> {
  const input = dialog.getByTestId('recognition-people-input');
  await input.focus();
  await input.pressSequentially(name.slice(0, 4));
  await dialog.page().keyboard.press('Enter');
  await dialog.locator('.fui-Tag', { hasText: name }).waitFor();
  expect(await input.inputValue()).toBe('');
}

describe('recognition from the tab', { timeout: 30_000 }, () => {
  it('is sent by keyboard alone at phone width, shows in history at once, and says it was not posted', async () => {
    const frame = await openScreen(page, app.url, 'history', {
      user: DEMO_PEOPLE.bob,
      theme: 'dark',
      width: 'mobile',
    });
    await frame.getByTestId('give-recognition').focus();
    await page.keyboard.press('Enter');
    const dialog = frame.getByTestId('recognition-dialog');
    await dialog.waitFor();

    await pickPerson(dialog, 'Chen Wei');
    await pickPerson(dialog, 'Emma Schulz');
    // The value: Tab into the radio group, arrows to move, Space to pick.
    await dialog.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    const value = await dialog.getByRole('radio', { checked: true }).getAttribute('value');
    expect(value).toEqual(expect.any(String));
    const message = `Took the release notes off everyone’s plate (${Date.now()}) <b>bold</b> [x](https://evil.example)`;
    await dialog.getByTestId('recognition-message').focus();
    await page.keyboard.insertText(message);
    await dialog.getByTestId('recognition-link').selectOption({ index: 1 });
    expect(await scrollsHorizontally(frame)).toBe(false);
    await page.screenshot({ path: screenshotPath('recognition-dialog-mobile-dark') });

    const posts: string[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST' && req.url().endsWith('/recognition'))
        posts.push(req.headers()['idempotency-key'] ?? '');
    });
    const started = Date.now();
    await dialog.getByTestId('send-recognition').focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const notice = frame.getByTestId('recognition-notice');
    await notice.waitFor();
    // No Teams behind the demo team's channel: stored and shown, not posted, and said so quickly.
    expect(['noChannel', 'failed']).toContain(await notice.getAttribute('data-delivery'));
    expect(await notice.textContent()).toContain('not posted');
    expect(Date.now() - started).toBeLessThan(5_000);
    const first = frame.getByTestId('history-item').first();
    expect(await first.getAttribute('data-kind')).toBe('recognition-given');
    expect(await first.textContent()).toContain(message);
    expect(await first.textContent()).toContain('Chen Wei, Emma Schulz');
    expect(new Set(posts).size).toBe(1);
    await page.screenshot({ path: screenshotPath('recognition-sent-mobile-dark') });

    const asChen = await openScreen(page, app.url, 'history', {
      user: '00000000-0000-4000-8000-0000000000a3',
    });
    await asChen.getByTestId('history-item').first().waitFor();
    const texts = await asChen.getByTestId('history-item').allTextContents();
    expect(texts.filter((text) => text.includes(message))).toHaveLength(1);
  });

  it('opens on the person shown, and names the field the service refused', async () => {
    const frame = await openScreen(page, app.url, 'history', { user: DEMO_PEOPLE.alice });
    const loaded = page.waitForResponse((res) => res.url().includes(`/people/${DEMO_PEOPLE.bob}/history`));
    await frame.getByTestId('history-person').selectOption(DEMO_PEOPLE.bob);
    await loaded;
    const dialog = await openDialog(frame);
    const picked = dialog.locator('.fui-Tag');
    expect(await picked.count()).toBe(1);
    expect(await picked.textContent()).toContain('Bob Example');
    await dialog.getByRole('radio').first().check();
    await dialog.getByTestId('recognition-message').fill('Kept the launch calm.');
    await page.route('**/recognition', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'invalid_request',
            message: 'message: must not mention the moon',
            field: 'message',
            issues: [{ field: 'message', message: 'must not mention the moon' }],
          },
        }),
      }),
    );
    expectConsoleError('400');
    await dialog.getByTestId('send-recognition').click();
    await dialog.getByTestId('recognition-error').waitFor();
    const field = dialog.locator('.fui-Field', { has: frame.getByTestId('recognition-message') });
    expect(await field.textContent()).toContain('must not mention the moon');
    expect(await dialog.getByTestId('recognition-message').inputValue()).toBe('Kept the launch calm.');
    expect(await dialog.getByTestId('send-recognition').isEnabled()).toBe(true);
    await page.unroute('**/recognition');

    // A server failure's own (English, technical) words are not shown: the tab says what did not happen.
    await page.route('**/recognition', (route) =>
      route.fulfill({ status: 503, json: { error: { code: 'internal', message: 'upstream exploded' } } }),
    );
    expectConsoleError('503');
    await dialog.getByTestId('send-recognition').click();
    await expect
      .poll(() => dialog.getByTestId('recognition-error').textContent())
      .toBe('The recognition could not be sent. Try again.');
    await page.unroute('**/recognition');
  });

  it('the dialog has no serious or critical axe violations in any theme, with the people list open', async () => {
    const frame = await openScreen(page, app.url, 'history', { user: DEMO_PEOPLE.alice });
    const dialog = await openDialog(frame);
    await pickPerson(dialog, 'Bob Example');
    await dialog.getByTestId('recognition-message').fill('Thanks!');
    for (const theme of Object.keys(THEMES) as Theme[]) {
      await switchTheme(page, frame, theme);
      const violations = await blockingViolations(frame, DIALOG);
      expect(violations, `${theme}: ${describeViolations(violations)}`).toEqual([]);
    }
    await dialog.getByTestId('recognition-people-input').focus();
    await page.keyboard.press('ArrowDown');
    await frame.locator('.fui-TagPickerList').waitFor();
    const open = await blockingViolations(frame);
    expect(open, describeViolations(open)).toEqual([]);
    await page.screenshot({ path: screenshotPath('recognition-dialog-contrast') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('speaks German in a German Teams client, down to what became of the post', async () => {
    const frame = await openScreen(page, app.url, 'history', { user: DEMO_PEOPLE.alice, locale: 'de-de' });
    await frame.getByRole('button', { name: 'Anerkennen' }).click();
    const dialog = frame.getByTestId('recognition-dialog');
    await dialog.getByRole('heading', { name: 'Teammitglied anerkennen' }).waitFor();
    expect(await dialog.getByTestId('recognition-people-input').getAttribute('placeholder')).toBe(
      'Namen eingeben',
    );
    await pickPerson(dialog, 'Bob Example');
    await dialog.getByRole('radio').first().check();
    const message = `Hat die Release-Notizen übernommen (${Date.now()})`;
    await dialog.getByTestId('recognition-message').fill(message);
    await dialog.getByRole('button', { name: 'Anerkennung posten' }).click();
    await dialog.waitFor({ state: 'detached' });
    const notice = frame.getByTestId('recognition-notice');
    expect(await notice.textContent()).toContain('Anerkennung gespeichert, nicht gepostet');
    const first = frame.getByTestId('history-item').first();
    expect(await first.textContent()).toContain('Anerkennung gegeben');
    expect(await first.textContent()).toContain(message);
  });
});
