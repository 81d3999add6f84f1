import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import type { LocalDemoPerson } from '../../shared/api/local-demo.ts';
import { asHostTheme, HOST_THEMES, type HostTheme } from '../teams/host-theme.ts';
import type { FrameWidth, HostPage } from './host-settings.ts';

const THEME_LABELS: Record<HostTheme, string> = { default: 'Light', dark: 'Dark', contrast: 'High contrast' };

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
});

export interface HostControlsProps {
  people: LocalDemoPerson[];
  userId: string;
  theme: HostTheme;
  width: FrameWidth;
  page: HostPage;
  onUser(userId: string): void;
  onTheme(theme: HostTheme): void;
  onWidth(width: FrameWidth): void;
  onPage(page: HostPage): void;
  onReload(): void;
}

/** What a newcomer can change: who they are, the Teams theme, the screen width and the page shown. */
export function HostControls(props: HostControlsProps) {
  const styles = useStyles();
  const leaders = props.people.filter((p) => p.isLeader);
  const members = props.people.filter((p) => !p.isLeader);
  return (
    <div className={styles.root} role="group" aria-label="Host settings">
      <Field label="User" size="small">
        <Select
          size="small"
          value={props.userId}
          onChange={(_, d) => props.onUser(d.value)}
          data-testid="host-user"
        >
          <optgroup label="Leaders">
            {leaders.map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Members">
            {members.map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.name}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      <Field label="Theme" size="small">
        <Select
          size="small"
          value={props.theme}
          onChange={(_, d) => props.onTheme(asHostTheme(d.value))}
          data-testid="host-theme"
        >
          {HOST_THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {THEME_LABELS[theme]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Width" size="small">
        <Select
          size="small"
          value={props.width}
          onChange={(_, d) => props.onWidth(d.value === 'mobile' ? 'mobile' : 'desktop')}
          data-testid="host-width"
        >
          <option value="desktop">Desktop</option>
          <option value="mobile">Mobile (375 px)</option>
        </Select>
      </Field>
      <Field label="Page" size="small">
        <Select
          size="small"
          value={props.page}
          onChange={(_, d) => props.onPage(d.value === 'config' ? 'config' : 'tab')}
          data-testid="host-page"
        >
          <option value="tab">Channel tab</option>
          <option value="config">Configuration page</option>
        </Select>
      </Field>
      <Button
        size="small"
        icon={<ArrowClockwise20Regular />}
        onClick={props.onReload}
        data-testid="host-reload"
      >
        Reload tab
      </Button>
    </div>
  );
}
