import { Body1, Link, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { TeamsHost } from '../teams/teams-sdk.ts';
import { ConfigForm } from './config-form.tsx';
import { isValidChoice, tabConfigFor, type ConfigChoices } from './tab-config.ts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  title: { margin: 0 },
});

/** Inside Teams: the tab's choices, valid from the start, saved by Teams' Save button. */
export function ConfigPage({ host }: { host: TeamsHost }) {
  const styles = useStyles();
  const [choices, setChoices] = useState<ConfigChoices>({ name: 'Cadence', view: 'board' });
  const latest = useRef(choices);
  const valid = isValidChoice(choices);

  useEffect(() => {
    latest.current = choices;
  }, [choices]);

  useEffect(() => {
    host.setConfigValid(valid);
  }, [host, valid]);

  useEffect(() => {
    host.onConfigSave(async () => tabConfigFor(latest.current, window.location.origin));
    host.notifySuccess();
  }, [host]);

  return (
    <main className={styles.root} data-testid="config-page">
      <Title3 as="h1" className={styles.title}>
        Add Cadence to this channel
      </Title3>
      <Body1>
        The tab shows your team&apos;s goals, tasks and feedback. Choose its name and the screen it opens on,
        then select Save.
      </Body1>
      <ConfigForm choices={choices} onChange={setChoices} />
    </main>
  );
}

/** Outside Teams there is nothing to save: say so, and lead to the board. */
export function ConfigOutsideTeams() {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="config-outside-teams">
      <Title3 as="h1" className={styles.title}>
        Set up Cadence in Teams
      </Title3>
      <Body1>
        Teams shows this page when you add Cadence as a tab to a channel. Opened on its own there is nothing
        to set up.
      </Body1>
      <Body1>
        <Link href="/index.html?view=board">Open the board</Link>
      </Body1>
    </main>
  );
}
