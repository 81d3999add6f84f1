import { describe, expect, it } from 'vitest';
import type { BoardMember, BoardResponse } from '../../../shared/api/board.ts';
import { createTranslator } from '../../../shared/i18n/translate.ts';
import { checkSpecificity, type SpecificityCode } from '../../../shared/rules/specificity.ts';
import { personLabel } from '../../../tab/history/person-picker.tsx';
import { specificityHint } from '../../../tab/history/specificity-hint.ts';
import { workLinkLabel } from '../../../tab/history/work-link-label.ts';
import { history as historyDe } from '../../../tab/i18n/de-DE/history.ts';
import { history } from '../../../tab/i18n/en-US/history.ts';

const english = createTranslator('en-US', history);
const german = createTranslator('de-DE', historyDe, history);

describe('specificity hints in the tab’s language', () => {
  const issues = [
    ...checkSpecificity('Always awesome').issues,
    ...checkSpecificity({ situation: 'lazy', behaviour: 'ok', impact: 'fine' }).issues,
  ];

  it('covers every code, in English exactly as the rule writes it', () => {
    const codes: SpecificityCode[] = [
      'too_short',
      'vague_phrase',
      'absolute_language',
      'personality_label',
      'no_observation',
    ];
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(codes));
    for (const issue of issues) expect(specificityHint(issue, english)).toBe(issue.hint);
  });

  it('says them in German with the quoted phrase and the word count', () => {
    const texts = issues.map((issue) => specificityHint(issue, german));
    expect(texts).toContain('„always“ lädt zur Diskussion ein: Beschreibe lieber eine bestimmte Situation.');
    expect(texts).toContain(
      '„lazy“ bewertet die Person: Beschreibe lieber das Verhalten, das du gesehen hast.',
    );
    expect(texts).toContain('Mehr Details: mindestens 3 Wörter.');
    expect(texts).toContain('Mehr Details: mindestens 5 Wörter.');
    for (const [i, issue] of issues.entries()) expect(texts[i]).not.toBe(issue.hint);
  });

  it('falls back to the rule’s text when it cannot read the parts', () => {
    expect(specificityHint({ code: 'vague_phrase', hint: 'Something else.' }, german)).toBe(
      'Something else.',
    );
  });
});

const board = {
  tasks: [{ id: 't1', title: 'Release checklist' }],
  goals: [{ id: 'g1', statement: 'Ship v2 by March' }],
} as unknown as BoardResponse;

describe('work-link labels', () => {
  it('names the linked task or goal, or says it was removed', () => {
    expect(workLinkLabel({ kind: 'task', id: 't1' }, board, english)).toBe('Task: Release checklist');
    expect(workLinkLabel({ kind: 'goal', id: 'gone' }, board, english)).toBe('Goal: a removed goal');
    expect(workLinkLabel({ kind: 'task', id: 't1' }, board, german)).toBe('Aufgabe: Release checklist');
    expect(workLinkLabel({ kind: 'task', id: 'gone' }, board, german)).toBe(
      'Aufgabe: eine entfernte Aufgabe',
    );
    expect(workLinkLabel(undefined, board, german)).toBeUndefined();
  });
});

describe('the person picker’s labels', () => {
  const member = (userId: string, active: boolean) => ({ userId, name: 'Bo', active }) as BoardMember;

  it('marks me and people who left', () => {
    expect(personLabel(member('me', true), 'me', english)).toBe('Bo (me)');
    expect(personLabel(member('x', false), 'me', english)).toBe('Bo (left)');
    expect(personLabel(member('x', true), 'me', german)).toBe('Bo');
    expect(personLabel(member('me', true), 'me', german)).toBe('Bo (ich)');
    expect(personLabel(member('x', false), 'me', german)).toBe('Bo (ausgetreten)');
  });
});
