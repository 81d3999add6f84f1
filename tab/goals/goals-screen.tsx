import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import { goalProgress } from '../../shared/rules/goal-progress.ts';
import { smartCheck } from '../../shared/rules/smart-check.ts';
import type { VersionedGoal } from '../api/api-client.ts';
import { usableLocale } from '../format/locale.ts';
import { useGoalsT } from '../i18n/en-US/goals.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import { useContentShown } from '../shell/use-content-shown.ts';
import { useTeamData } from '../shell/team-data.ts';
import { GoalCard } from './goal-card.tsx';
import { GoalConflict } from './goal-conflict.tsx';
import { conflictGoal, describeGoalError } from './goal-errors.ts';
import { useGoalStore } from './use-goal-store.ts';

const GoalDialog = lazy(() => import('./goal-dialog.tsx').then((m) => ({ default: m.GoalDialog })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
  },
  item: { listStyleType: 'none', minWidth: 0 },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

type DialogState = { goal?: VersionedGoal } | undefined;

const STATUS_ORDER = { active: 0, done: 1, archived: 2 } as const;

/** The team's goals with their progress and SMART verdict; leaders create, edit, archive and delete. */
export function GoalsScreen() {
  const styles = useStyles();
  const t = useGoalsT();
  const shellT = useShellT();
  const { api, board, session } = useTeamData();
  const store = useGoalStore();
  useContentShown('goals');
  const [dialog, setDialog] = useState<DialogState>();
  const [busyId, setBusyId] = useState<string>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<VersionedGoal>();
  const isLeader = board.me.isLeader;
  const locale = usableLocale(session.locale);
  const names = new Map(board.members.map((m) => [m.userId, m.name]));
  const goals = [...board.goals].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);

  const write = async (goal: VersionedGoal, action: () => Promise<void>) => {
    setBusyId(goal.id);
    setError(undefined);
    setConflict(undefined);
    try {
      await action();
    } catch (failure) {
      const current = conflictGoal(failure);
      if (current) {
        store.put(current);
        setConflict(current);
      } else {
        setError(describeGoalError(failure, t, shellT));
      }
    } finally {
      setBusyId(undefined);
    }
  };
  const archive = (goal: VersionedGoal) =>
    write(goal, async () => store.put(await api.updateGoal(goal.id, goal.etag, { status: 'archived' })));
  const remove = (goal: VersionedGoal) =>
    write(goal, async () => {
      await api.deleteGoal(goal.id, goal.etag);
      store.remove(goal.id);
    });

  return (
    <section className={styles.root} data-testid="goals" aria-label={t('goals.screen.title')}>
      <div className={styles.toolbar}>
        <Subtitle2 as="h1">{t('goals.screen.title')}</Subtitle2>
        {isLeader && goals.length > 0 && (
          <Button appearance="primary" onClick={() => setDialog({})} data-testid="new-goal">
            {t('goals.screen.new')}
          </Button>
        )}
      </div>
      {conflict && (
        <GoalConflict
          current={conflict}
          actionLabel={t('goals.screen.ok')}
          onAction={() => setConflict(undefined)}
        />
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {goals.length === 0 ? (
        <div className={styles.empty} data-testid="goals-empty">
          <Body1>{t('goals.screen.empty')}</Body1>
          {isLeader ? (
            <Button appearance="primary" onClick={() => setDialog({})} data-testid="new-goal">
              {t('goals.screen.new')}
            </Button>
          ) : (
            <Body1>{t('goals.screen.leadersSet')}</Body1>
          )}
        </div>
      ) : (
        <ul className={styles.list}>
          {goals.map((goal) => (
            <li key={goal.id} className={styles.item} data-testid={`goal-card-${goal.id}`}>
              <GoalCard
                goal={goal}
                ownerName={names.get(goal.ownerId) ?? t('goals.screen.formerMember')}
                progress={goalProgress(goal, board.tasks)}
                smart={smartCheck(goal)}
                locale={locale}
                busy={busyId === goal.id}
                actions={
                  isLeader
                    ? {
                        onEdit: () => setDialog({ goal }),
                        onArchive: () => void archive(goal),
                        onDelete: () => void remove(goal),
                      }
                    : undefined
                }
              />
            </li>
          ))}
        </ul>
      )}
      {dialog && (
        <Suspense fallback={null}>
          <GoalDialog
            goal={dialog.goal}
            onClose={() => setDialog(undefined)}
            onFresh={store.put}
            onSaved={(goal) => {
              store.put(goal);
              setDialog(undefined);
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
