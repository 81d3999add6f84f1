import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../../shared/cards/adaptive-card.ts';
import { assignmentCard } from '../../../shared/cards/assignment-card.ts';
import { feedbackComposeCard } from '../../../shared/cards/feedback-compose-card.ts';
import { feedbackDeliveryCard } from '../../../shared/cards/feedback-delivery-card.ts';
import { feedbackSentCard } from '../../../shared/cards/feedback-sent-card.ts';
import { listed, recognitionCard, recognitionSummary } from '../../../shared/cards/recognition-card.ts';
import { recognitionComposeCard } from '../../../shared/cards/recognition-compose-card.ts';
import { recognitionSentCard } from '../../../shared/cards/recognition-sent-card.ts';
import { reviewAnsweredCard } from '../../../shared/cards/review-answered-card.ts';
import { reviewPickerCard } from '../../../shared/cards/review-picker-card.ts';
import { reviewRequestCard } from '../../../shared/cards/review-request-card.ts';
import { reviewRequestedCard } from '../../../shared/cards/review-requested-card.ts';
import { tasksCard, type DoneTaskItem, type OpenTaskItem } from '../../../shared/cards/tasks-card.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { checkSpecificity } from '../../../shared/rules/specificity.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';
import { actionTitles, input, notesAfter, texts } from './card-walk.ts';

const de = 'de-DE' as const;
const TEAM_ID = '19:fake0team0000000000000000000000@thread.tacv2';
const DRAFT_ID = '5b0c7a52-3f4e-4d51-9a7e-1f2d3c4b5a69';
const LONG_LINK = `https://teams.microsoft.com/l/entity/${'a'.repeat(36)}/cadence?context=${'%7B%22x%22%7D'.repeat(40)}`;
/** Characters escaping multiplies, and umlauts (two bytes each in UTF-8). */
const WORST = '*_[](){}#+-.!|<>~`\\äöüß';

function worst(length: number): string {
  return WORST.repeat(Math.ceil(length / WORST.length)).slice(0, length);
}

/** Text full of markdown, links and mention markup, as a message might be. */
function hostile(length: number): string {
  const unit = '**Fett** [Link](https://x.example) <at>Mallory</at> - Punkt\n';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function person(index: number, name = `Person ${index}`) {
  return { userId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, name };
}

function expectValid(card: AdaptiveCard): void {
  const check = checkCard(card);
  expect(check.warnings).toEqual([]);
  expect(check.version).toBe('1.5');
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
}

function openTask(index: number, patch: Partial<OpenTaskItem> = {}): OpenTaskItem {
  return { taskId: `task-${index}`, title: `Aufgabe ${index}`, status: 'todo', url: LONG_LINK, ...patch };
}

function doneTask(index: number, patch: Partial<DoneTaskItem> = {}): DoneTaskItem {
  return {
    taskId: `done-${index}`,
    title: `Erledigt ${index}`,
    doneOn: '2026-06-01',
    url: LONG_LINK,
    ...patch,
  };
}

describe('the tasks card in German', () => {
  const base = {
    teamId: TEAM_ID,
    teamName: 'Plattform',
    today: '2026-06-03',
    boardUrl: LONG_LINK,
    locale: de,
  };

  it('names groups, due dates and actions in German', () => {
    const card = tasksCard({
      ...base,
      open: [
        openTask(1, { status: 'doing', dueDate: '2026-06-03', goalTitle: 'Hilfe-Center starten' }),
        openTask(2, { status: 'blocked', blockedReason: 'Wartet auf IT', dueDate: '2026-06-01' }),
        openTask(3, { dueDate: '2026-06-20' }),
      ],
      recentlyDone: [doneTask(1)],
    });
    expectValid(card);
    const shown = texts(card);
    expect(shown.slice(0, 2)).toEqual([
      'Deine offenen Aufgaben',
      'Plattform · 3 offene Aufgaben, 1 überfällig',
    ]);
    const json = JSON.stringify(card);
    for (const text of [
      'In Arbeit (1)',
      'Heute fällig, Mi., 3. Juni',
      'Ziel: Hilfe\\\\-Center starten',
      'Blockiert (1)',
      'Überfällig: war fällig am Mo., 1. Juni',
      'Blockiert: Wartet auf IT',
      'Zu erledigen (1)',
      'Fällig am Sa., 20. Juni',
      'Kürzlich erledigt',
      'Erledigt am Mo., 1. Juni',
    ]) {
      expect(json).toContain(`"text":"${text}"`);
    }
    expect(actionTitles(card)).toEqual(['Board öffnen']);
    expect(JSON.stringify(card)).toContain('"title":"Review anfordern"');
    expect(JSON.stringify(card)).toContain('"title":"Öffnen"');
  });

  it('says so in German when nothing is open, and counts one task in the singular', () => {
    expect(texts(tasksCard({ ...base, open: [], recentlyDone: [] }))[0]).toBe('Keine offenen Aufgaben');
    expect(texts(tasksCard({ ...base, open: [openTask(1)], recentlyDone: [] }))[1]).toBe(
      'Plattform · 1 offene Aufgabe',
    );
  });

  it('stays valid and under 28 KB at maximum size', () => {
    const open = Array.from({ length: 40 }, (_, i) =>
      openTask(i, {
        status: 'blocked',
        title: worst(LIMITS.title),
        goalTitle: worst(LIMITS.title),
        blockedReason: worst(LIMITS.shortText),
        dueDate: '2026-05-01',
      }),
    );
    const recentlyDone = Array.from({ length: 10 }, (_, i) =>
      doneTask(i, { title: worst(LIMITS.title), goalTitle: worst(LIMITS.title) }),
    );
    const card = tasksCard({ ...base, teamName: worst(LIMITS.name), open, recentlyDone });
    expectValid(card);
    expect(texts(card).some((text) => /^Und \d+ weitere auf dem Board\.$/.test(text))).toBe(true);
  });
});

describe('the assignment notice in German', () => {
  it('tells the assignee in German, with the due date spelled the German way', () => {
    const card = assignmentCard({
      locale: de,
      teamName: 'Plattform',
      assignerName: 'Alice',
      task: { title: 'FAQ schreiben', dueDate: '2026-06-12' },
      goalTitle: 'Antwortzeit senken',
      taskUrl: LONG_LINK,
    });
    expectValid(card);
    expect(texts(card).slice(0, 2)).toEqual([
      'Eine Aufgabe für dich',
      'Alice hat dir diese Aufgabe zugewiesen.',
    ]);
    expect(JSON.stringify(card)).toContain('{"title":"Fällig","value":"Fr., 12. Juni 2026"}');
    expect(actionTitles(card)).toEqual(['Aufgabe öffnen']);
  });

  it('stays valid and under 28 KB at maximum size', () => {
    const card = assignmentCard({
      locale: de,
      teamName: worst(LIMITS.name),
      assignerName: worst(LIMITS.name),
      task: { title: worst(LIMITS.title), description: worst(LIMITS.longText) },
      goalTitle: worst(LIMITS.title),
      taskUrl: LONG_LINK,
    });
    expectValid(card);
    expect(JSON.stringify(card)).toContain('Kein Fälligkeitsdatum');
  });
});

describe('the recognition cards in German', () => {
  const value = { emoji: '🎯', name: 'Verantwortung' };

  it('posts "hat … anerkannt" with the German list and work label', () => {
    const recipients = [
      { name: 'Bob', teamsUserId: '29:bob' },
      { name: 'Carol', teamsUserId: '29:carol' },
      { name: 'Dan' },
    ];
    const card = recognitionCard({
      locale: de,
      giverName: 'Alice',
      recipients,
      value,
      message: 'Danke für den Rollback-Plan.',
      work: { kind: 'goal', title: 'Release 2.1', url: LONG_LINK },
    });
    expectValid(card);
    expect(texts(card)[1]).toBe('Alice hat <at>Bob</at>, <at>Carol</at> und Dan anerkannt');
    expect(texts(card)).toContain('Ziel: Release 2\\.1');
    expect(actionTitles(card)).toEqual(['Ziel öffnen']);
    expect(recognitionSummary({ locale: de, giverName: 'Alice', recipients, value })).toBe(
      'Alice hat Bob, Carol und Dan anerkannt: 🎯 Verantwortung',
    );
    expect(listed(['A', 'B'], 'en-US')).toBe('A and B');
  });

  it('stays valid and under 28 KB with 20 long-named recipients and the longest message', () => {
    const card = recognitionCard({
      locale: de,
      giverName: worst(LIMITS.name),
      recipients: Array.from({ length: LIMITS.recipientsPerRecognition }, (_, i) => ({
        name: `${'Ä'.repeat(LIMITS.name - 4)} ${String(i).padStart(3, '0')}`,
        teamsUserId: `29:${'x'.repeat(100)}-${i}`,
      })),
      value: { emoji: '🏆🏆🏆🏆', name: 'V'.repeat(LIMITS.name) },
      message: hostile(LIMITS.longText),
      work: { kind: 'task', title: worst(LIMITS.title), url: LONG_LINK },
    });
    expectValid(card);
  });

  it('composes in German, keeping the error under its field, and stays under budget for a big team', () => {
    const people = Array.from({ length: 300 }, (_, i) => person(i, worst(LIMITS.name)));
    const work = Array.from({ length: 400 }, (_, i) => ({
      kind: i % 2 ? ('task' as const) : ('goal' as const),
      id: `w-${i}`,
      title: worst(LIMITS.title),
    }));
    const card = recognitionComposeCard({
      locale: de,
      teamId: TEAM_ID,
      teamName: worst(LIMITS.name),
      draftId: DRAFT_ID,
      people,
      values: [{ id: 'v1', emoji: '🎯', name: worst(LIMITS.name), description: worst(LIMITS.shortText) }],
      work,
      draft: { recipientIds: people[299]?.userId, link: 'task:w-399', message: hostile(LIMITS.longText) },
      error: { field: 'message', message: 'Nachricht darf nicht leer sein.' },
    });
    expectValid(card);
    expect(texts(card)[0]).toBe('Teammitglied anerkennen');
    expect(input(card, 'recipientIds')).toMatchObject({
      label: 'Wen',
      errorMessage: 'Wähle mindestens eine Person aus.',
    });
    expect(input(card, 'link')).toMatchObject({
      label: 'Verknüpfte Aufgabe oder verknüpftes Ziel (optional)',
    });
    expect(texts(card).some((text) => /^\d+ von 300 Personen werden angezeigt\./.test(text))).toBe(true);
    expect(actionTitles(card)).toEqual(['Anerkennung posten']);
  });

  it.each(['posted', 'pending', 'noChannel', 'failed'] as const)(
    'says in German what became of a %s post',
    (delivery) => {
      const card = recognitionSentCard({
        locale: de,
        teamName: worst(LIMITS.name),
        delivery,
        summary: worst(2000),
        historyUrl: LONG_LINK,
        retry: { teamId: TEAM_ID, draftId: DRAFT_ID },
      });
      expectValid(card);
      expect(texts(card)[0]).toMatch(/^Anerkennung /);
      expect(actionTitles(card).at(-1)).toBe('Verlauf öffnen');
      if (delivery !== 'posted') expect(actionTitles(card)[0]).toBe('Erneut posten');
    },
  );
});

describe('the feedback cards in German', () => {
  const teammates = Array.from({ length: 60 }, (_, i) => person(i, worst(LIMITS.name)));
  const work = Array.from({ length: 40 }, (_, i) => ({
    kind: 'task' as const,
    id: `t-${i}`,
    title: worst(LIMITS.title),
  }));

  it('composes in German, with German nudges next to the fields, under budget at maximum size', () => {
    const nudges = checkSpecificity({
      situation: 'good job',
      behaviour: 'you always help',
      impact: 'great',
    }).issues;
    const card = feedbackComposeCard({
      locale: de,
      teamId: TEAM_ID,
      teamName: worst(LIMITS.name),
      draftId: DRAFT_ID,
      teammates,
      work,
      values: {
        recipientId: teammates[0]?.userId,
        situation: worst(LIMITS.longText),
        behaviour: worst(LIMITS.longText),
        impact: worst(LIMITS.longText),
        visibility: 'team',
      },
      notes: { nudges, errors: { link: 'Die Aufgabe oder das Ziel ist keine Aufgabe dieses Teams.' } },
    });
    expectValid(card);
    expect(texts(card)[0]).toBe('Feedback geben');
    expect(input(card, 'behaviour')).toMatchObject({
      label: 'Verhalten',
      errorMessage: 'Verhalten ist erforderlich.',
    });
    expect(notesAfter(card, 'behaviour').join(' ')).toContain('„always“ lädt zur Diskussion ein');
    expect(notesAfter(card, 'situation').join(' ')).toContain('„good job“ sagt nicht, was passiert ist');
    expect(texts(card).some((text) => text.startsWith('Neben den Feldern stehen'))).toBe(true);
    expect(actionTitles(card)).toEqual(['Trotzdem senden', 'Senden']);
  });

  it('delivers in German, shortened at maximum size', () => {
    const card = feedbackDeliveryCard({
      locale: de,
      giverName: worst(LIMITS.name),
      teamName: worst(LIMITS.name),
      source: 'review',
      situation: worst(LIMITS.longText),
      behaviour: worst(LIMITS.longText),
      impact: worst(LIMITS.longText),
      visibility: 'private',
      about: { kind: 'task', title: worst(LIMITS.title), url: LONG_LINK },
      historyUrl: LONG_LINK,
    });
    expectValid(card);
    expect(texts(card)[0]).toMatch(/^Review von /);
    expect(texts(card)).toEqual(
      expect.arrayContaining([
        'Situation',
        'Verhalten',
        'Wirkung',
        'Hier gekürzt: Den ganzen Text findest du in deinem Verlauf.',
      ]),
    );
    expect(actionTitles(card)).toEqual(['Aufgabe öffnen', 'Meinen Verlauf öffnen']);
  });

  it.each(['sent', 'already', 'pending', 'unreachable', 'failed'] as const)(
    'tells the giver in German after a %s delivery',
    (outcome) => {
      const card = feedbackSentCard({
        locale: de,
        recipientName: worst(LIMITS.name),
        visibility: 'private',
        outcome,
        historyUrl: LONG_LINK,
      });
      expectValid(card);
      expect(texts(card)[1]).toContain('du und die Teamleitung können es sehen.');
      expect(actionTitles(card)).toEqual(['Verlauf öffnen']);
    },
  );
});

describe('the review cards in German', () => {
  it('asks the reviewer in German, at maximum size with nudges', () => {
    const nudges = checkSpecificity({ situation: 'ok', behaviour: 'ok', impact: 'ok' }).issues;
    const card = reviewRequestCard({
      locale: de,
      teamId: TEAM_ID,
      reviewId: DRAFT_ID,
      teamName: worst(LIMITS.name),
      taskTitle: worst(LIMITS.title),
      requesterName: worst(LIMITS.name),
      note: worst(LIMITS.shortText),
      taskUrl: LONG_LINK,
      values: {
        situation: worst(LIMITS.longText),
        behaviour: worst(LIMITS.longText),
        impact: worst(LIMITS.longText),
      },
      notes: { nudges },
    });
    expectValid(card);
    expect(texts(card)[0]).toBe('Review-Anfrage');
    expect(input(card, 'situation')).toMatchObject({ label: 'Was du dir angesehen hast' });
    expect(notesAfter(card, 'impact').join(' ')).toContain('mindestens');
    expect(actionTitles(card)).toEqual(['Trotzdem senden', 'Review senden', 'Aufgabe öffnen']);
  });

  it('offers the picker in German, under budget for a big team', () => {
    const card = reviewPickerCard({
      locale: de,
      teamId: TEAM_ID,
      taskId: 'task-1',
      draftId: DRAFT_ID,
      taskTitle: worst(LIMITS.title),
      teammates: Array.from({ length: 200 }, (_, i) => person(i, worst(LIMITS.name))),
      values: { note: worst(LIMITS.shortText) },
      errors: { reviewerId: 'Wähle aus, wer es prüfen soll.' },
    });
    expectValid(card);
    expect(texts(card)[0]).toBe('Review anfordern');
    expect(input(card, 'note')).toMatchObject({ label: 'Notiz für die prüfende Person (optional)' });
    expect(actionTitles(card)).toEqual(['Review anfordern']);
  });

  it.each(['sent', 'already', 'pending', 'unreachable', 'failed'] as const)(
    'answers requester and reviewer in German after a %s delivery',
    (outcome) => {
      const requested = reviewRequestedCard({
        locale: de,
        reviewerName: worst(LIMITS.name),
        taskTitle: worst(LIMITS.title),
        outcome,
        taskUrl: LONG_LINK,
      });
      const answered = reviewAnsweredCard({
        locale: de,
        requesterName: worst(LIMITS.name),
        taskTitle: worst(LIMITS.title),
        outcome,
        taskUrl: LONG_LINK,
      });
      expectValid(requested);
      expectValid(answered);
      expect(texts(requested)[0]).toMatch(/^Review(-Anfrage gespeichert| bei)/);
      expect(texts(answered)[0]).toMatch(/^(Danke – |Du hast dieses Review)/);
      expect(actionTitles(answered)).toEqual(['Aufgabe öffnen']);
    },
  );
});
