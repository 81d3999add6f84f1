import { describe, expect, it } from 'vitest';
import {
  parseCheckInAnswer,
  parseCheckInCardData,
  type CheckInInputContext,
} from '../../../bot/handlers/check-in/check-in-input.ts';

const BOB = '00000000-0000-4000-8000-0000000000b2';
const CONTEXT: CheckInInputContext = {
  tasks: new Map([
    ['t1', { title: 'Fix the export' }],
    ['t2', { title: 'Write notes' }],
  ]),
  questionIds: ['q1'],
  teammateIds: new Set([BOB]),
};

function parse(data: Record<string, unknown>) {
  return parseCheckInAnswer({ teamId: 'x', week: '2026-W11', confidence: '3', ...data }, 'en-US', CONTEXT);
}

describe('parseCheckInCardData', () => {
  it('needs a team, an existing ISO week and a member id', () => {
    expect(parseCheckInCardData({ teamId: '19:a@thread.tacv2', week: '2026-W11', userId: BOB })).toEqual({
      teamId: '19:a@thread.tacv2',
      week: '2026-W11',
      userId: BOB,
    });
    expect(parseCheckInCardData({ teamId: '19:a', week: '2025-W53', userId: BOB })).toBeUndefined();
    expect(parseCheckInCardData({ teamId: '19:a', week: '2026-W11' })).toBeUndefined();
  });
});

describe('parseCheckInAnswer', () => {
  it('reads one blocker or win per line, dropping empty lines and typed bullets', () => {
    const parsed = parse({
      blockers: '- Waiting for access\r\n\n  • No test tenant  ',
      wins: '* Shipped\nPaired',
    });
    expect(parsed).toMatchObject({
      ok: true,
      answer: {
        blockers: ['Waiting for access', 'No test tenant'],
        wins: ['Shipped', 'Paired'],
        confidence: 3,
      },
    });
  });

  it('marks a task status as changed only when it differs from what the card showed', () => {
    const parsed = parse({
      shown: 't1=doing;t2=todo',
      'task.t1': 'done',
      'task.t2': 'todo',
      'task.zz': 'done',
    });
    expect(parsed.ok && parsed.answer.taskStatuses).toEqual([
      { taskId: 't1', status: 'done', changed: true },
      { taskId: 't2', status: 'todo', changed: false },
    ]);
  });

  it('treats every status as changed on a card that did not say what it showed', () => {
    const parsed = parse({ 'task.t1': 'doing' });
    expect(parsed.ok && parsed.answer.taskStatuses).toEqual([
      { taskId: 't1', status: 'doing', changed: true },
    ]);
  });

  it('keeps only answered questions, and help only when a teammate is named', () => {
    const nobody = parse({ helpFrom: 'nobody' });
    expect(nobody).toMatchObject({ ok: true, form: { helpFrom: '' } });
    expect(nobody.ok && nobody.answer.helpFrom).toBeUndefined();
    expect(parse({ 'question.q1': '  ', helpFrom: '' })).toMatchObject({
      ok: true,
      answer: { answers: [], helpNote: '' },
    });
    const parsed = parse({ 'question.q1': 'Flags', helpFrom: BOB.toUpperCase(), helpNote: ' Review ' });
    expect(parsed).toMatchObject({
      ok: true,
      answer: { answers: [{ questionId: 'q1', answer: 'Flags' }], helpFrom: BOB, helpNote: 'Review' },
    });
  });

  it.each([
    [{ confidence: undefined }, 'confidence', 'Confidence: choose how confident you are, from 1 to 5.'],
    [{ confidence: '0' }, 'confidence', 'Confidence: 0 is not a choice; choose a number from 1 to 5.'],
    [{ confidence: '3.5' }, 'confidence', 'Confidence: 3.5 is not a choice; choose a number from 1 to 5.'],
    [{ blockers: 'x\n'.repeat(11) }, 'blockers', 'Blockers: at most 10, one per line (you wrote 11).'],
    [{ wins: `ok\n${'w'.repeat(501)}` }, 'wins', 'Wins: line 2 is longer than 500 characters.'],
    [
      { helpFrom: '00000000-0000-4000-8000-00000000dead' },
      'helpFrom',
      'Need help from: choose a teammate from the list.',
    ],
    [{ helpNote: 'n'.repeat(501) }, 'helpNote', 'What you need: at most 500 characters (you wrote 501).'],
    [
      { 'question.q1': 'a'.repeat(501) },
      'question.q1',
      'Your answer: at most 500 characters (you wrote 501).',
    ],
    [
      { 'task.t1': 'finished' },
      'task.t1',
      'Status of “Fix the export”: choose To do, Doing, Blocked or Done.',
    ],
  ])('names the field for %j', (data, field, problem) => {
    const parsed = parse(data);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual({ [field]: problem });
  });

  it('keeps what was typed for the card shown again with the errors', () => {
    const parsed = parse({
      confidence: '9',
      blockers: ' typed\n',
      'task.t2': 'blocked',
      'question.q1': 'kept',
    });
    expect(parsed.form).toMatchObject({
      confidence: '9',
      blockers: ' typed\n',
      taskStatuses: { t2: 'blocked' },
      answers: { q1: 'kept' },
    });
  });
});

describe('parseCheckInAnswer in German', () => {
  it('names each problem in German, naming the field', () => {
    const parsed = parseCheckInAnswer(
      {
        teamId: 'x',
        week: '2026-W11',
        confidence: '9',
        blockers: Array.from({ length: 20 }, (_, i) => `b${i}`).join('\n'),
        helpFrom: 'someone-else',
        'task.t1': 'finished',
      },
      'de-DE',
      CONTEXT,
    );
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toMatchObject({
      'task.t1': 'Status von „Fix the export“: Wähle Zu erledigen, In Arbeit, Blockiert oder Erledigt.',
      blockers: expect.stringMatching(
        /^Blocker: höchstens \d+, einer pro Zeile \(du hast 20 geschrieben\)\.$/,
      ),
      confidence: 'Zuversicht: 9 steht nicht zur Auswahl; wähle eine Zahl von 1 bis 5.',
      helpFrom: 'Hilfe von: Wähle ein Teammitglied aus der Liste.',
    });
  });
});
