import { board } from './en-US/board.ts';
import { config } from './en-US/config.ts';
import { dashboard } from './en-US/dashboard.ts';
import { goals } from './en-US/goals.ts';
import { history } from './en-US/history.ts';
import { settings } from './en-US/settings.ts';
import { shell } from './en-US/shell.ts';

/** The tab's default catalog. Its keys are the tab's message keys; it ships in the entry chunk. */
export const EN_US = { ...shell, ...board, ...goals, ...history, ...settings, ...dashboard, ...config };

export type TabMessageKey = keyof typeof EN_US;
