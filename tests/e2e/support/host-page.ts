import type { Frame, Page } from 'playwright-core';

export const DEMO_PEOPLE = {
  alice: '00000000-0000-4000-8000-0000000000a1',
  bob: '00000000-0000-4000-8000-0000000000a2',
  emma: '00000000-0000-4000-8000-0000000000a5',
} as const;

/** Opens the local Teams host with its controls preset through the query string. */
export async function openHost(
  page: Page,
  origin: string,
  params: Record<string, string> = {},
): Promise<void> {
  await page.goto(`${origin}/host?${new URLSearchParams(params)}`);
}

/** The tab's document inside the host's iframe (the current one: the host remounts it on reloads). */
export async function tabFrame(page: Page): Promise<Frame> {
  const handle = await page.getByTestId('tab-frame').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the host shows no tab frame');
  return frame;
}

/** Waits until the host has heard notifySuccess from the current tab frame; returns the host's probe. */
export async function waitForNotifySuccess(page: Page): Promise<Window['__host']> {
  await page.waitForFunction(() => window.__host.notifySuccessAt !== undefined, undefined, {
    timeout: 15_000,
  });
  return page.evaluate(() => window.__host);
}

/** The background colour the tab's FluentProvider paints. */
export function tabBackground(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const root = document.querySelector('.fui-FluentProvider');
    return root ? getComputedStyle(root).backgroundColor : 'none';
  });
}

/** True when the document is wider than its viewport. */
export function scrollsHorizontally(frame: Frame | Page): Promise<boolean> {
  return frame.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
