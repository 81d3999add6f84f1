import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { COPIED_FIXTURES, FIXTURES_DIR, UPSTREAM_FIXTURES_DIR } from '../../support/teams-fixtures.ts';

const readJson = (dir: string, name: string): unknown =>
  JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8'));

it('has every fixture the tests load committed inside the repository', () => {
  for (const name of COPIED_FIXTURES)
    expect(existsSync(path.join(FIXTURES_DIR, `${name}.json`)), name).toBe(true);
});

it.skipIf(!existsSync(UPSTREAM_FIXTURES_DIR))('keeps the copies identical to ../shared/fixtures', () => {
  for (const name of COPIED_FIXTURES) {
    expect(readJson(FIXTURES_DIR, name), name).toEqual(readJson(UPSTREAM_FIXTURES_DIR, name));
  }
});
