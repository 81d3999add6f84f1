import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  CalendarRegular,
  CommentRegular,
  HourglassHalfRegular,
  RibbonRegular,
  TargetRegular,
} from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { blockedForDays, isOverdue } from '../../shared/rules/board-view.ts';
import type { VersionedTask } from '../api/api-client.ts';
import { formatDay } from '../format/dates.ts';
import { useBoardT } from '../i18n/en-US/board.ts';
import type { CardEnv } from './card-env.ts';

const useStyles = makeStyles({
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  blocked: { color: tokens.colorPaletteDarkOrangeForeground1 },
  goal: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    maxWidth: '100%',
    minWidth: 0,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  goalText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '14rem' },
});

/** The card's second line: assignee, due date, goal, how long blocked, and linked feedback/recognition. */
export function TaskCardMeta({
  task,
  env,
  children,
}: {
  task: VersionedTask;
  env: CardEnv;
  children?: ReactNode;
}) {
  const styles = useStyles();
  const t = useBoardT();
  const overdue = isOverdue(task, env.today);
  const blockedDays = blockedForDays(task, env.now);
  const goal = task.goalId ? (env.goals.get(task.goalId) ?? t('board.goal.removed')) : undefined;
  const counts = env.linkCounts[task.id];
  return (
    <div className={styles.meta}>
      {children}
      {task.dueDate && (
        <span className={mergeClasses(styles.item, overdue && styles.overdue)}>
          <CalendarRegular aria-hidden />
          {t(overdue ? 'board.card.overdue' : 'board.card.due', {
            date: formatDay(task.dueDate, env.locale),
          })}
        </span>
      )}
      {blockedDays !== undefined && (
        <span className={mergeClasses(styles.item, styles.blocked)}>
          <HourglassHalfRegular aria-hidden />
          {t('board.card.blockedDays', { days: blockedDays })}
        </span>
      )}
      {goal && (
        <span className={styles.goal} title={goal}>
          <TargetRegular aria-hidden />
          <span className={styles.goalText}>{goal}</span>
        </span>
      )}
      {counts && counts.feedback > 0 && (
        <span
          className={styles.item}
          role="img"
          aria-label={t('board.card.feedback', { count: counts.feedback })}
        >
          <CommentRegular aria-hidden />
          {counts.feedback}
        </span>
      )}
      {counts && counts.recognition > 0 && (
        <span
          className={styles.item}
          role="img"
          aria-label={t('board.card.recognition', { count: counts.recognition })}
        >
          <RibbonRegular aria-hidden />
          {counts.recognition}
        </span>
      )}
    </div>
  );
}
