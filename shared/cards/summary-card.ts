import type { AgedBlocker } from '../rules/accountability/blocker-age.ts';
import type { WeekConfidence } from '../rules/accountability/confidence-trend.ts';
import type { SummaryFigures } from '../rules/accountability/summary-figures.ts';
import type { PersonRef } from '../rules/accountability/team-data.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { shortWeekText, weekText } from './check-in-dates.ts';
import { commonText } from './i18n/common-text.ts';
import { summaryText as summaryTexts, type SummaryT } from './i18n/summary-text.ts';
import { mentionText } from './welcome-card.ts';

/** Most items of a list a card shows; the rest are counted ("and 4 more"). */
export const SUMMARY_LIST_LIMIT = 8;
/** Most people tagged at once: beyond this, the names of the rest are counted, not listed. */
export const SUMMARY_MENTION_LIMIT = 20;

function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', spacing: 'Medium', wrap: true };
}

function line(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, spacing: 'Small', ...extra };
}

/** Up to `limit` lines of a list, then "and N more"; `empty` when there is nothing. */
export function listLines<T>(
  items: readonly T[],
  render: (item: T) => string,
  empty: string,
  locale: SupportedLocale,
  limit = SUMMARY_LIST_LIMIT,
) {
  if (items.length === 0) return [line(empty, { isSubtle: true })];
  const shown = items.slice(0, limit).map((item) => line(`• ${render(item)}`));
  const more = items.length - limit;
  const moreText = commonText(locale)('card.common.andMore', { count: more });
  return more > 0 ? [...shown, line(moreText, { isSubtle: true })] : shown;
}

/** Long user text is cut on a card that lists many items (the tab shows it whole); escaped for TextBlocks. */
export function clip(text: string, max = 160): string {
  const chars = [...text];
  return plainText(
    chars.length <= max
      ? text
      : `${chars
          .slice(0, max - 1)
          .join('')
          .trimEnd()}…`,
  );
}

function blockerLine(blocker: AgedBlocker, t: SummaryT): string {
  const flag = blocker.recurring ? ` · ${t('card.summary.recurring', { count: blocker.weeks })}` : '';
  const task = blocker.taskTitle === undefined ? '' : ` (${clip(blocker.taskTitle, 80)})`;
  const age = t('card.summary.blockerAge', { count: blocker.ageDays });
  return `${plainText(blocker.person.name)}: ${clip(blocker.text)}${task} · ${age}${flag}`;
}

export function confidenceLine(trend: readonly WeekConfidence[], locale: SupportedLocale): string {
  const t = summaryTexts(locale);
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const points = trend.map(
    (w) => `${shortWeekText(w.week, locale)} ${w.average === undefined ? '–' : number.format(w.average)}`,
  );
  const known = trend.filter((w) => w.average !== undefined);
  const [first, last] = [known.at(-2)?.average, known.at(-1)?.average];
  const direction =
    first === undefined || last === undefined
      ? ''
      : ` (${t(last > first ? 'card.summary.rising' : last < first ? 'card.summary.falling' : 'card.summary.steady')})`;
  return `${points.join(' → ')}${direction}`;
}

function mentionable(people: readonly PersonRef[]): Array<PersonRef & { teamsUserId: string }> {
  return people.filter((p): p is PersonRef & { teamsUserId: string } => p.teamsUserId !== undefined);
}

/**
 * The team's weekly check-in summary, posted in the channel when the window closes and updated in place
 * when late answers come in. Whoever is still missing is @mentioned.
 */
export function summaryCard(figures: SummaryFigures, locale: SupportedLocale): AdaptiveCard {
  const t = summaryTexts(locale);
  const { participation: p } = figures;
  const percent = Math.round(p.rate * 100);
  const tagged = mentionable(p.missing).slice(0, SUMMARY_MENTION_LIMIT);
  const untagged = p.missing.filter(
    (person) => !tagged.includes(person as PersonRef & { teamsUserId: string }),
  );
  const named = [
    ...tagged.map((person) => mentionText(person)),
    ...untagged.slice(0, SUMMARY_LIST_LIMIT).map((person) => plainText(person.name)),
  ].join(', ');
  const unnamed = Math.max(0, untagged.length - SUMMARY_LIST_LIMIT);
  const missingText =
    unnamed > 0 ? commonText(locale)('card.common.listAndMore', { list: named, count: unnamed }) : named;
  const late = (count: number) => t('card.summary.late', { count });
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t('card.summary.title', { week: weekText(figures.week, locale) }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    line(plainText(figures.teamName), { isSubtle: true, spacing: 'None' }),
    heading(t('card.summary.participation')),
    line(t('card.summary.answered', { answered: p.answered, expected: p.expected, percent })),
    ...(p.missing.length === 0
      ? [line(t('card.summary.everyoneAnswered'))]
      : [line(t('card.summary.stillMissing', { names: missingText }))]),
    heading(t('card.summary.blockers', { count: figures.blockers.length })),
    ...listLines(figures.blockers, (b) => blockerLine(b, t), t('card.summary.noBlockers'), locale),
    heading(t('card.summary.overdue', { count: figures.overdue.length })),
    ...listLines(
      figures.overdue,
      (task) =>
        `${clip(task.title, 100)}${task.assignee ? ` · ${plainText(task.assignee.name)}` : ''} · ${late(task.days)}`,
      t('card.summary.nothingOverdue'),
      locale,
    ),
    heading(t('card.summary.wins', { count: figures.wins.length })),
    ...listLines(
      figures.wins,
      (w) => `${plainText(w.person.name)}: ${clip(w.text)}`,
      t('card.summary.noWins'),
      locale,
    ),
    heading(t('card.summary.confidence')),
    line(confidenceLine(figures.confidence, locale)),
  ];
  return adaptiveCard(body, {
    msteams: {
      width: 'Full',
      entities: tagged.map((person) => ({
        type: 'mention',
        text: mentionText(person),
        mentioned: { id: person.teamsUserId, name: person.name },
      })),
    },
  });
}

/** The notification text of the summary: what Teams shows in the activity feed. */
export function summaryText(figures: SummaryFigures, locale: SupportedLocale): string {
  const { participation: p } = figures;
  return summaryTexts(locale)('card.summary.notification', {
    week: weekText(figures.week, locale),
    answered: p.answered,
    expected: p.expected,
    blockers: figures.blockers.length,
    overdue: figures.overdue.length,
  });
}
