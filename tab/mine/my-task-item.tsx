import { Badge, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import type { MyTask } from '../../shared/api/my-work.ts';
import { formatDay } from '../format/dates.ts';
import { useMineT } from '../i18n/en-US/mine.ts';
import type { PersonalSession } from '../session/session.ts';
import { isTeamsLink } from './mine-format.ts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  goal: { overflowWrap: 'anywhere', minWidth: 0, color: tokens.colorNeutralForeground2 },
});

const STATUS_COLORS = { todo: 'informative', doing: 'brand', blocked: 'danger' } as const;

/** A task: its title (opening it in the team's tab where Cadence knows the channel), status, due date, goal. */
export function MyTaskItem({ task, session }: { task: MyTask; session: PersonalSession }) {
  const styles = useStyles();
  const t = useMineT();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!task.link || !session.openLink || !isTeamsLink(task.link)) return;
    event.preventDefault();
    session.openLink(task.link);
  };
  const due = task.dueDate && formatDay(task.dueDate, session.locale);
  return (
    <li className={styles.root} data-testid="mine-task" data-task-id={task.id}>
      {task.link ? (
        <Link
          href={task.link}
          target="_top"
          className={styles.title}
          onClick={open}
          aria-label={t('mine.task.open', { title: task.title })}
        >
          {task.title}
        </Link>
      ) : (
        <Text className={styles.title}>{task.title}</Text>
      )}
      <div className={styles.meta}>
        <Badge appearance="tint" color={STATUS_COLORS[task.status]} data-testid="mine-task-status">
          {t(`mine.status.${task.status}`)}
        </Badge>
        {due && task.overdue && (
          <Badge appearance="filled" color="danger" data-testid="mine-task-overdue">
            {t('mine.task.overdue', { date: due })}
          </Badge>
        )}
        {due && !task.overdue && <Caption1>{t('mine.task.due', { date: due })}</Caption1>}
        {!due && <Caption1>{t('mine.task.noDue')}</Caption1>}
        {task.goalTitle && (
          <Caption1 className={styles.goal}>{t('mine.task.goal', { goal: task.goalTitle })}</Caption1>
        )}
      </div>
    </li>
  );
}
