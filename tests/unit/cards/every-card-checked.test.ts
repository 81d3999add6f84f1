import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CARDS = path.join(ROOT, 'shared/cards');
const CARD_TESTS = path.join(ROOT, 'tests/unit/cards');

it('has every card builder of shared/cards parsed by the adaptivecards checker in a test', () => {
  const builders = readdirSync(CARDS).filter((file) => file.endsWith('-card.ts'));
  const tests = readdirSync(CARD_TESTS)
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => readFileSync(path.join(CARD_TESTS, file), 'utf8'))
    .filter((source) => source.includes('checkCard('));
  const unchecked = builders.filter(
    (file) => !tests.some((source) => source.includes(`shared/cards/${file}'`)),
  );
  expect(builders.length).toBeGreaterThan(10);
  expect(unchecked).toEqual([]);
});
