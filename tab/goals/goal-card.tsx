import {
  Badge,
  Button,
  Caption1,
  Card,
  CardHeader,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { GoalProgress } from '../../shared/rules/goal-progress.ts';
import type { SmartCheckResult } from '../../shared/rules/smart-check.ts';
import type { VersionedGoal } from '../api/api-client.ts';
import { formatDay } from '../format/dates.ts';
import { useGoalsT } from '../i18n/en-US/goals.ts';
import { measureText } from './measure-text.ts';

const useStyles = makeStyles({
  statement: { overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const STATUS_COLOR = { active: 'brand', done: 'success', archived: 'subtle' } as const;

export interface GoalCardActions {
  onEdit(): void;
  onArchive(): void;
  onDelete(): void;
}

/** One goal: owner, due date, status, progress and the SMART verdict; leaders get its actions. */
export function GoalCard({
  goal,
  ownerName,
  progress,
  smart,
  locale,
  busy,
  actions,
}: {
  goal: VersionedGoal;
  ownerName: string;
  progress: GoalProgress;
  smart: SmartCheckResult;
  locale: string;
  busy: boolean;
  /** Absent for members: the controls are hidden, and the API refuses anyway. */
  actions?: GoalCardActions;
}) {
  const styles = useStyles();
  const t = useGoalsT();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { measure } = goal;
  const percent = Math.round(progress.overall * 100);
  return (
    <Card data-testid="goal-card" data-goal-id={goal.id}>
      <CardHeader
        header={
          <Text as="h2" size={400} weight="semibold" className={styles.statement}>
            {goal.statement}
          </Text>
        }
        description={
          <div className={styles.meta}>
            <Caption1>{t('goals.card.owner', { name: ownerName })}</Caption1>
            {goal.dueDate && (
              <Caption1>{t('goals.card.due', { date: formatDay(goal.dueDate, locale) })}</Caption1>
            )}
            <Badge appearance="tint" color={STATUS_COLOR[goal.status]}>
              {t(`goals.status.${goal.status}`)}
            </Badge>
            <Badge
              appearance="tint"
              color={smart.passed ? 'success' : 'warning'}
              data-testid="smart-badge"
              title={
                smart.passed
                  ? undefined
                  : t('goals.card.missing', {
                      criteria: smart.missing.map((name) => t(`goals.smart.criterion.${name}`)).join(', '),
                    })
              }
            >
              {smart.passed
                ? t('goals.card.smart')
                : t('goals.card.notSmart', { count: smart.missing.length })}
            </Badge>
          </div>
        }
      />
      <ProgressBar
        value={progress.overall}
        thickness="large"
        aria-label={t('goals.card.progress', { percent })}
      />
      <div className={styles.lines}>
        <Caption1 data-testid="goal-tasks">
          {progress.totalTasks === 0
            ? t('goals.card.noTasks')
            : t('goals.card.tasksDone', { done: progress.doneTasks, count: progress.totalTasks })}
        </Caption1>
        {measure && <Caption1 data-testid="goal-measure">{measureText(measure, locale, t)}</Caption1>}
      </div>
      {actions && (
        <div className={styles.actions}>
          <Button size="small" onClick={actions.onEdit} disabled={busy}>
            {t('goals.card.edit')}
          </Button>
          {goal.status !== 'archived' && (
            <Button size="small" onClick={actions.onArchive} disabled={busy}>
              {t('goals.card.archive')}
            </Button>
          )}
          {confirmDelete ? (
            <>
              <Button size="small" appearance="primary" onClick={actions.onDelete} disabled={busy}>
                {t('goals.card.confirmDelete')}
              </Button>
              <Button size="small" onClick={() => setConfirmDelete(false)}>
                {t('goals.card.keep')}
              </Button>
            </>
          ) : (
            <Button size="small" onClick={() => setConfirmDelete(true)} disabled={busy}>
              {t('goals.card.delete')}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
