import { Body1, Link, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useConfigT } from '../i18n/en-US/config.ts';
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
  const t = useConfigT();
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
        {t('config.title')}
      </Title3>
      <Body1>{t('config.intro')}</Body1>
      <ConfigForm choices={choices} onChange={setChoices} />
    </main>
  );
}

/** Outside Teams there is nothing to save: say so, and lead to the board. */
export function ConfigOutsideTeams() {
  const styles = useStyles();
  const t = useConfigT();
  return (
    <main className={styles.root} data-testid="config-outside-teams">
      <Title3 as="h1" className={styles.title}>
        {t('config.outside.title')}
      </Title3>
      <Body1>{t('config.outside.body')}</Body1>
      <Body1>
        <Link href="/index.html?view=board">{t('config.outside.openBoard')}</Link>
      </Body1>
    </main>
  );
}
