import { Body1, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import type { SettingsResponse } from '../../shared/api/settings-requests.ts';
import { recognitionValues } from '../../shared/domain/default-values.ts';
import { useSettingsT } from '../i18n/en-US/settings.ts';
import { useSettingsStyles } from './settings-styles.ts';

/** What members see: when check-ins come, what they ask, the badges and who leads. Leaders change them. */
export function SettingsSummary({
  response,
  preview,
}: {
  response: SettingsResponse;
  preview: string | undefined;
}) {
  const styles = useSettingsStyles();
  const t = useSettingsT();
  const { settings, roster } = response;
  const names = new Map(roster.map((person) => [person.userId, person.name]));
  const leaders = settings.leaders.map((id) => names.get(id)).filter((name) => name !== undefined);
  return (
    <>
      <MessageBar intent="info" layout="multiline" data-testid="settings-read-only">
        <MessageBarBody>{t('settings.summary.readOnly')}</MessageBarBody>
      </MessageBar>
      <section className={styles.section} aria-labelledby="summary-schedule">
        <Subtitle2 as="h2" className={styles.heading} id="summary-schedule">
          {t('settings.schedule.title')}
        </Subtitle2>
        <Body1 data-testid="settings-preview">{preview}</Body1>
        <Body1>
          {t('settings.summary.work', { wipLimit: settings.wipLimit, timeZone: settings.timeZone })}
        </Body1>
      </section>
      <section className={styles.section} aria-labelledby="summary-questions">
        <Subtitle2 as="h2" className={styles.heading} id="summary-questions">
          {t('settings.questions.title')}
        </Subtitle2>
        {settings.questions.length === 0 ? (
          <Body1>{t('settings.summary.noQuestions')}</Body1>
        ) : (
          <ol className={styles.plainList} data-testid="settings-summary-questions">
            {settings.questions.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ol>
        )}
      </section>
      <section className={styles.section} aria-labelledby="summary-values">
        <Subtitle2 as="h2" className={styles.heading} id="summary-values">
          {t('settings.values.title')}
        </Subtitle2>
        <ul className={styles.plainList}>
          {recognitionValues(settings).map((v) => (
            <li key={v.id}>
              {v.emoji} {v.name}
              {v.description ? `: ${v.description}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="summary-leaders">
        <Subtitle2 as="h2" className={styles.heading} id="summary-leaders">
          {t('settings.leaders.title')}
        </Subtitle2>
        <Body1>{leaders.join(', ') || t('settings.summary.noLeaders')}</Body1>
      </section>
    </>
  );
}
