import { describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../../shared/cards/adaptive-card.ts';
import { reviewAnsweredCard } from '../../../shared/cards/review-answered-card.ts';
import { REVIEW_PICKER_LIMITS, reviewPickerCard } from '../../../shared/cards/review-picker-card.ts';
import { reviewRequestAction } from '../../../shared/cards/review-request-action.ts';
import { reviewRequestCard, type ReviewRequestCardInput } from '../../../shared/cards/review-request-card.ts';
import { reviewRequestedCard } from '../../../shared/cards/review-requested-card.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { checkSpecificity } from '../../../shared/rules/specificity.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';
import { actionTitles, input, inputIds, notesAfter, texts } from './card-walk.ts';

const TEAM_ID = '19:fake0team0000000000000000000000@thread.tacv2';
const REVIEW_ID = '0b7f5c1e-2a4d-4f3b-8c6e-9d1a2b3c4d5e';
const TASK_URL = 'https://example.test/host?subPageId=task%3At1';

function expectValidCard(card: AdaptiveCard): void {
  const check = checkCard(card);
  expect(check.warnings).toEqual([]);
  expect(check.version).toBe('1.5');
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
}

function text(length: number): string {
  const sentence = 'Check the [rollback] notes on p.3 *before* the_release (v2.1) #7! ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

function reviewCard(extra: Partial<ReviewRequestCardInput> = {}): AdaptiveCard {
  return reviewRequestCard({
    locale: 'en-US',
    teamId: TEAM_ID,
    reviewId: REVIEW_ID,
    teamName: 'Northwind Launch',
    taskTitle: 'Write canned replies for the top 10 ticket types',
    requesterName: 'Bob Builder',
    note: 'Mostly the tone of the refund replies, please.',
    taskUrl: TASK_URL,
    ...extra,
  });
}

describe('the review card the reviewer gets', () => {
  it('names the task, the requester and their note, asks the three questions and links to the task', () => {
    const card = reviewCard();
    expectValidCard(card);
    const shown = texts(card);
    expect(shown[1]).toBe(
      'Bob Builder asks for your review of “Write canned replies for the top 10 ticket types”, a finished task in Northwind Launch.',
    );
    expect(shown).toContain('Mostly the tone of the refund replies, please\\.');
    expect(inputIds(card)).toEqual(['situation', 'behaviour', 'impact']);
    expect(input(card, 'behaviour')).toMatchObject({
      label: 'What went well, and what to improve',
      isRequired: true,
      maxLength: LIMITS.longText,
    });
    expect(actionTitles(card)).toEqual(['Send review', 'Open the task']);
    expect(card.actions?.[0]).toMatchObject({
      type: 'Action.Execute',
      verb: 'reviewSubmit',
      data: { teamId: TEAM_ID, reviewId: REVIEW_ID },
    });
    expect(card.actions?.[1]).toEqual({ type: 'Action.OpenUrl', title: 'Open the task', url: TASK_URL });
  });

  it('leaves the note out when there is none', () => {
    expect(texts(reviewCard({ note: '' }))).not.toContain('Their note');
  });

  it('comes back with the answer kept, nudges by the fields and "Send anyway"', () => {
    const values = {
      situation: 'The replies',
      behaviour: 'Great work',
      impact: 'Customers are happier now.',
    };
    const card = reviewCard({ values, notes: { nudges: checkSpecificity(values).issues } });
    expectValidCard(card);
    expect(input(card, 'situation')).toMatchObject({ value: 'The replies' });
    expect(notesAfter(card, 'behaviour').join(' ')).toContain('"great work" does not say what happened');
    expect(actionTitles(card)).toEqual(['Send anyway', 'Send review', 'Open the task']);
    expect(card.actions?.[0]).toMatchObject({
      data: { teamId: TEAM_ID, reviewId: REVIEW_ID, confirmed: true },
    });
  });

  it('escapes names, titles and the note', () => {
    const card = reviewCard({ requesterName: '[Bob](https://evil.example)', note: '**urgent** <script>' });
    const shown = texts(card).join('\n');
    expect(shown).not.toContain('[Bob](https://evil.example)');
    expect(shown).toContain('\\*\\*urgent\\*\\* \\<script\\>');
  });

  it('stays under the size budget with every text at its maximum', () => {
    const values = {
      situation: text(LIMITS.longText),
      behaviour: text(LIMITS.longText),
      impact: text(LIMITS.longText),
    };
    const card = reviewCard({
      teamName: text(LIMITS.name),
      taskTitle: text(LIMITS.title),
      requesterName: text(LIMITS.name),
      note: text(LIMITS.shortText),
      values,
      notes: {
        nudges: checkSpecificity({
          situation: 'always never constantly lazy sloppy rude',
          behaviour: 'good job great job awesome amazing step up',
          impact: 'needs improvement toxic bossy',
        }).issues,
        errors: { impact: 'Impact must be at most 4000 characters.' },
      },
    });
    expectValidCard(card);
  });
});

describe('the reviewer picker', () => {
  const base = {
    locale: 'en-US' as const,
    teamId: TEAM_ID,
    taskId: 'task-1',
    draftId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    taskTitle: 'Write canned replies',
    teammates: [
      { userId: '00000000-0000-4000-8000-000000000003', name: 'Carol Chen' },
      { userId: '00000000-0000-4000-8000-000000000004', name: 'Dan Diaz' },
    ],
  };

  it('asks who should review and for an optional note, and sends with the task and the draft id', () => {
    const card = reviewPickerCard(base);
    expectValidCard(card);
    expect(inputIds(card)).toEqual(['reviewerId', 'note']);
    expect(input(card, 'reviewerId')).toMatchObject({
      isRequired: true,
      choices: [{ title: 'Carol Chen' }, { title: 'Dan Diaz' }],
    });
    expect(input(card, 'note')).toMatchObject({ maxLength: LIMITS.shortText });
    expect(card.actions).toMatchObject([
      { verb: 'reviewRequest', data: { teamId: TEAM_ID, taskId: 'task-1', draftId: base.draftId } },
    ]);
  });

  it('keeps the choice and the note and names the problem next to the reviewer', () => {
    const card = reviewPickerCard({
      ...base,
      values: { reviewerId: base.teammates[1]?.userId, note: 'Tone, please' },
      errors: { reviewerId: 'The reviewer is not a member of this team.' },
    });
    expect(input(card, 'reviewerId')).toMatchObject({ value: base.teammates[1]?.userId });
    expect(input(card, 'note')).toMatchObject({ value: 'Tone, please' });
    expect(notesAfter(card, 'reviewerId')).toEqual(['The reviewer is not a member of this team\\.']);
  });

  it('stays under the size budget with a big team, long names and a long note', () => {
    const teammates = Array.from({ length: 250 }, (_, i) => ({
      userId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: text(LIMITS.name),
    }));
    const card = reviewPickerCard({
      ...base,
      taskTitle: text(LIMITS.title),
      teammates,
      values: { note: text(LIMITS.shortText) },
      errors: { note: 'The note must be at most 500 characters.' },
    });
    expectValidCard(card);
    expect(input(card, 'reviewerId')['choices']).toHaveLength(REVIEW_PICKER_LIMITS.teammates);
  });

  it('offers no button when nobody can review', () => {
    const card = reviewPickerCard({ ...base, teammates: [] });
    expectValidCard(card);
    expect(card.actions).toBeUndefined();
  });
});

describe('the confirmations', () => {
  it.each([
    ['sent', 'Review requested from Carol Chen'],
    ['already', 'Review requested from Carol Chen'],
    ['failed', 'Review request saved, but not delivered to Carol Chen'],
    ['unreachable', 'Review request saved, but not delivered to Carol Chen'],
  ] as const)('the requester sees "%s" as "%s"', (outcome, headline) => {
    const card = reviewRequestedCard({
      locale: 'en-US',
      reviewerName: 'Carol Chen',
      taskTitle: 'Release',
      outcome,
      taskUrl: TASK_URL,
    });
    expectValidCard(card);
    expect(texts(card)[0]).toBe(headline);
  });

  it.each([
    ['sent', 'Thanks — sent to Bob Builder'],
    ['already', 'You already answered this review for Bob Builder'],
    ['failed', 'Thanks — saved, but not delivered to Bob Builder'],
  ] as const)('the reviewer sees "%s" as "%s"', (outcome, headline) => {
    const card = reviewAnsweredCard({
      locale: 'en-US',
      requesterName: 'Bob Builder',
      taskTitle: 'Release',
      outcome,
      taskUrl: TASK_URL,
    });
    expectValidCard(card);
    expect(texts(card)[0]).toBe(headline);
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open the task', url: TASK_URL }]);
  });
});

describe('the "Request a review" button other cards use', () => {
  it('carries exactly {teamId, taskId} on the reviewRequest verb, with an Action.Submit fallback', () => {
    expect(reviewRequestAction({ teamId: TEAM_ID, taskId: 'task-1' }, 'Request a review')).toEqual({
      type: 'Action.Execute',
      title: 'Request a review',
      verb: 'reviewRequest',
      data: { teamId: TEAM_ID, taskId: 'task-1' },
      fallback: {
        type: 'Action.Submit',
        title: 'Request a review',
        data: { teamId: TEAM_ID, taskId: 'task-1', verb: 'reviewRequest' },
      },
    });
  });
});
