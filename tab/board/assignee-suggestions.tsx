import { Avatar, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { BoardResponse } from '../../shared/api/board.ts';
import { suggestAssignees } from '../../shared/rules/suggest-assignee.ts';
import { useBoardT } from '../i18n/en-US/board.ts';

const SHOWN = 3;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, listStyleType: 'none' },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
});

interface AssigneeSuggestionsProps {
  board: BoardResponse;
  tags: readonly string[];
  today: string;
  selected: string;
  onPick(userId: string): void;
}

/** Who could take the task: skills matching its tags first, then the least work in progress. */
export function AssigneeSuggestions({ board, tags, today, selected, onPick }: AssigneeSuggestionsProps) {
  const styles = useStyles();
  const t = useBoardT();
  const suggestions = useMemo(
    () =>
      suggestAssignees({
        taskTags: tags,
        members: board.members,
        tasks: board.tasks,
        wipLimit: board.team.settings.wipLimit,
        today,
      }).slice(0, SHOWN),
    [board.members, board.tasks, board.team.settings.wipLimit, tags, today],
  );
  const names = new Map(board.members.map((m) => [m.userId, m.name]));
  return (
    <ul className={styles.list} aria-label={t('board.suggest.label')} data-testid="assignee-suggestions">
      {suggestions.map((s) => {
        const name = names.get(s.userId) ?? t('board.suggest.member');
        const why = [
          s.skillMatches.length > 0
            ? t('board.suggest.skills', { skills: s.skillMatches.join(', ') })
            : t('board.suggest.noSkills'),
          t(s.overLimit ? 'board.suggest.wipOver' : 'board.suggest.wip', { wip: s.wip }),
          ...(s.paused ? [t('board.suggest.paused')] : []),
        ].join(' · ');
        return (
          <li key={s.userId} className={styles.item}>
            <Avatar size={24} name={name} />
            <span className={styles.who}>
              <span>{name}</span>
              <Caption1>{why}</Caption1>
            </span>
            <Button
              size="small"
              disabled={selected === s.userId}
              aria-label={t(selected === s.userId ? 'board.suggest.assignedTo' : 'board.suggest.assignTo', {
                name,
              })}
              onClick={() => onPick(s.userId)}
            >
              {t(selected === s.userId ? 'board.suggest.assigned' : 'board.suggest.assign')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
