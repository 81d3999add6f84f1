import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { writeDemoTexts } from '../../../bot/local/print-summary.ts';

const NOW = new Date('2026-03-12T15:00:00Z');

it('writes the summary card and a leader digest of the seeded demo team to .cache as text', () => {
  const directory = path.resolve('.cache');
  const texts = writeDemoTexts(NOW, directory);
  expect(readFileSync(path.join(directory, 'summary-card.txt'), 'utf8')).toBe(texts.summary);
  expect(readFileSync(path.join(directory, 'digest.txt'), 'utf8')).toBe(texts.digest);
  expect(texts.summary).toContain(
    'Check-in summary · week 10 of 2026\nNorthwind Launch\nParticipation\n6 of 7 answered (86%)',
  );
  expect(texts.summary).toContain('Still missing: <at>Gwen Park</at>');
  expect(texts.summary).toContain('Confidence\nW07 – → W08 – → W09 3.0 → W10 3.5 (rising)');
  expect(texts.digest).toContain('Feedback gaps (3)\n• Chen Wei · no feedback yet');
  expect(texts.digest).toContain(
    'Auto-assign tickets by language · Bob Example · blocked 1 day: Vendor API key pending',
  );
});
