import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AdaptiveCard, CardElement } from '../../shared/cards/adaptive-card.ts';
import { digestCard } from '../../shared/cards/digest-card.ts';
import { summaryCard } from '../../shared/cards/summary-card.ts';
import { digestFigures } from '../../shared/rules/accountability/digest-figures.ts';
import { summaryFigures } from '../../shared/rules/accountability/summary-figures.ts';
import { addWeeks, isoWeekKey } from '../../shared/rules/week.ts';
import { buildDemoTeam } from './demo-team.ts';

/** A card's text as a reader sees it: one line per TextBlock, markdown escapes removed. */
export function cardText(card: AdaptiveCard): string {
  const lines: string[] = [];
  const walk = (elements: readonly CardElement[]) => {
    for (const element of elements) {
      if (element['type'] === 'TextBlock') lines.push(String(element['text']).replace(/\\(.)/g, '$1'));
      for (const key of ['items', 'columns', 'body']) {
        const nested = element[key];
        if (Array.isArray(nested)) walk(nested as CardElement[]);
      }
    }
  };
  walk(card.body);
  return `${lines.join('\n')}\n`;
}

/**
 * The acceptance texts: the summary card and a leader's digest built from the demo team of `now`, for
 * last week (the demo's latest answered week).
 */
export function demoTexts(now: Date): { summary: string; digest: string } {
  const demo = buildDemoTeam(now);
  const week = addWeeks(isoWeekKey(now, demo.team.settings.timeZone), -1);
  const data = { ...demo, team: demo.team };
  return {
    summary: cardText(summaryCard(summaryFigures(data, week, now), 'en-US')),
    digest: cardText(digestCard(digestFigures(data, week, now), 'en-US')),
  };
}

export function writeDemoTexts(now: Date, directory: string): { summary: string; digest: string } {
  const texts = demoTexts(now);
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, 'summary-card.txt'), texts.summary);
  writeFileSync(path.join(directory, 'digest.txt'), texts.digest);
  return texts;
}

// `npx tsx bot/local/print-summary.ts`: prints both texts and writes them to .cache/.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const texts = writeDemoTexts(new Date(), path.resolve('.cache'));
  process.stdout.write(`${texts.summary}\n${texts.digest}`);
}
