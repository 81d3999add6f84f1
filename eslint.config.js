import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const botbuilder = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/agents-*'];
const teamsJs = ['@microsoft/teams-js', '@microsoft/teams-js/*'];
const frameworks = [
  'express',
  'express/*',
  'react',
  'react-dom',
  'react-dom/*',
  '@fluentui/*',
  'pino',
  'pino-*',
];
const io = ['node:*', 'fs', 'http', 'https', 'net', '@azure/*'];

/** One `no-restricted-imports` rule from named groups, so each boundary reads as a sentence. */
function forbid(...groups) {
  return {
    'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
  };
}

export const boundaryRules = {
  domain: forbid(
    [botbuilder, 'shared/ is pure: botbuilder lives only in bot/teams/.'],
    [teamsJs, 'shared/ is pure: teams-js lives only in tab/teams/teams-sdk.ts.'],
    [frameworks, 'shared/ is pure: no frameworks.'],
    [io, 'shared/ domain code does no I/O: storage lives in shared/store/.'],
    [['**/bot/**', '**/tab/**'], 'shared/ must not depend on bot/ or tab/.'],
  ),
  store: forbid(
    [botbuilder, 'shared/ is pure: botbuilder lives only in bot/teams/.'],
    [teamsJs, 'shared/ is pure: teams-js lives only in tab/teams/teams-sdk.ts.'],
    [frameworks, 'shared/ imports no frameworks.'],
    [['**/bot/**', '**/tab/**'], 'shared/ must not depend on bot/ or tab/.'],
  ),
  bot: forbid(
    [botbuilder, 'Only bot/teams/ imports botbuilder: keep the SDK behind one folder.'],
    [teamsJs, 'teams-js is for the tab.'],
    [['**/tab/**'], 'bot/ must not import tab/ code.'],
  ),
  tab: forbid(
    [teamsJs, 'Only tab/teams/teams-sdk.ts talks to teams-js.'],
    [botbuilder, 'botbuilder is for the bot.'],
    [
      ['express', '@azure/*', 'pino', '**/bot/**', '**/shared/store/**'],
      'The tab reaches data only through the API.',
    ],
  ),
  tabTeams: forbid(
    [botbuilder, 'botbuilder is for the bot.'],
    [
      ['express', '@azure/*', 'pino', '**/bot/**', '**/shared/store/**'],
      'The tab reaches data only through the API.',
    ],
  ),
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.bench/', '.cache/', 'coverage/', 'appPackage/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through bot/config.ts only.' },
      ],
    },
  },
  { files: ['shared/**/*.{ts,tsx}'], ignores: ['shared/store/**'], rules: boundaryRules.domain },
  { files: ['shared/store/**/*.ts'], rules: boundaryRules.store },
  { files: ['bot/**/*.ts'], ignores: ['bot/teams/**'], rules: boundaryRules.bot },
  {
    files: ['tab/**/*.{ts,tsx}'],
    ignores: ['tab/teams/teams-sdk.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...boundaryRules.tab, ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['tab/teams/teams-sdk.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: boundaryRules.tabTeams,
  },
  { files: ['bot/config.ts'], rules: { 'no-restricted-properties': 'off' } },
  // Packaging fills the manifest from env files overridden by the process environment (CI).
  { files: ['appPackage/tools/package-cli.ts'], rules: { 'no-restricted-properties': 'off' } },
  { files: ['tests/**/*.ts', 'bot/local/**/*.ts', '**/*.test.ts'], rules: { 'no-console': 'off' } },
);
