import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../../shared/cards/adaptive-card.ts';
import {
  COMPOSE_CARD_LIMITS,
  feedbackComposeCard,
  type ComposeTeammate,
  type ComposeWork,
  type FeedbackComposeInput,
} from '../../../shared/cards/feedback-compose-card.ts';
import { DELIVERY_PART_MAX, feedbackDeliveryCard } from '../../../shared/cards/feedback-delivery-card.ts';
import { feedbackSentCard } from '../../../shared/cards/feedback-sent-card.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { checkSpecificity } from '../../../shared/rules/specificity.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';
import { actionTitles, input, inputIds, notesAfter, texts } from './card-walk.ts';

const TEAM_ID = '19:fake0team0000000000000000000000@thread.tacv2';
const DRAFT_ID = '5b0c7a52-3f4e-4d51-9a7e-1f2d3c4b5a69';

const teammates: ComposeTeammate[] = [
  { userId: '00000000-0000-4000-8000-000000000002', name: 'Bob Builder' },
  { userId: '00000000-0000-4000-8000-000000000003', name: 'Carol Chen' },
];
const work: ComposeWork[] = [
  { kind: 'goal', id: 'goal-1', title: 'Cut first-response time to 4 hours by 30 June' },
  { kind: 'task', id: 'task-1', title: 'Write canned replies for the top 10 ticket types' },
];

function compose(extra: Partial<FeedbackComposeInput> = {}): AdaptiveCard {
  return feedbackComposeCard({
    locale: 'en-US',
    teamId: TEAM_ID,
    teamName: 'Northwind Launch',
    draftId: DRAFT_ID,
    teammates,
    work,
    ...extra,
  });
}

/** Prose of exactly `length` characters, with the punctuation that escaping multiplies. */
function prose(length: number): string {
  const sentence = 'In the [release] review on 3.4. you *explained* the_rollback plan (step-by-step) #1! ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

function expectValidCard(card: AdaptiveCard): void {
  const check = checkCard(card);
  expect(check.warnings).toEqual([]);
  expect(check.version).toBe('1.5');
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
}

describe('the feedback compose card', () => {
  it('asks for recipient, situation, behaviour, impact, an optional link and who can see it', () => {
    const card = compose();
    expectValidCard(card);
    expect(inputIds(card)).toEqual(['recipientId', 'situation', 'behaviour', 'impact', 'link', 'visibility']);
    expect(input(card, 'recipientId')).toMatchObject({
      isRequired: true,
      choices: teammates.map((t) => ({ title: t.name, value: t.userId })),
    });
    for (const field of ['situation', 'behaviour', 'impact']) {
      expect(input(card, field)).toMatchObject({
        type: 'Input.Text',
        isMultiline: true,
        isRequired: true,
        maxLength: LIMITS.longText,
      });
    }
    expect(input(card, 'link')).toMatchObject({
      choices: [
        { title: 'Goal: Cut first-response time to 4 hours by 30 June', value: 'goal:goal-1' },
        { title: 'Task: Write canned replies for the top 10 ticket types', value: 'task:task-1' },
      ],
    });
    expect(input(card, 'link')).not.toHaveProperty('isRequired');
    expect(input(card, 'visibility')).toMatchObject({ value: 'private', style: 'expanded' });
  });

  it('sends with the team and the draft id, and offers no "Send anyway" before a check', () => {
    const card = compose();
    expect(actionTitles(card)).toEqual(['Send']);
    expect(card.actions?.[0]).toMatchObject({
      type: 'Action.Execute',
      verb: 'feedbackSend',
      data: { teamId: TEAM_ID, draftId: DRAFT_ID },
      fallback: { type: 'Action.Submit', data: { teamId: TEAM_ID, draftId: DRAFT_ID, verb: 'feedbackSend' } },
    });
  });

  it('comes back with what was typed, the nudges next to their fields, and "Send anyway" or "Send"', () => {
    const values = {
      recipientId: teammates[1]?.userId,
      situation: 'You always do this',
      behaviour: 'Good job',
      impact: 'The customer got the fix on Tuesday, a day early.',
      link: 'task:task-1',
      visibility: 'team' as const,
    };
    const { issues } = checkSpecificity({
      situation: values.situation,
      behaviour: values.behaviour,
      impact: values.impact,
    });
    const card = compose({ values, notes: { nudges: issues } });
    expectValidCard(card);
    expect(input(card, 'recipientId')).toMatchObject({ value: values.recipientId });
    expect(input(card, 'situation')).toMatchObject({ value: values.situation });
    expect(input(card, 'behaviour')).toMatchObject({ value: values.behaviour });
    expect(input(card, 'link')).toMatchObject({ value: 'task:task-1' });
    expect(input(card, 'visibility')).toMatchObject({ value: 'team' });
    expect(notesAfter(card, 'situation').join(' ')).toContain('"always" invites debate');
    expect(notesAfter(card, 'behaviour').join(' ')).toContain('"good job" does not say what happened');
    expect(notesAfter(card, 'impact')).toEqual([]);
    expect(actionTitles(card)).toEqual(['Send anyway', 'Send']);
    expect(card.actions?.[0]).toMatchObject({
      data: { teamId: TEAM_ID, draftId: DRAFT_ID, confirmed: true },
    });
    expect(card.actions?.[1]).toMatchObject({ data: { teamId: TEAM_ID, draftId: DRAFT_ID } });
    expect(card.actions?.[1]?.['data']).not.toHaveProperty('confirmed');
  });

  it('names a problem next to the input it is about', () => {
    const card = compose({ notes: { errors: { recipientId: 'Choose who the feedback is for.' } } });
    expect(notesAfter(card, 'recipientId')).toEqual(['Choose who the feedback is for\\.']);
  });

  it('never lets the team name or typed words become markdown or links', () => {
    const card = compose({
      teamName: '[Click me](https://evil.example) **now**',
      notes: {
        nudges: [{ field: 'situation', code: 'vague_phrase', hint: '"[x](https://evil.example)" is vague.' }],
      },
    });
    const shown = texts(card).join('\n');
    expect(shown).not.toContain('[Click me](https://evil.example)');
    expect(shown).toContain('\\[Click me\\]\\(https://evil\\.example\\) \\*\\*now\\*\\*');
    // The card words the nudge from its catalog by the issue's code, with the flagged phrase escaped.
    expect(notesAfter(card, 'situation')[0]).toBe(
      '"\\[x\\]\\(https://evil\\.example\\)" does not say what happened: name the moment and what exactly was done\\.',
    );
  });

  it('stays under the size budget with every text at its maximum and a big team', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      userId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `${'Maximilian-Alexander '.repeat(6)}${i}`.slice(0, LIMITS.name),
    }));
    const manyWork = Array.from({ length: 500 }, (_, i) => ({
      kind: i % 5 === 0 ? ('goal' as const) : ('task' as const),
      id: `item-${i}-${'x'.repeat(50)}`,
      title: prose(LIMITS.title),
    }));
    const lastPerson = many[299];
    const values = {
      recipientId: lastPerson?.userId,
      situation: prose(LIMITS.longText),
      behaviour: prose(LIMITS.longText),
      impact: prose(LIMITS.longText),
      link: `task:${manyWork[499]?.id}`,
    };
    const nudges = checkSpecificity({
      situation: 'You always never constantly every time all the time lazy careless sloppy rude',
      behaviour: 'Good job great job do better be better step up try harder awesome amazing you rock',
      impact: 'Needs improvement, take ownership, raise your game, not a team player, toxic',
    }).issues;
    const card = compose({
      teamName: prose(LIMITS.name),
      teammates: many,
      work: manyWork,
      values,
      notes: { nudges, errors: { link: 'The task or goal is not a task of this team.' } },
    });
    expectValidCard(card);
    const people = input(card, 'recipientId')['choices'] as Array<{ title: string; value: string }>;
    expect(people).toHaveLength(COMPOSE_CARD_LIMITS.teammates);
    // The one picked stays pickable even past the cap.
    expect(people.at(-1)?.value).toBe(lastPerson?.userId);
    expect(input(card, 'recipientId')).toMatchObject({ value: lastPerson?.userId });
    expect(people.every((p) => [...p.title].length <= COMPOSE_CARD_LIMITS.choiceTitle)).toBe(true);
    expect(input(card, 'link')['choices']).toHaveLength(COMPOSE_CARD_LIMITS.work);
    expect(texts(card).join(' ')).toContain('270 more teammates are in the Cadence tab');
  });

  it('says so when there is nobody to give feedback to, and offers no button', () => {
    const card = compose({ teammates: [] });
    expectValidCard(card);
    expect(inputIds(card)).toEqual([]);
    expect(card.actions).toBeUndefined();
  });
});

describe('the feedback sent card', () => {
  const base = {
    recipientName: 'Bob *Builder*',
    historyUrl: 'https://example.test/host?subPageId=history',
    locale: 'en-US' as const,
  };

  it.each([
    ['sent', 'private', 'Sent privately to Bob \\*Builder\\*'],
    ['sent', 'team', 'Sent to Bob \\*Builder\\*'],
    ['already', 'private', 'This feedback was already given to Bob \\*Builder\\*'],
    ['pending', 'private', 'Sending to Bob \\*Builder\\*'],
    ['failed', 'private', 'Saved, but not delivered to Bob \\*Builder\\*'],
    ['unreachable', 'team', 'Saved, but not delivered to Bob \\*Builder\\*'],
  ] as const)('after a %s delivery of %s feedback it says "%s"', (outcome, visibility, headline) => {
    const card = feedbackSentCard({ ...base, outcome, visibility });
    expectValidCard(card);
    expect(texts(card)[0]).toBe(headline);
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open history', url: base.historyUrl }]);
  });

  it('tells the giver the feedback is in the history when Teams did not take it', () => {
    const card = feedbackSentCard({ ...base, outcome: 'failed', visibility: 'private' });
    expect(texts(card)[1]).toContain('It is in their history in Cadence');
  });
});

describe('the feedback delivery card', () => {
  const base = {
    giverName: 'Alice Leader',
    teamName: 'Northwind Launch',
    locale: 'en-US' as const,
    source: 'card' as const,
    situation: 'In Tuesday’s release review',
    behaviour: 'you walked the team through the rollback plan step by step',
    impact: 'we shipped on time with no open questions',
    visibility: 'private' as const,
    historyUrl: 'https://example.test/host?subPageId=history%3Abob',
  };

  it('shows from whom, the three parts, what it is about, and links to the task and the history', () => {
    const card = feedbackDeliveryCard({
      ...base,
      about: { kind: 'task', title: 'Release 2.1', url: 'https://example.test/host?subPageId=task%3At1' },
    });
    expectValidCard(card);
    expect(texts(card)).toEqual([
      'Feedback from Alice Leader',
      'Northwind Launch · Private: only you, the giver and team leaders can see it.',
      'Situation',
      'In Tuesday’s release review',
      'Behaviour',
      'you walked the team through the rollback plan step by step',
      'Impact',
      'we shipped on time with no open questions',
      'About the task: Release 2\\.1',
    ]);
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Open the task',
        url: 'https://example.test/host?subPageId=task%3At1',
      },
      { type: 'Action.OpenUrl', title: 'Open my history', url: base.historyUrl },
    ]);
  });

  it('titles a review by the task it is about', () => {
    const card = feedbackDeliveryCard({
      ...base,
      source: 'review',
      about: { kind: 'task', title: 'Release 2.1', url: 'https://example.test/t' },
    });
    expect(texts(card)[0]).toBe('Alice Leader reviewed “Release 2\\.1”');
  });

  it('escapes what the giver wrote: a link stays text', () => {
    const card = feedbackDeliveryCard({ ...base, behaviour: 'see [this](https://evil.example) <b>now</b>' });
    expect(texts(card)).toContain('see \\[this\\]\\(https://evil\\.example\\) \\<b\\>now\\</b\\>');
  });

  it('shortens each part at the limit to stay under the size budget, and says where the rest is', () => {
    const long = prose(LIMITS.longText);
    const card = feedbackDeliveryCard({
      ...base,
      giverName: prose(LIMITS.name),
      teamName: prose(LIMITS.name),
      situation: long,
      behaviour: long,
      impact: long,
      about: { kind: 'goal', title: prose(LIMITS.title), url: 'https://example.test/board' },
    });
    expectValidCard(card);
    expect(texts(card)).toContain('This is shortened here: open your history for the whole text.');
    expect(card.actions?.[0]).toMatchObject({ title: 'Open Cadence' });
    expect(DELIVERY_PART_MAX).toBeLessThan(LIMITS.longText);
  });
});
