import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useSettingsT } from '../i18n/en-US/settings.ts';

/** Every IANA zone the browser knows, plus UTC (which `supportedValuesOf` leaves out) and the current one. */
export function knownTimeZones(current: string): string[] {
  const zones = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);
  zones.add(current);
  return [...zones];
}

function matching(zones: string[], query: string): string[] {
  const words = query.toLowerCase().replace(/\s+/g, '_');
  return zones.filter((zone) => zone.toLowerCase().includes(words));
}

/** A searchable list of time zones: type "berl" to find Europe/Berlin. */
export function TimeZonePicker({
  value,
  zones,
  error,
  onChange,
}: {
  value: string;
  zones: string[];
  error: string | undefined;
  onChange(zone: string): void;
}) {
  const t = useSettingsT();
  const [query, setQuery] = useState(value);
  const shown = useMemo(() => (query === value ? zones : matching(zones, query)), [query, value, zones]);
  return (
    <Field label={t('settings.timeZone.label')} hint={t('settings.timeZone.hint')} validationMessage={error}>
      <Combobox
        data-testid="settings-time-zone"
        value={query}
        selectedOptions={[value]}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          if (!data.optionValue) return;
          onChange(data.optionValue);
          setQuery(data.optionValue);
        }}
        onOpenChange={(_, data) => {
          if (data.open) return;
          if (zones.includes(query)) {
            if (query !== value) onChange(query);
          } else {
            setQuery(value);
          }
        }}
      >
        {shown.map((zone) => (
          <Option key={zone} value={zone}>
            {zone}
          </Option>
        ))}
        {shown.length === 0 && (
          <Option value="" disabled>
            {t('settings.timeZone.noMatch')}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
