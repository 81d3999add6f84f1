import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import {
  Board20Regular,
  DataBarVertical20Regular,
  History20Regular,
  Settings20Regular,
  TargetArrow20Regular,
} from '@fluentui/react-icons';
import { useEffect, useState, type ReactElement } from 'react';
import { useShellT } from '../i18n/en-US/shell.ts';
import { useTeamData } from './team-data.ts';
import { LEADER_VIEWS, VIEW_LABELS, VIEWS, type View } from './views.ts';

const ICONS: Record<View, ReactElement> = {
  board: <Board20Regular />,
  goals: <TargetArrow20Regular />,
  history: <History20Regular />,
  settings: <Settings20Regular />,
  dashboard: <DataBarVertical20Regular />,
};

const useStyles = makeStyles({
  root: { padding: `0 ${tokens.spacingHorizontalS}`, overflowX: 'auto' },
});

/** Five labelled tabs do not fit a phone: there the tabs show their icons, and keep their names for screen readers. */
const NARROW = '(max-width: 479px)';

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const follow = () => setNarrow(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return narrow;
}

export function tabId(view: View): string {
  return `view-tab-${view}`;
}

export const PANEL_ID = 'view-panel';

/** The screens, as Teams-style tabs: arrow keys move between them, Enter or Space opens one. */
export function ViewTabs({ view, onChange }: { view: View; onChange(view: View): void }) {
  const styles = useStyles();
  const narrow = useNarrow();
  const t = useShellT();
  const { board } = useTeamData();
  const shown = VIEWS.filter((v) => board.me.isLeader || !LEADER_VIEWS.includes(v));
  return (
    <nav aria-label="Cadence" className={styles.root} data-testid="view-nav">
      <TabList selectedValue={view} onTabSelect={(_, data) => onChange(data.value as View)}>
        {shown.map((v) => (
          <Tab
            key={v}
            value={v}
            id={tabId(v)}
            icon={ICONS[v]}
            aria-label={narrow ? t(VIEW_LABELS[v]) : undefined}
            title={narrow ? t(VIEW_LABELS[v]) : undefined}
            aria-controls={PANEL_ID}
            data-testid={`view-tab-${v}`}
          >
            {narrow ? null : t(VIEW_LABELS[v])}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
