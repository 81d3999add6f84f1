import { describe, expect, it } from 'vitest';
import { buildDemoTeam } from '../../../bot/local/demo-team.ts';
import { summaryCard, summaryText } from '../../../shared/cards/summary-card.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { summaryFigures, type SummaryFigures } from '../../../shared/rules/accountability/summary-figures.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';

const NOW = new Date('2026-03-12T15:00:00Z');
const realistic = summaryFigures(buildDemoTeam(NOW), '2026-W10', NOW);
const long = (n: number, char = 'x') => `**${char.repeat(n - 4)}**`;

function person(i: number) {
  return {
    userId: `u${i}`,
    name: long(LIMITS.name, String(i % 10)),
    teamsUserId: `29:1fake-${'p'.repeat(60)}${i}`,
  };
}

/** Every list at a size no team reaches in a week, every text at its limit. */
const maximum: SummaryFigures = {
  teamName: long(LIMITS.name),
  week: '2026-W10',
  participation: {
    week: '2026-W10',
    answered: 0,
    expected: 200,
    rate: 0,
    missing: Array.from({ length: 200 }, (_, i) => person(i)),
  },
  blockers: Array.from({ length: 100 }, (_, i) => ({
    person: person(i),
    text: long(LIMITS.shortText),
    taskId: `t${i}`,
    taskTitle: long(LIMITS.title),
    since: NOW.toISOString(),
    ageDays: 99,
    firstWeek: '2026-W01',
    weeks: 10,
    recurring: true,
  })),
  overdue: Array.from({ length: 100 }, (_, i) => ({
    taskId: `t${i}`,
    title: long(LIMITS.title),
    assignee: person(i),
    dueDate: '2026-01-01',
    days: 70,
  })),
  wins: Array.from({ length: 100 }, (_, i) => ({ person: person(i), text: long(LIMITS.shortText) })),
  confidence: realistic.confidence,
};

function texts(card: ReturnType<typeof summaryCard>): string {
  return card.body.map((element) => String(element['text'])).join('\n');
}

describe.each([
  ['realistic', realistic],
  ['maximum', maximum],
])('the summary card with %s content', (_name, figures) => {
  it('parses as Adaptive Card 1.5 without a warning, under the size budget', () => {
    const check = checkCard(summaryCard(figures, 'en-US'));
    expect(check).toMatchObject({ version: '1.5', warnings: [] });
    expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  });
});

describe('shared/cards/summary-card.ts', () => {
  it('shows participation, aged and flagged blockers, overdue tasks, wins and the confidence trend', () => {
    const text = texts(summaryCard(realistic, 'en-US'));
    expect(text).toContain('6 of 7 answered (86%)');
    expect(text).toContain(
      'Vendor API key pending (Auto\\-assign tickets by language) · 13 days old · recurring, 2 weeks in a row',
    );
    expect(text).toContain('Overdue tasks (6)');
    expect(text).toContain('Emma Schulz: Proration bug fixed');
    expect(text).toContain('Check-in summary · week 10 of 2026');
    expect(text).toContain('W09 3\\.0 → W10 3\\.5 (rising)'.replace(/\\/g, ''));
    expect(summaryText(realistic, 'en-US')).toBe(
      'Check-in summary week 10 of 2026: 6 of 7 answered, 5 blockers, 6 overdue',
    );
  });

  it('tags the members still missing with real @mentions', () => {
    const card = summaryCard(realistic, 'en-US');
    expect(texts(card)).toContain('Still missing: <at>Gwen Park</at>');
    expect(card.msteams?.['entities']).toEqual([
      {
        type: 'mention',
        text: '<at>Gwen Park</at>',
        mentioned: { id: expect.stringMatching(/^29:/), name: 'Gwen Park' },
      },
    ]);
  });

  it('escapes user text and caps long lists, counting the rest', () => {
    const card = summaryCard(maximum, 'en-US');
    const text = texts(card);
    expect(text).not.toMatch(/(^|[^\\])\*\*x/);
    expect(text).toContain('and 92 more');
    expect(card.msteams?.['entities']).toHaveLength(20);
    expect(text).toContain('and 172 more');
  });

  it('thanks the team when nobody is missing', () => {
    const all = { ...realistic, participation: { ...realistic.participation, missing: [] } };
    expect(texts(summaryCard(all, 'en-US'))).toContain('Everyone expected has answered');
    expect(summaryCard(all, 'en-US').msteams?.['entities']).toEqual([]);
  });
});

describe('the summary card in German', () => {
  it.each([
    ['realistic', realistic],
    ['maximum', maximum],
  ])('parses without a warning, under the size budget, with %s content', (_name, figures) => {
    const check = checkCard(summaryCard(figures, 'de-DE'));
    expect(check).toMatchObject({ version: '1.5', warnings: [] });
    expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  });

  it('says it in German, with German plurals and decimals', () => {
    const text = texts(summaryCard(realistic, 'de-DE'));
    expect(text).toContain('Check-in-Zusammenfassung · KW 10/2026');
    expect(text).toContain('6 von 7 haben geantwortet (86 %)');
    expect(text).toContain('seit 13 Tagen · wiederkehrend, 2 Wochen in Folge');
    expect(text).toContain('Überfällige Aufgaben (6)');
    expect(text).toContain('KW 9 3,0 → KW 10 3,5 (steigend)');
    expect(text).toContain('Es fehlen noch: <at>Gwen Park</at>');
    expect(texts(summaryCard(maximum, 'de-DE'))).toContain('und 92 weitere');
    expect(summaryText(realistic, 'de-DE')).toBe(
      'Check-in-Zusammenfassung KW 10/2026: 6 von 7 haben geantwortet, 5 Blocker, 6 überfällig',
    );
  });
});
