import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints `code` as if it were the file at `filePath`, and returns the boundary violations. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('import boundaries', () => {
  it.each([
    ['botbuilder', "import { ActivityHandler } from 'botbuilder';"],
    ['teams-js', "import { app } from '@microsoft/teams-js';"],
    ['express', "import express from 'express';"],
    ['react', "import { useState } from 'react';"],
    ['storage SDK', "import { TableClient } from '@azure/data-tables';"],
    ['node I/O', "import { readFileSync } from 'node:fs';"],
    ['bot code', "import { startService } from '../../bot/server.ts';"],
  ])('shared/domain may not import %s', async (_name, code) => {
    expect(await boundaryErrors('shared/domain/fixture.ts', code)).toHaveLength(1);
  });

  it('shared/store may use the storage SDK but not botbuilder or express', async () => {
    expect(
      await boundaryErrors('shared/store/fixture.ts', "import { TableClient } from '@azure/data-tables';"),
    ).toEqual([]);
    expect(
      await boundaryErrors('shared/store/fixture.ts', "import { CloudAdapter } from 'botbuilder';"),
    ).toHaveLength(1);
    expect(await boundaryErrors('shared/store/fixture.ts', "import express from 'express';")).toHaveLength(1);
  });

  it('only bot/teams/ imports botbuilder', async () => {
    const code = "import { CloudAdapter } from 'botbuilder';";
    expect(await boundaryErrors('bot/teams/fixture.ts', code)).toEqual([]);
    expect(await boundaryErrors('bot/http/fixture.ts', code)).toHaveLength(1);
    expect(await boundaryErrors('bot/handlers/fixture.ts', code)).toHaveLength(1);
    expect(
      await boundaryErrors('bot/handlers/fixture.ts', "import { TurnContext } from 'botframework-schema';"),
    ).toHaveLength(1);
  });

  it('only tab/teams/teams-sdk.ts imports teams-js', async () => {
    const code = "import { app } from '@microsoft/teams-js';";
    expect(await boundaryErrors('tab/teams/teams-sdk.ts', code)).toEqual([]);
    expect(await boundaryErrors('tab/teams/other.ts', code)).toHaveLength(1);
    expect(await boundaryErrors('tab/board/fixture.tsx', code)).toHaveLength(1);
  });

  it('the tab reaches storage only through the API', async () => {
    expect(
      await boundaryErrors('tab/fixture.ts', "import { TableClient } from '@azure/data-tables';"),
    ).toHaveLength(1);
  });
});
