import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go: git-ignored, kept after the run to look at. */
export const SCREENSHOT_DIR = path.resolve('.cache/screenshots');

/** A system Chromium when there is one, else the one inside `@sparticuz/chromium` (never a download). */
export async function launchChromium(): Promise<Browser> {
  const system = SYSTEM_CHROMIUM.find((file) => existsSync(file));
  const executablePath = system ?? (await (await import('@sparticuz/chromium')).default.executablePath());
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}

/**
 * A context that reaches only `origin`: anything else (teams-js fetching its valid-domains list from a
 * CDN) fails at once instead of waiting for a network that is not there.
 */
export async function offlineContext(
  browser: Browser,
  origin: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort('internetdisconnected'),
  );
  return context;
}

/** Console errors of the page, minus the expected one: the blocked CDN request of teams-js. */
export function collectConsoleErrors(context: BrowserContext, origin: string): string[] {
  const errors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (where && !where.startsWith(origin)) return;
    errors.push(`${message.text()} (${where})`);
  };
  context.on('console', onConsole);
  context.on('weberror', (error) => errors.push(error.error().message));
  return errors;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}
