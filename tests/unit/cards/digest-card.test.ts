import { describe, expect, it } from 'vitest';
import { buildDemoTeam } from '../../../bot/local/demo-team.ts';
import { digestCard, digestText } from '../../../shared/cards/digest-card.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { digestFigures, type DigestFigures } from '../../../shared/rules/accountability/digest-figures.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';

const NOW = new Date('2026-03-12T15:00:00Z');
const realistic = digestFigures(buildDemoTeam(NOW), '2026-W10', NOW);
const long = (n: number) => `[link](https://x.example) ${'y'.repeat(n - 27)}`;
const person = (i: number) => ({ userId: `u${i}`, name: long(LIMITS.name) });

const maximum: DigestFigures = {
  teamName: long(LIMITS.name),
  week: '2026-W10',
  participation: {
    week: '2026-W10',
    answered: 0,
    expected: 300,
    rate: 0,
    missing: Array.from({ length: 300 }, (_, i) => person(i)),
  },
  overdue: Array.from({ length: 100 }, (_, i) => ({
    taskId: `t${i}`,
    title: long(LIMITS.title),
    assignee: person(i),
    dueDate: '2026-01-01',
    days: 70,
  })),
  blocked: Array.from({ length: 100 }, (_, i) => ({
    taskId: `t${i}`,
    title: long(LIMITS.title),
    assignee: person(i),
    reason: long(LIMITS.shortText),
    days: 40,
  })),
  feedbackGaps: Array.from({ length: 300 }, (_, i) => ({
    person: person(i),
    days: 30,
    lastAt: NOW.toISOString(),
  })),
  recognitionGaps: Array.from({ length: 300 }, (_, i) => ({ person: person(i) })),
  suggestions: Array.from({ length: 50 }, (_, i) => ({
    kind: 'goal_completed' as const,
    people: Array.from({ length: 20 }, (_, j) => person(j)),
    goalId: `g${i}`,
    statement: long(LIMITS.title),
    completedAt: NOW.toISOString(),
  })),
};

const texts = (figures: DigestFigures) =>
  digestCard(figures, 'en-US')
    .body.map((e) => String(e['text']))
    .join('\n');

describe.each([
  ['realistic', realistic],
  ['maximum', maximum],
])('the digest card with %s content', (_name, figures) => {
  it('parses as Adaptive Card 1.5 without a warning, under the size budget', () => {
    const check = checkCard(digestCard(figures, 'en-US'));
    expect(check).toMatchObject({ version: '1.5', warnings: [] });
    expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  });
});

describe('shared/cards/digest-card.ts', () => {
  it('shows participation, overdue and blocked work, feedback and recognition gaps', () => {
    const text = texts(realistic);
    expect(text).toContain('Your weekly digest · week 10 of 2026');
    expect(text).toContain('6 of 7 answered (86%). Missing: Gwen Park');
    expect(text).toContain('Blocked (6)');
    expect(text).toContain(
      'Retire the legacy ticket importer · Dan Okafor · blocked 13 days: Waiting for admin rights on the helpdesk',
    );
    expect(text).toContain('Feedback gaps (3)\n• Chen Wei · no feedback yet');
    expect(text).toContain('Recognition gaps (4)');
    expect(text).toContain('No completed goals or on-time streaks this week.');
    expect(digestText(realistic, 'en-US')).toBe(
      'Your weekly digest for Northwind Launch: 3 feedback gaps, 0 suggested recognitions',
    );
  });

  it('names suggested recognitions: completed goals and on-time streaks', () => {
    const [a, b] = [person(1), { userId: 'u2', name: 'Bea' }];
    const text = texts({
      ...realistic,
      suggestions: [
        {
          kind: 'goal_completed',
          people: [{ ...a, name: 'Al' }],
          goalId: 'g',
          statement: 'Cut response time',
          completedAt: NOW.toISOString(),
        },
        {
          kind: 'on_time_streak',
          people: [b],
          count: 4,
          lastTaskTitle: 'Ship 2.5',
          completedAt: NOW.toISOString(),
        },
      ],
    });
    expect(text).toContain('Al: goal completed, “Cut response time”');
    expect(text).toContain('Bea: 4 tasks in a row done on time, the latest “Ship 2\\.5”');
  });

  it('escapes user text so it never becomes a link', () => {
    expect(texts(maximum)).toContain('\\[link\\]\\(https://x\\.example\\)');
  });
});

describe('the digest card in German', () => {
  it.each([
    ['realistic', realistic],
    ['maximum', maximum],
  ])('parses without a warning, under the size budget, with %s content', (_name, figures) => {
    const check = checkCard(digestCard(figures, 'de-DE'));
    expect(check).toMatchObject({ version: '1.5', warnings: [] });
    expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  });

  it('says it in German', () => {
    const text = digestCard(realistic, 'de-DE')
      .body.map((e) => String(e['text']))
      .join('\n');
    expect(text).toContain('Dein Wochenüberblick · KW 10/2026');
    expect(text).toContain('6 von 7 haben geantwortet (86 %). Es fehlen: Gwen Park');
    expect(text).toContain('seit 13 Tagen blockiert: Waiting for admin rights on the helpdesk');
    expect(text).toContain('Feedback-Lücken (3)\n• Chen Wei · noch kein Feedback');
    expect(digestText(realistic, 'de-DE')).toBe(
      'Dein Wochenüberblick für Northwind Launch: 3 Feedback-Lücken, 0 vorgeschlagene Anerkennungen',
    );
  });
});
