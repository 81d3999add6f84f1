import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { HostMessage } from './host-probe.ts';

export interface FrameStatus {
  successAfterMs?: number;
  failure?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  log: { maxHeight: '160px', overflowY: 'auto', margin: 0, fontFamily: tokens.fontFamilyMonospace },
});

/** What the tab told the host: success or failure of its start, and the messages it sent. */
export function HostStatus({ status, messages }: { status: FrameStatus; messages: HostMessage[] }) {
  const styles = useStyles();
  const unplayed = messages.filter((m) => !m.played).length;
  return (
    <div className={styles.root} role="status" data-testid="host-status">
      {status.successAfterMs !== undefined && (
        <Badge color="success" data-testid="host-notify-success">
          notifySuccess received · {Math.round(status.successAfterMs)} ms after the tab frame started
        </Badge>
      )}
      {status.failure !== undefined && (
        <Badge color="danger" data-testid="host-notify-failure">
          notifyFailure: {status.failure}
        </Badge>
      )}
      {status.successAfterMs === undefined && status.failure === undefined && (
        <Badge color="informative">Waiting for the tab…</Badge>
      )}
      <details>
        <summary>
          <Caption1>
            {messages.length} messages from the tab
            {unplayed > 0 ? `, ${unplayed} not played by this host` : ''}
          </Caption1>
        </summary>
        <ol className={styles.log} data-testid="host-log">
          {messages.map((m, i) => (
            <li key={i}>
              {Math.round(m.at)} ms · {m.func}
              {m.played ? '' : ' (not supported here)'}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
