import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
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
  const name = choices.name.trim();
  const nameError =
    name.length === 0
      ? 'Give the tab a name.'
      : name.length > TAB_NAME_MAX
        ? `Keep the name to ${TAB_NAME_MAX} characters.`
        : undefined;
  return (
    <form className={styles.root} onSubmit={(event) => event.preventDefault()} data-testid="config-form">
      <Field label="Tab name" required validationMessage={nameError} hint="Shown on the tab in your channel.">
        <Input
          autoFocus
          value={choices.name}
          onChange={(_, data) => onChange({ ...choices, name: data.value })}
          data-testid="config-name"
        />
      </Field>
      <Field label="Open on">
        <RadioGroup
          value={choices.view}
          onChange={(_, data) => onChange({ ...choices, view: data.value as View })}
        >
          {VIEWS.map((view) => (
            <Radio key={view} value={view} label={VIEW_LABELS[view]} />
          ))}
        </RadioGroup>
      </Field>
    </form>
  );
}
