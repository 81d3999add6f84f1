import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { COPIED_FIXTURES, FIXTURES_DIR } from '../../support/teams-fixtures.ts';

it('has every fixture the tests load committed inside the repository', () => {
  for (const name of COPIED_FIXTURES)
    expect(existsSync(path.join(FIXTURES_DIR, `${name}.json`)), name).toBe(true);
});
