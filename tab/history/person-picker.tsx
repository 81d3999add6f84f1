import { Field, Select } from '@fluentui/react-components';
import type { BoardMember } from '../../shared/api/board.ts';

/** Whose history to show: anyone on the roster. */
export function PersonPicker({
  members,
  meId,
  value,
  onChange,
}: {
  members: BoardMember[];
  meId: string;
  value: string;
  onChange(userId: string): void;
}) {
  return (
    <Field label="Person" data-testid="history-people">
      <Select data-testid="history-person" value={value} onChange={(_, data) => onChange(data.value)}>
        {members.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.userId === meId ? `${m.name} (me)` : m.name}
            {m.active ? '' : ' (left)'}
          </option>
        ))}
      </Select>
    </Field>
  );
}
