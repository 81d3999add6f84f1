import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { offlineContext } from '../e2e/support/browser.ts';
import { openHost, tabFrame } from '../e2e/support/host-page.ts';
import { percentile, round } from './stats.ts';

export interface TabLoads {
  /** Median of navigation start → `board-ready` in the tab's frame. */
  boardReadyMs: number;
  /** Median of the host creating the tab's frame → the host hearing notifySuccess. */
  notifySuccessMs: number;
  /** Median of navigation start → the board API's response fully received: how much of ready is the API. */
  boardResponseMs: number;
  /** Elements in the tab's document once the board is ready (last load). */
  domNodes: number;
  samples: number;
}

/**
 * Opens the board in the local Teams host `loads` times, each in a new host page, after one unmeasured
 * load: the assets are then in the HTTP cache, as for someone who opens the tab every day.
 */
export async function measureBoardLoads(
  browser: Browser,
  origin: string,
  userId: string,
  loads: number,
): Promise<TabLoads> {
  const context = await offlineContext(browser, origin);
  const ready: number[] = [];
  const notify: number[] = [];
  const response: number[] = [];
  let domNodes = 0;
  try {
    for (let i = 0; i <= loads; i += 1) {
      const page = await context.newPage();
      await openHost(page, origin, { user: userId });
      await page.waitForFunction(() => window.__host.notifySuccessAt !== undefined, undefined, {
        timeout: 30_000,
      });
      const frame = await tabFrame(page);
      const boardReadyAt = await frame.evaluate(() => window.__cadence.boardReady);
      const host = await page.evaluate(() => window.__host);
      const boardResponseAt = await frame.evaluate(() => {
        const entry = performance
          .getEntriesByType('resource')
          .find((e) => new URL(e.name).pathname.endsWith('/board'));
        return entry instanceof PerformanceResourceTiming ? entry.responseEnd : undefined;
      });
      if (boardResponseAt === undefined) throw new Error('the tab fetched no board');
      domNodes = await frame.evaluate(() => document.querySelectorAll('*').length);
      if (i > 0) {
        ready.push(boardReadyAt);
        notify.push((host.notifySuccessAt ?? NaN) - (host.frameStartedAt ?? NaN));
        response.push(boardResponseAt);
      }
      await page.close();
    }
  } finally {
    await context.close();
  }
  return {
    boardReadyMs: round(percentile(ready, 50)),
    notifySuccessMs: round(percentile(notify, 50)),
    boardResponseMs: round(percentile(response, 50)),
    domNodes,
    samples: ready.length,
  };
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/**
 * Gzipped size of what the tab's page loads before anything lazy: the `index.html` entry chunk and its
 * static imports, transitively, as listed in Vite's build manifest.
 */
export function initialJsGzipKb(tabDir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(tabDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no chunk ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  let bytes = 0;
  for (const key of seen) bytes += gzipSync(readFileSync(path.join(tabDir, manifest[key]!.file))).length;
  return round(bytes / 1024);
}
