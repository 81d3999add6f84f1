import { Body1, Caption1, Caption1Strong, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { MyCheckInNow, MyTeamWork } from '../../shared/api/my-work.ts';
import { formatDay } from '../format/dates.ts';
import { useMineT, type MineT } from '../i18n/en-US/mine.ts';
import { formatInstant, weekNumber } from './mine-format.ts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0 },
  howTo: { color: tokens.colorNeutralForeground2 },
  recentTitle: { margin: 0 },
  weeks: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
  },
  week: { display: 'flex', flexDirection: 'column', minWidth: 0 },
});

type CheckIn = MyTeamWork['checkIn'];

function statusText(now: MyCheckInNow, t: MineT, locale: string, timeZone: string): string {
  const when = (iso: string) => formatInstant(iso, locale, timeZone);
  switch (now.state) {
    case 'open':
      return t('mine.checkIn.open', { when: when(now.closesAt) });
    case 'answered':
      return now.editableUntil
        ? t('mine.checkIn.answeredEditable', { confidence: now.confidence, when: when(now.editableUntil) })
        : t('mine.checkIn.answered', { confidence: now.confidence });
    case 'upcoming':
      return t('mine.checkIn.upcoming', { when: when(now.opensAt) });
    case 'paused':
      return t('mine.checkIn.paused', { date: formatDay(now.pausedUntil, locale) });
  }
}

/** "This week's check-in": where it stands, how to answer it (in the chat with Cadence), recent weeks. */
export function CheckInSummary({ checkIn, locale }: { checkIn: CheckIn; locale: string }) {
  const styles = useStyles();
  const t = useMineT();
  const titleId = useId();
  const recentId = useId();
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="mine-check-in">
      <Subtitle2 as="h3" id={titleId} className={styles.title}>
        {t('mine.checkIn.title')}
      </Subtitle2>
      <Body1 data-testid="mine-check-in-status" data-state={checkIn.now.state}>
        {statusText(checkIn.now, t, locale, checkIn.timeZone)}
      </Body1>
      <Caption1 className={styles.howTo}>{t('mine.checkIn.howTo')}</Caption1>
      <Caption1Strong as="h4" id={recentId} className={styles.recentTitle}>
        {t('mine.checkIn.recent')}
      </Caption1Strong>
      {checkIn.recent.length === 0 ? (
        <Caption1>{t('mine.checkIn.noRecent')}</Caption1>
      ) : (
        <ul className={styles.weeks} aria-labelledby={recentId}>
          {checkIn.recent.map((week) => (
            <li key={week.week} className={styles.week} data-testid="mine-check-in-week">
              <Caption1Strong>{t('mine.checkIn.week', { number: weekNumber(week.week) })}</Caption1Strong>
              <Caption1>
                {week.answered && week.confidence !== undefined
                  ? t('mine.checkIn.weekAnswered', { confidence: week.confidence })
                  : t('mine.checkIn.weekMissed')}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
