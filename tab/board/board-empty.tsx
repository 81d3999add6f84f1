import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';

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
  return (
    <div className={styles.root} data-testid={filtered ? 'board-no-matches' : 'board-empty'}>
      <Subtitle2 as="h2">{filtered ? 'No tasks match these filters' : 'No tasks yet'}</Subtitle2>
      <Body1>
        {filtered
          ? 'Try other filters, or clear them to see the whole board.'
          : 'Add the first task for the team.'}
      </Body1>
      <Button appearance={filtered ? 'secondary' : 'primary'} onClick={onAction}>
        {filtered ? 'Clear filters' : 'New task'}
      </Button>
    </div>
  );
}
