import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run package', () => {
  it('fails with exit code 1 and a one-line message, no stack trace, for an unknown environment', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'appPackage/tools/package-cli.ts', '--env', 'no-such-env'],
      { encoding: 'utf8', timeout: 15_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^No environment "no-such-env": env[/\\]\.env\.no-such-env does not exist\. Environments here: .*sample/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
