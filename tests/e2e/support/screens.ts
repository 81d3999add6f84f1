import type { Frame, Locator, Page } from 'playwright-core';
import { DEMO_PEOPLE, openHost, tabFrame, waitForNotifySuccess } from './host-page.ts';

export const SCREENS = ['board', 'goals', 'history'] as const;
export type Screen = (typeof SCREENS)[number];

/** The host's theme values, and the names screenshots use for them. */
export const THEMES = { default: 'light', dark: 'dark', contrast: 'contrast' } as const;
export type Theme = keyof typeof THEMES;

/**
 * A screen's container: the shell's tab panel, which exists whatever the screen renders inside it (the
 * screens are rebuilt independently of these tests).
 */
export function screenContainer(frame: Frame, screen: Screen): Locator {
  return frame.getByTestId(`screen-${screen}`);
}

/** Waits until the screen's panel shows content: no loading state or spinner left inside it (a progress bar is content: goals show one). */
export async function waitForScreen(frame: Frame, screen: Screen): Promise<void> {
  await screenContainer(frame, screen).waitFor();
  await frame.waitForFunction(
    (testId) => {
      const panel = document.querySelector(`[data-testid="${testId}"]`);
      return (
        panel !== null &&
        panel.childElementCount > 0 &&
        panel.querySelector('[data-testid="loading-state"], .fui-Spinner') === null
      );
    },
    `screen-${screen}`,
    { timeout: 15_000 },
  );
}

/** Opens the host on `screen` as Alice (a leader), waits for notifySuccess and the screen's content. */
export async function openScreen(
  page: Page,
  origin: string,
  screen: Screen,
  params: Record<string, string> = {},
): Promise<Frame> {
  await openHost(page, origin, { user: DEMO_PEOPLE.alice, view: screen, ...params });
  await waitForNotifySuccess(page);
  const frame = await tabFrame(page);
  await waitForScreen(frame, screen);
  return frame;
}

/** Switches the theme with the host's control, live, and waits for the tab to apply it. */
export async function switchTheme(page: Page, frame: Frame, theme: Theme): Promise<void> {
  await page.getByTestId('host-theme').selectOption(theme);
  await frame.locator(`.fui-FluentProvider[data-theme="${theme}"]`).waitFor();
  // Fluent's colours ease over (CSS transitions): a contrast check in the middle of one measures a blend.
  // Endless ones (a spinner) never settle and are left out.
  await frame.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
}
