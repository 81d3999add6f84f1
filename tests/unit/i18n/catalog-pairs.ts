import type { Catalog } from '../../../shared/i18n/message.ts';
import { board as boardDe } from '../../../tab/i18n/de-DE/board.ts';
import { config as configDe } from '../../../tab/i18n/de-DE/config.ts';
import { dashboard as dashboardDe } from '../../../tab/i18n/de-DE/dashboard.ts';
import { goals as goalsDe } from '../../../tab/i18n/de-DE/goals.ts';
import { history as historyDe } from '../../../tab/i18n/de-DE/history.ts';
import { settings as settingsDe } from '../../../tab/i18n/de-DE/settings.ts';
import { shell as shellDe } from '../../../tab/i18n/de-DE/shell.ts';
import { board } from '../../../tab/i18n/en-US/board.ts';
import { config } from '../../../tab/i18n/en-US/config.ts';
import { dashboard } from '../../../tab/i18n/en-US/dashboard.ts';
import { goals } from '../../../tab/i18n/en-US/goals.ts';
import { history } from '../../../tab/i18n/en-US/history.ts';
import { settings } from '../../../tab/i18n/en-US/settings.ts';
import { shell } from '../../../tab/i18n/en-US/shell.ts';

/** Every English catalog with its German translation. A new catalog must be added here. */
export const CATALOG_PAIRS: { name: string; english: Catalog; german: Catalog }[] = [
  { name: 'tab/shell', english: shell, german: shellDe },
  { name: 'tab/board', english: board, german: boardDe },
  { name: 'tab/goals', english: goals, german: goalsDe },
  { name: 'tab/history', english: history, german: historyDe },
  { name: 'tab/settings', english: settings, german: settingsDe },
  { name: 'tab/dashboard', english: dashboard, german: dashboardDe },
  { name: 'tab/config', english: config, german: configDe },
];
