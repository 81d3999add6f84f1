import { Badge, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { LocalDemoPerson } from '../../shared/api/local-demo.ts';
import { useShellT } from '../i18n/en-US/shell.ts';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  field: { minWidth: 0, maxWidth: '100%' },
});

/** Local mode only: whom the tab signs in as, from the demo team. */
export function LocalUserPicker(props: {
  user: LocalDemoPerson;
  people: LocalDemoPerson[];
  onSwitch(userId: string): void;
}) {
  const styles = useStyles();
  const t = useShellT();
  return (
    <div className={styles.root} data-testid="local-user-picker">
      <Badge appearance="tint" color="informative">
        {t('shell.local.mode')}
      </Badge>
      <Field
        label={t('shell.local.signedInAs')}
        orientation="horizontal"
        size="small"
        className={styles.field}
      >
        <Select
          size="small"
          value={props.user.userId}
          onChange={(_, data) => props.onSwitch(data.value)}
          data-testid="local-user-select"
        >
          {props.people.map((person) => (
            <option key={person.userId} value={person.userId}>
              {t(person.isLeader ? 'shell.local.leader' : 'shell.local.member', { name: person.name })}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
