import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL },
});

export function ErrorState({ title, message, onRetry }: { title: string; message: string; onRetry(): void }) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="error-state">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {message}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" icon={<ArrowClockwise20Regular />} onClick={onRetry}>
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
