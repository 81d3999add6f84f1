import { Badge, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { LocalDemoPerson } from '../../shared/api/local-demo.ts';

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
  return (
    <div className={styles.root} data-testid="local-user-picker">
      <Badge appearance="tint" color="informative">
        Local mode
      </Badge>
      <Field label="Signed in as" orientation="horizontal" size="small" className={styles.field}>
        <Select
          size="small"
          value={props.user.userId}
          onChange={(_, data) => props.onSwitch(data.value)}
          data-testid="local-user-select"
        >
          {props.people.map((person) => (
            <option key={person.userId} value={person.userId}>
              {person.name} {person.isLeader ? '(leader)' : '(member)'}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
