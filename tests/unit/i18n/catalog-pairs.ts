import { tasks as tasksCardDe } from '../../../shared/cards/i18n/de-DE/tasks.ts';
import { tasks as tasksCard } from '../../../shared/cards/i18n/en-US/tasks.ts';
import { assignment as assignmentCardDe } from '../../../shared/cards/i18n/de-DE/assignment.ts';
import { assignment as assignmentCard } from '../../../shared/cards/i18n/en-US/assignment.ts';
import { recognition as recognitionCardDe } from '../../../shared/cards/i18n/de-DE/recognition.ts';
import { recognition as recognitionCard } from '../../../shared/cards/i18n/en-US/recognition.ts';
import { feedback as feedbackCardDe } from '../../../shared/cards/i18n/de-DE/feedback.ts';
import { feedback as feedbackCard } from '../../../shared/cards/i18n/en-US/feedback.ts';
import { review as reviewCardDe } from '../../../shared/cards/i18n/de-DE/review.ts';
import { review as reviewCard } from '../../../shared/cards/i18n/en-US/review.ts';
import { repliesWork as repliesWorkCardDe } from '../../../shared/cards/i18n/de-DE/replies-work.ts';
import { repliesWork as repliesWorkCard } from '../../../shared/cards/i18n/en-US/replies-work.ts';
import { checkIn as checkInDe } from '../../../shared/cards/i18n/de-DE/check-in.ts';
import { chooseTeam as chooseTeamDe } from '../../../shared/cards/i18n/de-DE/choose-team.ts';
import { common as commonDe } from '../../../shared/cards/i18n/de-DE/common.ts';
import { digest as digestDe } from '../../../shared/cards/i18n/de-DE/digest.ts';
import { help as helpDe } from '../../../shared/cards/i18n/de-DE/help.ts';
import { reminder as reminderDe } from '../../../shared/cards/i18n/de-DE/reminder.ts';
import { replies as repliesDe } from '../../../shared/cards/i18n/de-DE/replies.ts';
import { summary as summaryDe } from '../../../shared/cards/i18n/de-DE/summary.ts';
import { welcome as welcomeDe } from '../../../shared/cards/i18n/de-DE/welcome.ts';
import { checkIn } from '../../../shared/cards/i18n/en-US/check-in.ts';
import { chooseTeam } from '../../../shared/cards/i18n/en-US/choose-team.ts';
import { common } from '../../../shared/cards/i18n/en-US/common.ts';
import { digest } from '../../../shared/cards/i18n/en-US/digest.ts';
import { help } from '../../../shared/cards/i18n/en-US/help.ts';
import { reminder } from '../../../shared/cards/i18n/en-US/reminder.ts';
import { replies } from '../../../shared/cards/i18n/en-US/replies.ts';
import { summary } from '../../../shared/cards/i18n/en-US/summary.ts';
import { welcome } from '../../../shared/cards/i18n/en-US/welcome.ts';
import type { Catalog } from '../../../shared/i18n/message.ts';
import { board as boardDe } from '../../../tab/i18n/de-DE/board.ts';
import { config as configDe } from '../../../tab/i18n/de-DE/config.ts';
import { dashboard as dashboardDe } from '../../../tab/i18n/de-DE/dashboard.ts';
import { goals as goalsDe } from '../../../tab/i18n/de-DE/goals.ts';
import { history as historyDe } from '../../../tab/i18n/de-DE/history.ts';
import { mine as mineDe } from '../../../tab/i18n/de-DE/mine.ts';
import { settings as settingsDe } from '../../../tab/i18n/de-DE/settings.ts';
import { shell as shellDe } from '../../../tab/i18n/de-DE/shell.ts';
import { board } from '../../../tab/i18n/en-US/board.ts';
import { config } from '../../../tab/i18n/en-US/config.ts';
import { dashboard } from '../../../tab/i18n/en-US/dashboard.ts';
import { goals } from '../../../tab/i18n/en-US/goals.ts';
import { history } from '../../../tab/i18n/en-US/history.ts';
import { mine } from '../../../tab/i18n/en-US/mine.ts';
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
  { name: 'cards/common', english: common, german: commonDe },
  { name: 'cards/help', english: help, german: helpDe },
  { name: 'cards/welcome', english: welcome, german: welcomeDe },
  { name: 'cards/chooseTeam', english: chooseTeam, german: chooseTeamDe },
  { name: 'cards/checkIn', english: checkIn, german: checkInDe },
  { name: 'cards/reminder', english: reminder, german: reminderDe },
  { name: 'cards/summary', english: summary, german: summaryDe },
  { name: 'cards/digest', english: digest, german: digestDe },
  { name: 'cards/replies', english: replies, german: repliesDe },
  { name: 'tab/mine', english: mine, german: mineDe },
  { name: 'cards/tasks', english: tasksCard, german: tasksCardDe },
  { name: 'cards/assignment', english: assignmentCard, german: assignmentCardDe },
  { name: 'cards/recognition', english: recognitionCard, german: recognitionCardDe },
  { name: 'cards/feedback', english: feedbackCard, german: feedbackCardDe },
  { name: 'cards/review', english: reviewCard, german: reviewCardDe },
  { name: 'cards/repliesWork', english: repliesWorkCard, german: repliesWorkCardDe },
];
