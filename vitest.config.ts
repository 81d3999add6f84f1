import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'shared/**/*.test.ts', 'bot/**/*.test.ts', 'tab/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/support/azurite-global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
