import { describe, expect, it } from 'vitest';
import type { AdaptiveCard, CardElement } from '../../../shared/cards/adaptive-card.ts';
import {
  CHECK_IN_CARD_MAX_TASKS,
  checkInCard,
  checkInCardState,
  type CheckInCardInput,
} from '../../../shared/cards/check-in-card.ts';
import { CHECK_IN_CARD_LIMITS, type CheckInFormValues } from '../../../shared/cards/check-in-form.ts';
import { helpRequestCard } from '../../../shared/cards/help-request-card.ts';
import type { CheckIn } from '../../../shared/domain/check-in.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { TASK_STATUSES } from '../../../shared/domain/task-status.ts';
import { checkInWindowAt } from '../../../shared/rules/check-in-window.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';

const SCHEDULE = { frequency: 'weekly' as const, weekday: 1, localTime: '09:00', windowHours: 72 };
const NY = 'America/New_York';
const OPEN = checkInWindowAt(new Date('2026-03-10T12:00:00Z'), SCHEDULE, NY);
const CLOSED = checkInWindowAt(new Date('2026-03-13T12:00:00Z'), SCHEDULE, NY);
const MEMBER = {
  userId: '00000000-0000-4000-8000-0000000000a1',
  name: 'Alice [Admin] *Example*',
  teamsUserId: '29:1fake-alice',
};
const BOARD_URL = 'https://teams.microsoft.com/l/entity/app/cadence-board';

/** Text with every kind of markdown Teams would render, cut or padded to `length`. */
function tricky(length: number, seed = ''): string {
  const unit = `${seed}**bold** [link](https://evil.example) _x_ <at>y</at> # `;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function realistic(overrides: Partial<CheckInCardInput> = {}): CheckInCardInput {
  return {
    locale: 'en-US',
    teamId: '19:team@thread.tacv2',
    teamName: 'Platform',
    member: MEMBER,
    window: OPEN,
    tasks: [
      { id: 'task-1', title: 'Fix the export [urgent]', status: 'doing' },
      { id: 'task-2', title: 'Write the release notes', status: 'todo' },
      { id: 'task-3', title: 'Review *the* API', status: 'blocked' },
    ],
    teammates: [
      { userId: '00000000-0000-4000-8000-0000000000b2', name: 'Bob Builder' },
      { userId: '00000000-0000-4000-8000-0000000000c3', name: 'Carol Chen' },
    ],
    questions: [{ id: 'q1', text: 'What did you learn this week?' }],
    boardUrl: BOARD_URL,
    ...overrides,
  };
}

function maxAnswer(): CheckIn {
  return {
    tenantId: '00000000-0000-4000-8000-000000000001',
    teamId: '19:team@thread.tacv2',
    userId: MEMBER.userId,
    week: OPEN.week,
    taskUpdates: Array.from({ length: 40 }, (_, i) => ({ taskId: `task-${i}`, status: 'doing', note: '' })),
    blockers: Array.from({ length: LIMITS.blockersPerCheckIn }, (_, i) => ({
      text: tricky(LIMITS.shortText, `b${i}`),
    })),
    wins: Array.from({ length: LIMITS.winsPerCheckIn }, (_, i) => tricky(LIMITS.shortText, `w${i}`)),
    confidence: 4,
    helpFrom: 'ffffffff-0000-4000-8000-000000000099',
    helpNote: tricky(LIMITS.shortText, 'n'),
    answers: Array.from({ length: LIMITS.questionsPerTeam }, (_, i) => ({
      questionId: `q${i}`,
      answer: tricky(CHECK_IN_CARD_LIMITS.answer, `a${i}`),
    })),
    submittedAt: '2026-03-09T14:00:00.000Z',
    updatedAt: '2026-03-10T12:00:00.000Z',
  };
}

/** Every text at its maximum length, more tasks and teammates than a card can hold. */
function maximal(overrides: Partial<CheckInCardInput> = {}): CheckInCardInput {
  const answer = maxAnswer();
  return {
    ...realistic(),
    teamName: tricky(LIMITS.name, 't'),
    member: { ...MEMBER, name: tricky(LIMITS.name, 'm') },
    tasks: Array.from({ length: 40 }, (_, i) => ({
      id: `task-${i}`,
      title: tricky(LIMITS.title, `task${i}`),
      status: TASK_STATUSES[i % 3] ?? 'todo',
    })),
    teammates: Array.from({ length: 300 }, (_, i) => ({
      userId: `ffffffff-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: tricky(LIMITS.name, `p${i}`),
    })),
    questions: Array.from({ length: LIMITS.questionsPerTeam }, (_, i) => ({
      id: `q${i}`,
      text: tricky(LIMITS.shortText, `q${i}`),
    })),
    answer,
    notices: [
      { text: `Your request for help could not be delivered to ${tricky(LIMITS.name)}.`, tone: 'warning' },
    ],
    ...overrides,
  };
}

function walk(elements: readonly CardElement[] | undefined): CardElement[] {
  return (elements ?? []).flatMap((element) => [
    element,
    ...walk(element['items'] as CardElement[] | undefined),
    ...walk(element['actions'] as CardElement[] | undefined),
  ]);
}

function everything(card: AdaptiveCard): CardElement[] {
  return [...walk(card.body), ...walk(card.actions)];
}

function inputs(card: AdaptiveCard): CardElement[] {
  return everything(card).filter((element) => String(element['type']).startsWith('Input.'));
}

function input(card: AdaptiveCard, id: string): CardElement | undefined {
  return inputs(card).find((element) => element['id'] === id);
}

function texts(card: AdaptiveCard): string[] {
  return everything(card).flatMap((element) => {
    if (element['type'] === 'TextBlock') return [String(element['text'])];
    if (element['type'] === 'FactSet') {
      return (element['facts'] as { title: string; value: string }[]).flatMap((fact) => [
        fact.title,
        fact.value,
      ]);
    }
    return [];
  });
}

function expectValid(card: AdaptiveCard): void {
  const check = checkCard(card);
  expect(check).toMatchObject({ version: '1.5', warnings: [] });
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
}

describe('the check-in card, open', () => {
  const card = checkInCard(realistic());

  it('is valid Adaptive Card 1.5 under the size budget', () => expectValid(card));

  it('offers a status choice per open task, prefilled with the task’s status', () => {
    expect(input(card, 'task.task-1')).toMatchObject({ type: 'Input.ChoiceSet', value: 'doing' });
    expect(input(card, 'task.task-3')).toMatchObject({ value: 'blocked' });
    expect(
      (input(card, 'task.task-2')?.['choices'] as { value: string }[]).map((choice) => choice.value),
    ).toEqual(['todo', 'doing', 'blocked', 'done']);
  });

  it('asks for blockers, wins, a required confidence, help from a teammate and the team’s questions', () => {
    expect(input(card, 'blockers')).toMatchObject({ type: 'Input.Text', isMultiline: true });
    expect(input(card, 'wins')).toMatchObject({ type: 'Input.Text', isMultiline: true });
    expect(input(card, 'confidence')).toMatchObject({ type: 'Input.ChoiceSet', isRequired: true });
    expect(
      (input(card, 'confidence')?.['choices'] as { value: string }[]).map((choice) => choice.value),
    ).toEqual(['1', '2', '3', '4', '5']);
    expect(input(card, 'helpFrom')).toMatchObject({ value: 'nobody' });
    expect(input(card, 'helpFrom')?.['choices']).toEqual([
      { title: 'Nobody', value: 'nobody' },
      { title: 'Bob Builder', value: '00000000-0000-4000-8000-0000000000b2' },
      { title: 'Carol Chen', value: '00000000-0000-4000-8000-0000000000c3' },
    ]);
    expect(input(card, 'helpNote')).toBeDefined();
    expect(input(card, 'question.q1')).toMatchObject({ type: 'Input.Text' });
    expect(texts(card)).toContain('What did you learn this week?');
  });

  it('submits with Action.Execute (and an Action.Submit fallback) carrying team, week, member and shown statuses', () => {
    expect(card.actions).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        title: 'Submit',
        verb: 'checkinSubmit',
        data: {
          teamId: '19:team@thread.tacv2',
          week: '2026-W11',
          userId: MEMBER.userId,
          shown: 'task-3=blocked;task-1=doing;task-2=todo',
        },
        fallback: expect.objectContaining({ type: 'Action.Submit' }),
      }),
    ]);
  });

  it('refreshes for the member only', () => {
    expect(card.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        title: 'Refresh',
        verb: 'checkinRefresh',
        data: { teamId: '19:team@thread.tacv2', week: '2026-W11', userId: MEMBER.userId },
      },
      userIds: ['29:1fake-alice'],
    });
  });

  it('names the team, the week and the deadline on the member’s clock; user text is escaped', () => {
    const shown = texts(card);
    expect(shown).toContain('Check-in · Platform');
    expect(shown).toContain('Alice \\[Admin\\] \\*Example\\*, week 11 of 2026');
    expect(shown).toContain('Open until Thursday, Mar 12, 9:00 AM EDT.');
    expect(shown).toContain('Fix the export \\[urgent\\]');
  });

  it('says so when answered before the scheduled send', () => {
    const early = checkInWindowAt(new Date('2026-03-09T12:00:00Z'), SCHEDULE, NY);
    expect(texts(checkInCard(realistic({ window: early })))).toContain(
      'You are answering early: this check-in is scheduled for Monday, Mar 9, 9:00 AM EDT.',
    );
  });

  it('shows the first 15 tasks and points to the tab for the rest', () => {
    const many = realistic({
      tasks: Array.from({ length: 20 }, (_, i) => ({
        id: `t${i}`,
        title: `Task ${i}`,
        status: 'todo' as const,
      })),
    });
    const capped = checkInCard(many);
    expect(inputs(capped).filter((element) => String(element['id']).startsWith('task.'))).toHaveLength(
      CHECK_IN_CARD_MAX_TASKS,
    );
    expect(texts(capped)).toContain('and 5 more in the tab');
    expect(everything(capped)).toContainEqual({
      type: 'Action.OpenUrl',
      title: 'Open the board',
      url: BOARD_URL,
    });
    expectValid(capped);
  });

  it('stays under the budget with every text at its maximum, shortening only what Cadence shows', () => {
    const card = checkInCard(maximal({ answer: undefined }));
    expectValid(card);
    expect(texts(card)).toContainEqual(expect.stringMatching(/^and \d+ more in the tab$/));
  });
});

describe('the check-in card, submitted', () => {
  const answer: CheckIn = {
    ...maxAnswer(),
    taskUpdates: [{ taskId: 'task-1', status: 'done', note: '' }],
    blockers: [{ text: 'Waiting for *access*' }],
    wins: ['Shipped the importer', 'Paired with Bob'],
    confidence: 4,
    helpFrom: '00000000-0000-4000-8000-0000000000b2',
    helpNote: 'A review',
    answers: [{ questionId: 'q1', answer: 'Feature flags' }],
  };
  const card = checkInCard(realistic({ answer }));

  it('says it was submitted and until when it can be edited', () => {
    expect(checkInCardState(realistic({ answer }))).toBe('submitted');
    expect(texts(card)).toContain('Submitted — you can edit until Thursday, Mar 12, 9:00 AM EDT.');
  });

  it('keeps the inputs, prefilled with the answer, and offers Update', () => {
    expect(input(card, 'blockers')?.['value']).toBe('Waiting for *access*');
    expect(input(card, 'wins')?.['value']).toBe('Shipped the importer\nPaired with Bob');
    expect(input(card, 'confidence')?.['value']).toBe('4');
    expect(input(card, 'helpFrom')?.['value']).toBe('00000000-0000-4000-8000-0000000000b2');
    expect(input(card, 'helpNote')?.['value']).toBe('A review');
    expect(input(card, 'question.q1')?.['value']).toBe('Feature flags');
    expect(card.actions?.[0]).toMatchObject({ title: 'Update', verb: 'checkinSubmit' });
    expectValid(card);
  });

  it('stays under the budget with a maximal answer, keeping the chosen helper in the list', () => {
    const input = maximal();
    const big = checkInCard(input);
    expectValid(big);
    const helpChoices = inputs(big).find((element) => element['id'] === 'helpFrom')?.['choices'] as {
      value: string;
    }[];
    expect(helpChoices.map((choice) => choice.value)).toContain(input.answer?.helpFrom);
    expect(inputs(big).find((element) => element['id'] === 'blockers')?.['value']).toBe(
      input.answer?.blockers.map((blocker) => blocker.text).join('\n'),
    );
  });
});

describe('the check-in card with errors', () => {
  const values: CheckInFormValues = {
    taskStatuses: { 'task-1': 'done' },
    blockers: 'Still *typed*',
    wins: '',
    confidence: '9',
    helpFrom: '',
    helpNote: 'kept',
    answers: { q1: 'kept too' },
  };
  const card = checkInCard(
    realistic({
      values,
      errors: { confidence: 'Confidence: 9 is not a choice; choose a number from 1 to 5.' },
    }),
  );

  it('names the field next to its input and keeps what was typed', () => {
    const body = walk(card.body);
    const confidenceAt = body.findIndex((element) => element['id'] === 'confidence');
    expect(body[confidenceAt + 1]).toMatchObject({
      type: 'TextBlock',
      color: 'Attention',
      text: 'Confidence: 9 is not a choice; choose a number from 1 to 5\\.',
    });
    expect(texts(card)).toContain('Nothing was saved. Please fix the field marked below.');
    expect(input(card, 'task.task-1')?.['value']).toBe('done');
    expect(input(card, 'blockers')?.['value']).toBe('Still *typed*');
    expect(input(card, 'helpNote')?.['value']).toBe('kept');
    expect(input(card, 'question.q1')?.['value']).toBe('kept too');
  });

  it('stays valid and under the budget with maximal content and an error on every field', () => {
    const errors = Object.fromEntries(
      [
        'blockers',
        'wins',
        'confidence',
        'helpFrom',
        'helpNote',
        ...Array.from({ length: 10 }, (_, i) => `question.q${i}`),
      ].map((field) => [field, `${field}: at most ${LIMITS.shortText} characters (you wrote 9999).`]),
    );
    expectValid(checkInCard(maximal({ errors })));
  });
});

describe('the check-in card, read-only', () => {
  const answer: CheckIn = {
    ...maxAnswer(),
    taskUpdates: [{ taskId: 'task-1', status: 'done', note: '' }],
    blockers: [{ text: 'Waiting for [access](https://x.example)' }],
    wins: ['Shipped'],
    helpFrom: '00000000-0000-4000-8000-0000000000b2',
    answers: [{ questionId: 'q1', answer: 'Flags' }],
  };

  it('after the window closed: a summary without inputs or actions, saying when it closed and when the next opens', () => {
    const card = checkInCard(realistic({ window: CLOSED, answer }));
    expect(checkInCardState(realistic({ window: CLOSED, answer }))).toBe('readOnly');
    expect(inputs(card)).toEqual([]);
    expect(card.actions).toBeUndefined();
    const shown = texts(card);
    expect(shown).toContain('The window closed at Thursday, Mar 12, 9:00 AM EDT.');
    expect(shown).toContain('The next check-in opens Monday, Mar 16, 9:00 AM EDT.');
    expect(shown).toEqual(
      expect.arrayContaining([
        'Confidence',
        '4 of 5',
        'Needs help from',
        'Bob Builder',
        'Fix the export \\[urgent\\]',
        'Done',
      ]),
    );
    expect(shown).toContain('• Waiting for \\[access\\]\\(https://x\\.example\\)');
    expect(shown).toEqual(expect.arrayContaining(['What did you learn this week?', 'Flags']));
    expectValid(card);
  });

  it('after the window closed without an answer: says none was given', () => {
    expect(texts(checkInCard(realistic({ window: CLOSED })))).toContain(
      'No check-in was given for this week.',
    );
  });

  it('for someone other than the member: read-only even while open', () => {
    const card = checkInCard(realistic({ answer, viewer: 'other' }));
    expect(inputs(card)).toEqual([]);
    expect(card.actions).toBeUndefined();
    expect(texts(card)).toContain(
      'Read-only for you. Alice \\[Admin\\] \\*Example\\* can edit it until Thursday, Mar 12, 9:00 AM EDT.',
    );
  });

  it('stays under the budget with maximal content', () => {
    expectValid(checkInCard(maximal({ window: CLOSED })));
    expectValid(checkInCard(maximal({ viewer: 'other' })));
  });
});

describe('the help request card', () => {
  it('says who asks, what blocks them, and links the task', () => {
    const card = helpRequestCard({
      locale: 'en-US',
      teamName: 'Platform',
      requesterName: 'Alice *A*',
      week: '2026-W11',
      blockers: ['Waiting for [access](https://x.example)'],
      note: 'A review of the schema',
      taskTitle: 'Review the API',
      url: 'https://teams.example/task',
    });
    expectValid(card);
    expect(texts(card)).toEqual(
      expect.arrayContaining([
        'Alice \\*A\\* asks for your help',
        '• Waiting for \\[access\\]\\(https://x\\.example\\)',
        'A review of the schema',
        'Review the API',
      ]),
    );
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open the task', url: 'https://teams.example/task' },
    ]);
  });

  it('stays under the budget with every text at its maximum, linking the board without a task', () => {
    const card = helpRequestCard({
      locale: 'en-US',
      teamName: tricky(LIMITS.name),
      requesterName: tricky(LIMITS.name),
      week: '2026-W11',
      blockers: Array.from({ length: LIMITS.blockersPerCheckIn }, () => tricky(LIMITS.shortText)),
      note: tricky(LIMITS.shortText),
      url: BOARD_URL,
    });
    expectValid(card);
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open the board', url: BOARD_URL }]);
  });
});

describe('the check-in card in German', () => {
  const german = (overrides: Partial<CheckInCardInput> = {}) => realistic({ locale: 'de-DE', ...overrides });

  it('labels the open card, its inputs and its dates in German', () => {
    const card = checkInCard(german());
    expectValid(card);
    const shown = texts(card);
    expect(shown).toEqual(
      expect.arrayContaining(['Check-in · Platform', 'Deine offenen Aufgaben', 'Diese Woche']),
    );
    expect(shown.join('\n')).toContain('KW 11/2026');
    expect(shown.join('\n')).toMatch(/Offen bis Donnerstag, 12\. März, 09:00/);
    expect(input(card, 'blockers')).toMatchObject({ label: 'Blocker (einer pro Zeile)' });
    expect(input(card, 'helpFrom')?.['choices']).toContainEqual({ title: 'Niemandem', value: 'nobody' });
    expect(input(card, 'task.task-1')?.['choices']).toContainEqual({ title: 'In Arbeit', value: 'doing' });
    expect(card.actions).toMatchObject([{ title: 'Senden' }]);
  });

  it('shows the read-only summary and field errors in German', () => {
    const closed = checkInCard(german({ window: CLOSED, answer: maxAnswer() }));
    expect(texts(closed)).toEqual(expect.arrayContaining(['Zuversicht', '4 von 5', 'Blocker', 'Erfolge']));
    const errors = checkInCard(german({ errors: { confidence: 'Zuversicht: …' } }));
    expect(texts(errors)).toContain('Nichts wurde gespeichert. Bitte korrigiere das markierte Feld unten.');
  });

  it('stays valid and under the budget with maximal content in every state', () => {
    expectValid(checkInCard(maximal({ locale: 'de-DE' })));
    expectValid(checkInCard(maximal({ locale: 'de-DE', window: CLOSED })));
    expectValid(checkInCard(maximal({ locale: 'de-DE', viewer: 'other' })));
  });

  it('asks a German helper for help in German, under the budget at maximum size', () => {
    const card = helpRequestCard({
      locale: 'de-DE',
      teamName: tricky(LIMITS.name),
      requesterName: 'Alice',
      week: '2026-W11',
      blockers: Array.from({ length: LIMITS.blockersPerCheckIn }, () => tricky(LIMITS.shortText)),
      note: tricky(LIMITS.shortText),
      taskTitle: tricky(LIMITS.title),
      url: BOARD_URL,
    });
    expectValid(card);
    expect(texts(card)).toEqual(
      expect.arrayContaining(['Alice bittet dich um Hilfe', 'Was blockiert', 'Was von dir gebraucht wird']),
    );
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Aufgabe öffnen', url: BOARD_URL }]);
  });
});
