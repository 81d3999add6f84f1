import { describe, expect, it } from 'vitest';
import { blockingViolations, describeViolations } from './support/axe.ts';
import { openScreen, SCREENS, THEMES, type Screen, type Theme } from './support/screens.ts';
import { app, page, useE2eSession } from './support/e2e-session.ts';

useE2eSession();

/** Every screen in every Teams theme: contrast failures differ per theme. */
const CASES: [Screen, Theme][] = SCREENS.flatMap((screen) =>
  (Object.keys(THEMES) as Theme[]).map((theme): [Screen, Theme] => [screen, theme]),
);

describe('accessibility (axe-core) of the tab in the local Teams host', () => {
  it.each(CASES)(
    'the %s screen in the %s theme has no serious or critical violations',
    async (screen, theme) => {
      const frame = await openScreen(page, app.url, screen, { theme });
      // The whole tab document: the shell's header and tabs as well as the screen.
      const violations = await blockingViolations(frame);
      expect(violations, describeViolations(violations)).toEqual([]);
    },
    30_000,
  );

  it('the scan runs inside the tab frame and catches a violation there', async () => {
    const frame = await openScreen(page, app.url, 'board');
    await frame.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      img.dataset.testid = 'unlabelled-image';
      document.querySelector('[data-testid="screen-board"]')?.append(img);
    });
    const violations = await blockingViolations(frame);
    expect(violations.map((v) => [v.id, v.impact])).toEqual([['image-alt', 'critical']]);
    expect(violations[0]?.targets.join()).toContain('unlabelled-image');
  });
});
