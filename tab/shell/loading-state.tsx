import { Spinner, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'grid', placeItems: 'center', minHeight: '40vh', padding: tokens.spacingVerticalXXL },
});

export function LoadingState({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="loading-state">
      <Spinner label={label} labelPosition="below" />
    </div>
  );
}
