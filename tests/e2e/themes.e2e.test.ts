import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme as FluentTheme,
} from '@fluentui/react-components';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser.ts';
import {
  openScreen,
  SCREENS,
  screenContainer,
  switchTheme,
  THEMES,
  type Screen,
  type Theme,
} from './support/screens.ts';
import { app, page, useE2eSession } from './support/e2e-session.ts';

const FLUENT: Record<Theme, FluentTheme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
const THEME_ORDER = Object.keys(THEMES) as Theme[];

/** `#rrggbb` as the `rgb(r, g, b)` that getComputedStyle reports. */
function rgb(hex: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return `rgb(${match
    .slice(1)
    .map((pair) => parseInt(pair, 16))
    .join(', ')})`;
}

interface PaintedColours {
  providerBackground: string;
  providerText: string;
  titleText: string;
  /** The first non-transparent background behind the screen's panel (the panel or an ancestor). */
  behindScreen: string;
}

function paintedColours(frame: Frame, screen: Screen): Promise<PaintedColours> {
  return frame.evaluate((testId) => {
    const provider = document.querySelector('.fui-FluentProvider[data-theme]');
    const title = document.querySelector('[data-testid="team-name"]');
    if (!provider || !title) throw new Error('the tab shows no themed root or title');
    let behind: Element | null = document.querySelector(`[data-testid="${testId}"]`);
    let behindScreen = 'none';
    while (behind) {
      const colour = getComputedStyle(behind).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
        behindScreen = colour;
        break;
      }
      behind = behind.parentElement;
    }
    return {
      providerBackground: getComputedStyle(provider).backgroundColor,
      providerText: getComputedStyle(provider).color,
      titleText: getComputedStyle(title).color,
      behindScreen,
    };
  }, `screen-${screen}`);
}

function horizontalOverflow(frame: Frame, screen: Screen) {
  return frame.evaluate((testId) => {
    const panel = document.querySelector(`[data-testid="${testId}"]`);
    const nav = document.querySelector('[data-testid="view-nav"]');
    const root = document.documentElement;
    return {
      document: { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth },
      screen: { scrollWidth: panel?.scrollWidth ?? -1, clientWidth: panel?.clientWidth ?? -1 },
      tabs: { scrollWidth: nav?.scrollWidth ?? -1, clientWidth: nav?.clientWidth ?? -1 },
    };
  }, `screen-${screen}`);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.getByTestId('tab-frame').screenshot({ path: screenshotPath(name), animations: 'disabled' });
}

useE2eSession();

describe.each(SCREENS)('the %s screen', (screen) => {
  it('paints the light, dark and high-contrast Teams themes as the host switches them live', async () => {
    const frame = await openScreen(page, app.url, screen);
    for (const theme of THEME_ORDER) {
      await switchTheme(page, frame, theme);
      const tokens = FLUENT[theme];
      expect(await paintedColours(frame, screen)).toEqual({
        providerBackground: rgb(tokens.colorNeutralBackground1),
        providerText: rgb(tokens.colorNeutralForeground1),
        titleText: rgb(tokens.colorNeutralForeground1),
        behindScreen: rgb(tokens.colorNeutralBackground1),
      });
      await screenshot(page, `${screen}-${THEMES[theme]}`);
    }
    // Live: the tab followed every change without the host reloading its frame.
    expect(await page.evaluate(() => window.__host.loads)).toBe(1);
  });

  it('fits a 375 px phone with no horizontal scroll, in every theme', async () => {
    const frame = await openScreen(page, app.url, screen, { width: 'mobile' });
    expect(
      await page.getByTestId('tab-frame').evaluate((el) => el.getBoundingClientRect().width),
    ).toBeLessThanOrEqual(375);
    expect(await screenContainer(frame, screen).isVisible()).toBe(true);
    for (const theme of THEME_ORDER) {
      await switchTheme(page, frame, theme);
      const overflow = await horizontalOverflow(frame, screen);
      expect(overflow.document.scrollWidth).toBeLessThanOrEqual(overflow.document.clientWidth);
      expect(overflow.screen.clientWidth).toBeGreaterThan(0);
      expect(overflow.screen.scrollWidth).toBeLessThanOrEqual(overflow.screen.clientWidth);
      // Every screen's tab is in sight: none hides past the edge of the tab bar.
      expect(overflow.tabs.scrollWidth).toBeLessThanOrEqual(overflow.tabs.clientWidth);
      await screenshot(page, `${screen}-${THEMES[theme]}-375`);
    }
  });
});
