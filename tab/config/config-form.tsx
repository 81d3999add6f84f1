import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useConfigT } from '../i18n/en-US/config.ts';
import { useShellT } from '../i18n/en-US/shell.ts';
import { VIEW_LABELS, VIEWS, type View } from '../shell/views.ts';
import { TAB_NAME_MAX, type ConfigChoices } from './tab-config.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '480px' },
});

/** The choices for a new Cadence tab; Teams' own Save button submits them. */
export function ConfigForm({
  choices,
  onChange,
}: {
  choices: ConfigChoices;
  onChange(next: ConfigChoices): void;
}) {
  const styles = useStyles();
  const t = useConfigT();
  const shellT = useShellT();
  const name = choices.name.trim();
  const nameError =
    name.length === 0
      ? t('config.name.required')
      : name.length > TAB_NAME_MAX
        ? t('config.name.tooLong', { max: TAB_NAME_MAX })
        : undefined;
  return (
    <form className={styles.root} onSubmit={(event) => event.preventDefault()} data-testid="config-form">
      <Field
        label={t('config.name.label')}
        required
        validationMessage={nameError}
        hint={t('config.name.hint')}
      >
        <Input
          autoFocus
          value={choices.name}
          onChange={(_, data) => onChange({ ...choices, name: data.value })}
          data-testid="config-name"
        />
      </Field>
      <Field label={t('config.view.label')}>
        <RadioGroup
          value={choices.view}
          onChange={(_, data) => onChange({ ...choices, view: data.value as View })}
        >
          {VIEWS.map((view) => (
            <Radio key={view} value={view} label={shellT(VIEW_LABELS[view])} />
          ))}
        </RadioGroup>
      </Field>
    </form>
  );
}
