import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate.ts';
import { smartCheck, type GoalDraft } from '../../../shared/rules/smart-check.ts';
import { smartHintMessage, smartHintText, smartSuggestionText } from '../../../tab/goals/smart-text.ts';
import { goals as goalsDe } from '../../../tab/i18n/de-DE/goals.ts';
import { goals } from '../../../tab/i18n/en-US/goals.ts';

const english = createTranslator('en-US', goals);
const german = createTranslator('de-DE', goalsDe, goals);

/** Drafts that, between them, make the SMART check write every hint it knows. */
const DRAFTS: GoalDraft[] = [
  { statement: '' },
  { statement: 'Improve things' },
  { statement: 'Increase sales' },
  { statement: 'Grow weekly active users', measure: { metric: 'users', baseline: 10, target: 10 } },
  { statement: 'Grow weekly active users by 1000% by March', ownerId: 'u1' },
  { statement: 'Reduce support costs by 150% this quarter', ownerId: 'u1' },
  { statement: 'Grow the newsletter audience 20x this year', ownerId: 'u1' },
  { statement: 'Grow newsletter subscribers', measure: { metric: 'subscribers', baseline: 10, target: 500 } },
];

const hints = DRAFTS.flatMap((draft) =>
  Object.values(smartCheck(draft).criteria).flatMap((criterion) => criterion.hint ?? []),
);

describe('SMART hints in the tab’s language', () => {
  it('knows every hint the SMART check writes, and says it in English exactly as the rule does', () => {
    const keys = new Set<string>();
    for (const hint of hints) {
      const message = smartHintMessage(hint);
      expect(message, hint).toBeDefined();
      if (message) keys.add(message.key);
      expect(smartHintText(hint, english)).toBe(hint);
    }
    const known = Object.keys(goals).filter((key) => key.startsWith('goals.smart.hint.'));
    expect([...keys].sort()).toEqual(known.sort());
  });

  it('says them in German, keeping the amounts the rule quoted', () => {
    for (const hint of hints) expect(smartHintText(hint, german)).not.toBe(hint);
    const growth = hints.find((hint) => hint.startsWith('20x growth'));
    expect(growth && smartHintText(growth, german)).toBe(
      'Ein Wachstum um 20x ist in einem einzigen Ziel selten erreichbar: Senke den Zielwert oder teile das Ziel auf.',
    );
    const percent = hints.find((hint) => hint.startsWith('1000%'));
    expect(percent && smartHintText(percent, german)).toMatch(/^1000% ist in einem einzigen Ziel/);
    const factor = hints.find((hint) => hint.startsWith('The target is about'));
    expect(factor && smartHintText(factor, german)).toBe(
      'Der Zielwert ist etwa das 50-Fache des Ausgangswerts: Senke ihn oder teile das Ziel in Schritte auf.',
    );
  });

  it('shows a hint it does not know as the rule wrote it', () => {
    expect(smartHintText('A brand-new hint.', german)).toBe('A brand-new hint.');
  });
});

describe('the suggested rewrite', () => {
  it('keeps the user’s words and translates only the placeholders', () => {
    const suggestion = smartCheck({ statement: 'Increase sales' }).suggestion ?? '';
    expect(suggestion).toBe('Increase sales by <X%> by <date>');
    expect(smartSuggestionText(suggestion, english)).toBe(suggestion);
    expect(smartSuggestionText(suggestion, german)).toBe('Increase sales um <X %> bis <Datum>');
    const vague = smartCheck({ statement: 'Improve things' }).suggestion ?? '';
    expect(smartSuggestionText(vague, german)).toBe(
      '<Steigern oder senken> <was, für wen> um <X %> bis <Datum>',
    );
  });
});
