import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from './app-under-test.ts';
import { collectConsoleErrors, launchChromium, offlineContext } from './browser.ts';

// Live bindings: importers read the current value, set by the hooks below.
export let app: AppUnderTest;
export let browser: Browser;
export let context: BrowserContext;
export let page: Page;
export let consoleErrors: string[];
/** Console errors the current test provokes on purpose (the browser logs every failed response). */
let expectedErrors: string[] = [];

/**
 * The hooks every e2e file shares: one app under test and one Chromium per file, a fresh offline
 * context and page per test, and no console error left unexplained when a test ends.
 */
export function useE2eSession(options: { pageTimeoutMs?: number } = {}): void {
  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppUnderTest(), launchChromium()]);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  beforeEach(async () => {
    context = await offlineContext(browser, app.url);
    consoleErrors = collectConsoleErrors(context, app.url);
    expectedErrors = [];
    page = await context.newPage();
    if (options.pageTimeoutMs !== undefined) page.setDefaultTimeout(options.pageTimeoutMs);
  });

  afterEach(async () => {
    await context.close();
    expect(consoleErrors.filter((error) => !expectedErrors.some((part) => error.includes(part)))).toEqual([]);
  });
}

/** Lets the current test log a console error containing `part`, which it provokes on purpose. */
export function expectConsoleError(part: string): void {
  expectedErrors.push(part);
}
