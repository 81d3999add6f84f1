import { describe, expect, it } from 'vitest';
import type { AdaptiveCard, CardElement } from '../../../shared/cards/adaptive-card.ts';
import {
  recognitionComposeCard,
  workLinkOfChoice,
  type ComposePerson,
  type ComposeWork,
  type RecognitionComposeInput,
} from '../../../shared/cards/recognition-compose-card.ts';
import { recognitionCard, recognitionSummary } from '../../../shared/cards/recognition-card.ts';
import { recognitionSentCard } from '../../../shared/cards/recognition-sent-card.ts';
import { DEFAULT_TEAM_VALUES, recognitionValues } from '../../../shared/domain/default-values.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { TeamValueSchema } from '../../../shared/domain/team.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';

const HOSTILE = 'Bob *[boss](https://evil.example)* <at>Eve</at> # _x_';

function expectValid(card: unknown): number {
  const check = checkCard(card);
  expect(check).toMatchObject({ version: '1.5', warnings: [] });
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  return check.bytes;
}

function textBlocks(card: AdaptiveCard): string[] {
  return card.body.flatMap((element) => (element.type === 'TextBlock' ? [String(element['text'])] : []));
}

function input(card: AdaptiveCard, id: string): CardElement {
  const found = card.body.find((element) => element['id'] === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
}

interface Mention {
  type: string;
  text: string;
  mentioned: { id: string; name: string };
}

function mentionsOf(card: AdaptiveCard): Mention[] {
  return (card.msteams?.['entities'] ?? []) as Mention[];
}

/** A 4,000-character message full of markdown, links and mention markup. */
function longHostileMessage(): string {
  const unit = '**Bold** [link](https://x.example) <at>Mallory</at> - item\n';
  return unit.repeat(Math.ceil(LIMITS.longText / unit.length)).slice(0, LIMITS.longText);
}

describe('the default values', () => {
  it('are valid team values with fixed, distinct ids, used only while a team has none', () => {
    for (const value of DEFAULT_TEAM_VALUES) expect(TeamValueSchema.parse(value)).toEqual(value);
    expect(new Set(DEFAULT_TEAM_VALUES.map((v) => v.id)).size).toBe(DEFAULT_TEAM_VALUES.length);
    expect(recognitionValues({ values: [] })).toBe(DEFAULT_TEAM_VALUES);
    const own = [{ id: 'own', name: 'Own', emoji: '⭐', description: '' }];
    expect(recognitionValues({ values: own })).toBe(own);
  });
});

describe('the recognition card (the channel post)', () => {
  const work = { kind: 'task' as const, title: 'Ship *it*', url: 'https://teams.example/task' };

  it('mentions every recipient with a Teams id, names the giver, and shows badge, message and work', () => {
    const card = recognitionCard({
      locale: 'en-US',
      giverName: 'Alice Leader',
      recipients: [
        { name: 'Bob Builder', teamsUserId: '29:bob' },
        { name: 'Carol Chen', teamsUserId: '29:carol' },
        { name: 'No Teams Id' },
      ],
      value: { emoji: '🎯', name: 'Ownership' },
      message: 'Shipped the release checklist a week early.',
      work,
    });
    expectValid(card);
    const text = textBlocks(card).join('\n');
    const mentions = mentionsOf(card);
    expect(mentions.map((m) => m.mentioned)).toEqual([
      { id: '29:bob', name: 'Bob Builder' },
      { id: '29:carol', name: 'Carol Chen' },
    ]);
    for (const mention of mentions) {
      expect(mention.type).toBe('mention');
      expect(text).toContain(mention.text);
    }
    expect(text).toContain('🎯 Ownership');
    expect(text).toContain(
      'Alice Leader recognised <at>Bob Builder</at>, <at>Carol Chen</at> and No Teams Id',
    );
    expect(text).toContain('Task: Ship \\*it\\*');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open task', url: work.url }]);
  });

  it('escapes user text: no markdown, no links, no mentions smuggled in the message or names', () => {
    const card = recognitionCard({
      locale: 'en-US',
      giverName: HOSTILE,
      recipients: [{ name: HOSTILE, teamsUserId: '29:bob' }],
      value: { emoji: '*', name: '[x](https://evil.example)' },
      message: HOSTILE,
    });
    expectValid(card);
    const text = textBlocks(card).join('\n');
    expect(text).not.toContain('[boss](');
    expect(text).not.toContain('](https');
    expect(text).not.toMatch(/(^|[^\\])\*/);
    // Only the real mention's <at> is unescaped, and it matches its entity exactly.
    expect(text.match(/<at>/g)).toHaveLength(1);
    expect(text).toContain(mentionsOf(card)[0]?.text);
    expect(card.actions).toBeUndefined();
  });

  it('stays valid and under budget with 20 recipients with long names and a 4,000-character message', () => {
    const recipients = Array.from({ length: LIMITS.recipientsPerRecognition }, (_, i) => ({
      name: `${'Ä'.repeat(LIMITS.name - 4)} ${String(i).padStart(3, '0')}`,
      teamsUserId: `29:${'x'.repeat(100)}-${i}`,
    }));
    const message = longHostileMessage();
    const card = recognitionCard({
      locale: 'en-US',
      giverName: 'G'.repeat(LIMITS.name),
      recipients,
      value: { emoji: '🏆🏆🏆🏆', name: 'V'.repeat(LIMITS.name) },
      message,
      work: { kind: 'goal', title: 'T'.repeat(LIMITS.title), url: 'https://teams.example/board' },
    });
    expectValid(card);
    expect(mentionsOf(card)).toHaveLength(20);
    const text = textBlocks(card).join('\n');
    for (const mention of mentionsOf(card)) expect(text).toContain(mention.text);
    expect(text.match(/<at>/g)).toHaveLength(20);
    expect(text).not.toContain('](https');
    expect(card.actions).toEqual([expect.objectContaining({ title: 'Open goal' })]);
  });

  it('summarises for the notification', () => {
    expect(
      recognitionSummary({
        locale: 'en-US',
        giverName: 'Alice',
        recipients: [{ name: 'Bob' }, { name: 'Carol' }],
        value: { emoji: '🤝', name: 'Teamwork' },
      }),
    ).toBe('Alice recognised Bob and Carol: 🤝 Teamwork');
  });
});

function people(count: number, nameLength = 20): ComposePerson[] {
  return Array.from({ length: count }, (_, i) => ({
    userId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `${'P'.repeat(nameLength - 5)} ${String(i).padStart(4, '0')}`,
  }));
}

function work(count: number, titleLength = 40): ComposeWork[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: i % 5 === 0 ? 'goal' : 'task',
    id: `work-${i}`,
    title: `${'W'.repeat(titleLength - 5)} ${String(i).padStart(4, '0')}`,
  }));
}

function compose(overrides: Partial<RecognitionComposeInput> = {}): AdaptiveCard {
  return recognitionComposeCard({
    locale: 'en-US',
    teamId: '19:team@thread.tacv2',
    teamName: 'Platform *team*',
    draftId: 'draft-1',
    people: people(5),
    values: DEFAULT_TEAM_VALUES,
    work: work(6),
    ...overrides,
  });
}

describe('the recognition compose card', () => {
  it('has a multi-select people input, the values, a required message and an optional link', () => {
    const card = compose();
    expectValid(card);
    expect(input(card, 'recipientIds')).toMatchObject({
      type: 'Input.ChoiceSet',
      isMultiSelect: true,
      isRequired: true,
    });
    expect((input(card, 'recipientIds')['choices'] as unknown[]).length).toBe(5);
    expect(input(card, 'valueId')['choices']).toEqual(
      DEFAULT_TEAM_VALUES.map((v) => ({ title: `${v.emoji} ${v.name}`, value: v.id })),
    );
    expect(input(card, 'message')).toMatchObject({
      type: 'Input.Text',
      isMultiline: true,
      isRequired: true,
      maxLength: LIMITS.longText,
    });
    expect(input(card, 'link')).toMatchObject({ type: 'Input.ChoiceSet', style: 'compact' });
    expect(card.actions).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        verb: 'recognitionSend',
        data: { teamId: '19:team@thread.tacv2', draftId: 'draft-1' },
      }),
    ]);
    expect(textBlocks(card).join('\n')).toContain('Platform \\*team\\*');
  });

  it('leaves the link out when there is no work to link', () => {
    const card = compose({ work: [] });
    expectValid(card);
    expect(card.body.some((element) => element['id'] === 'link')).toBe(false);
  });

  it('comes back with what was typed and the error right under its field', () => {
    const draft = {
      recipientIds: `${people(5)[1]?.userId},${people(5)[3]?.userId}`,
      valueId: 'craft',
      message: HOSTILE,
      link: 'task:work-1',
    };
    const card = compose({
      draft,
      error: { field: 'valueId', message: 'Is not one of <b>this</b> team’s values.' },
    });
    expectValid(card);
    expect(input(card, 'recipientIds')['value']).toBe(draft.recipientIds);
    expect(input(card, 'valueId')['value']).toBe('craft');
    expect(input(card, 'message')['value']).toBe(HOSTILE);
    expect(input(card, 'link')['value']).toBe('task:work-1');
    const index = card.body.findIndex((element) => element['id'] === 'valueId');
    expect(card.body[index + 1]).toMatchObject({
      type: 'TextBlock',
      id: 'valueIdError',
      color: 'Attention',
      text: 'Is not one of \\<b\\>this\\</b\\> team’s values\\.',
    });
  });

  it('keeps a 300-person team with 400 long work items under budget, keeping what was picked', () => {
    const everyone = people(300, LIMITS.name);
    const items = work(400, LIMITS.title);
    const pickedPerson = everyone.at(-1)?.userId ?? '';
    const card = compose({
      people: everyone,
      work: items,
      draft: { recipientIds: pickedPerson, link: 'task:work-399', message: longHostileMessage() },
    });
    const bytes = expectValid(card);
    expect(bytes).toBeLessThanOrEqual(26 * 1024);
    const choices = (id: string) =>
      (input(card, id)['choices'] as Array<{ value: string }>).map((c) => c.value);
    expect(choices('recipientIds')).toContain(pickedPerson);
    expect(choices('link')).toContain('task:work-399');
    expect(choices('recipientIds').length).toBeGreaterThan(0);
    expect(textBlocks(card).join('\n')).toMatch(/Showing \d+ of 300 people/);
  });

  it('reads a link choice back, and nothing else', () => {
    expect(workLinkOfChoice('task:t-1')).toEqual({ kind: 'task', id: 't-1' });
    expect(workLinkOfChoice('goal:g-1')).toEqual({ kind: 'goal', id: 'g-1' });
    expect(workLinkOfChoice('')).toBeUndefined();
    expect(workLinkOfChoice('person:x')).toBeUndefined();
  });
});

describe('the recognition sent card', () => {
  const base = {
    locale: 'en-US' as const,
    teamName: 'Platform',
    summary: '🎯 Ownership for Bob *and* Carol',
    historyUrl: 'https://teams.example/history',
    retry: { teamId: 't', draftId: 'd', recipientIds: 'a', valueId: 'craft', message: 'm', link: '' },
  };

  it('says where it was posted, with no retry', () => {
    const card = recognitionSentCard({ ...base, delivery: 'posted' });
    expectValid(card);
    expect(textBlocks(card).join('\n')).toContain('Recognition posted in Platform');
    expect(textBlocks(card).join('\n')).toContain('Bob \\*and\\* Carol');
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open history', url: base.historyUrl }]);
  });

  it.each(['failed', 'noChannel', 'pending'] as const)(
    'explains a %s post and offers to post the same draft again',
    (delivery) => {
      const card = recognitionSentCard({
        ...base,
        delivery,
        retry: { ...base.retry, message: longHostileMessage() },
      });
      expectValid(card);
      expect(textBlocks(card).join('\n')).toContain('Cadence history');
      expect(card.actions?.[0]).toMatchObject({
        type: 'Action.Execute',
        verb: 'recognitionSend',
        data: { draftId: 'd', teamId: 't' },
      });
    },
  );
});
