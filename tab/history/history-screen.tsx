import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useHistoryT } from '../i18n/en-US/history.ts';
import { useContentShown } from '../shell/use-content-shown.ts';
import { useTeamData } from '../shell/team-data.ts';
import { PersonHistory } from './person-history.tsx';
import { PersonPicker } from './person-picker.tsx';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  picker: { maxWidth: '360px' },
});

/** Feedback, recognition and check-ins of one person, newest first; me by default. */
export function HistoryScreen() {
  const styles = useStyles();
  const t = useHistoryT();
  const { board } = useTeamData();
  useContentShown('history');
  const [personId, setPersonId] = useState(board.me.userId);
  return (
    <section className={styles.root} data-testid="history" aria-label={t('history.screen.label')}>
      <div className={styles.picker}>
        <PersonPicker
          members={board.members}
          meId={board.me.userId}
          value={personId}
          onChange={setPersonId}
        />
      </div>
      <PersonHistory key={personId} personId={personId} onShowPerson={setPersonId} />
    </section>
  );
}
