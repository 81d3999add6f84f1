import type { Message } from '../../shared/i18n/message.ts';
import { board } from './de-DE/board.ts';
import { config } from './de-DE/config.ts';
import { dashboard } from './de-DE/dashboard.ts';
import { goals } from './de-DE/goals.ts';
import { history } from './de-DE/history.ts';
import { mine } from './de-DE/mine.ts';
import { settings } from './de-DE/settings.ts';
import { shell } from './de-DE/shell.ts';

/** The tab in German, every screen's words in one chunk, downloaded only when the Teams locale is German. */
export const DE_DE: Readonly<Record<string, Message>> = {
  ...shell,
  ...board,
  ...goals,
  ...history,
  ...settings,
  ...dashboard,
  ...config,
  ...mine,
};
