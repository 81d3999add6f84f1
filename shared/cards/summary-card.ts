import type { AgedBlocker } from '../rules/accountability/blocker-age.ts';
import type { WeekConfidence } from '../rules/accountability/confidence-trend.ts';
import type { SummaryFigures } from '../rules/accountability/summary-figures.ts';
import type { PersonRef } from '../rules/accountability/team-data.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
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
  limit = SUMMARY_LIST_LIMIT,
) {
  if (items.length === 0) return [line(empty, { isSubtle: true })];
  const shown = items.slice(0, limit).map((item) => line(`• ${render(item)}`));
  const more = items.length - limit;
  return more > 0 ? [...shown, line(`and ${more} more`, { isSubtle: true })] : shown;
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

export function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

function blockerLine(blocker: AgedBlocker): string {
  const flag = blocker.recurring ? ` · recurring, ${blocker.weeks} weeks in a row` : '';
  const task = blocker.taskTitle === undefined ? '' : ` (${clip(blocker.taskTitle, 80)})`;
  return `${plainText(blocker.person.name)}: ${clip(blocker.text)}${task} · ${days(blocker.ageDays)} old${flag}`;
}

export function confidenceLine(trend: readonly WeekConfidence[]): string {
  const points = trend.map(
    (w) => `${w.week.slice(5)} ${w.average === undefined ? '–' : w.average.toFixed(1)}`,
  );
  const known = trend.filter((w) => w.average !== undefined);
  const [first, last] = [known.at(-2)?.average, known.at(-1)?.average];
  const direction =
    first === undefined || last === undefined
      ? ''
      : last > first
        ? ' (rising)'
        : last < first
          ? ' (falling)'
          : ' (steady)';
  return `${points.join(' → ')}${direction}`;
}

function mentionable(people: readonly PersonRef[]): Array<PersonRef & { teamsUserId: string }> {
  return people.filter((p): p is PersonRef & { teamsUserId: string } => p.teamsUserId !== undefined);
}

/**
 * The team's weekly check-in summary, posted in the channel when the window closes and updated in place
 * when late answers come in. Whoever is still missing is @mentioned.
 */
export function summaryCard(figures: SummaryFigures): AdaptiveCard {
  const { participation: p } = figures;
  const percent = Math.round(p.rate * 100);
  const tagged = mentionable(p.missing).slice(0, SUMMARY_MENTION_LIMIT);
  const untagged = p.missing.filter(
    (person) => !tagged.includes(person as PersonRef & { teamsUserId: string }),
  );
  const missingText = [
    ...tagged.map((person) => mentionText(person)),
    ...untagged.slice(0, SUMMARY_LIST_LIMIT).map((person) => plainText(person.name)),
  ].join(', ');
  const unnamed = Math.max(0, untagged.length - SUMMARY_LIST_LIMIT);
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: `Check-in summary · ${figures.week}`,
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    line(plainText(figures.teamName), { isSubtle: true, spacing: 'None' }),
    heading('Participation'),
    line(`${p.answered} of ${p.expected} answered (${percent}%)`),
    ...(p.missing.length === 0
      ? [line('Everyone expected has answered. Thank you!')]
      : [line(`Still missing: ${missingText}${unnamed > 0 ? ` and ${unnamed} more` : ''}`)]),
    heading(`Blockers (${figures.blockers.length})`),
    ...listLines(figures.blockers, blockerLine, 'No blockers reported.'),
    heading(`Overdue tasks (${figures.overdue.length})`),
    ...listLines(
      figures.overdue,
      (t) =>
        `${clip(t.title, 100)}${t.assignee ? ` · ${plainText(t.assignee.name)}` : ''} · ${days(t.days)} late`,
      'Nothing overdue.',
    ),
    heading(`Wins (${figures.wins.length})`),
    ...listLines(figures.wins, (w) => `${plainText(w.person.name)}: ${clip(w.text)}`, 'No wins shared yet.'),
    heading('Confidence'),
    line(confidenceLine(figures.confidence)),
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
export function summaryText(figures: SummaryFigures): string {
  const { participation: p } = figures;
  return `Check-in summary ${figures.week}: ${p.answered} of ${p.expected} answered, ${figures.blockers.length} blockers, ${figures.overdue.length} overdue`;
}
