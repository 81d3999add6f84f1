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
import { useShellT } from '../i18n/en-US/shell.ts';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL },
});

export function ErrorState({ title, message, onRetry }: { title: string; message: string; onRetry(): void }) {
  const styles = useStyles();
  const t = useShellT();
  return (
    <div className={styles.root} data-testid="error-state">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {message}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" icon={<ArrowClockwise20Regular />} onClick={onRetry}>
            {t('shell.error.retry')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
