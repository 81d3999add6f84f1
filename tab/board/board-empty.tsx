import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useBoardT } from '../i18n/en-US/board.ts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXL,
    textAlign: 'center',
  },
});

/** The board with nothing to show: no tasks yet, or none that match the filters. */
export function BoardEmpty({ filtered, onAction }: { filtered: boolean; onAction(): void }) {
  const styles = useStyles();
  const t = useBoardT();
  return (
    <div className={styles.root} data-testid={filtered ? 'board-no-matches' : 'board-empty'}>
      <Subtitle2 as="h2">{t(filtered ? 'board.noMatches.title' : 'board.empty.title')}</Subtitle2>
      <Body1>{t(filtered ? 'board.noMatches.body' : 'board.empty.body')}</Body1>
      <Button appearance={filtered ? 'secondary' : 'primary'} onClick={onAction}>
        {t(filtered ? 'board.noMatches.action' : 'board.empty.action')}
      </Button>
    </div>
  );
}
