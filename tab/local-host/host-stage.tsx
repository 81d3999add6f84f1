import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FrameWidth } from './host-settings.ts';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    width: '100%',
    height: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  mobile: { width: '375px', maxHeight: '812px', flexShrink: 0 },
  frame: { flex: '1 1 auto', width: '100%', border: 'none', display: 'block' },
  footer: {
    display: 'flex',
    justifyContent: 'flex-end',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface HostStageProps {
  src: string;
  width: FrameWidth;
  frameKey: number;
  attachFrame: (frame: HTMLIFrameElement | null) => void;
  /** For the configuration page: whether Save is enabled, why saving failed, what Save does. */
  config?: { valid: boolean; saveError?: string; onSave(): void };
}

/** The tab's frame, at desktop or phone width; for the configuration page, Teams' Save button under it. */
export function HostStage({ src, width, frameKey, attachFrame, config }: HostStageProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.box, width === 'mobile' && styles.mobile)}>
      <iframe
        key={frameKey}
        ref={attachFrame}
        src={src}
        title="Cadence tab"
        className={styles.frame}
        data-testid="tab-frame"
      />
      {config && (
        <div className={styles.footer}>
          {config.saveError && <Caption1 role="alert">{config.saveError}</Caption1>}
          <Button
            appearance="primary"
            disabled={!config.valid}
            onClick={config.onSave}
            data-testid="host-save"
          >
            Save
          </Button>
        </div>
      )}
    </div>
  );
}
