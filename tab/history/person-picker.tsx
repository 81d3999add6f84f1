import { Field, Select } from '@fluentui/react-components';
import type { BoardMember } from '../../shared/api/board.ts';
import { useHistoryT, type HistoryT } from '../i18n/en-US/history.ts';

/** "Ana (me)", "Bo (left)": whose history an option shows. */
export function personLabel(member: BoardMember, meId: string, t: HistoryT): string {
  const name = member.userId === meId ? t('history.picker.me', { name: member.name }) : member.name;
  return member.active ? name : t('history.picker.left', { name });
}

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
  const t = useHistoryT();
  return (
    <Field label={t('history.picker.label')} data-testid="history-people">
      <Select data-testid="history-person" value={value} onChange={(_, data) => onChange(data.value)}>
        {members.map((m) => (
          <option key={m.userId} value={m.userId}>
            {personLabel(m, meId, t)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
