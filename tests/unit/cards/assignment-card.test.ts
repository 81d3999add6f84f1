import { describe, expect, it } from 'vitest';
import type { AdaptiveCard, CardElement } from '../../../shared/cards/adaptive-card.ts';
import { assignmentCard, type AssignmentCardInput } from '../../../shared/cards/assignment-card.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';

const TASK_URL = 'http://127.0.0.1:3978/host?subPageId=task%3Atask-7';
const WORST = '*_[](){}#+-.!|<>~`\\';

function worst(length: number): string {
  return WORST.repeat(Math.ceil(length / WORST.length)).slice(0, length);
}

function card(patch: Partial<AssignmentCardInput> = {}): AdaptiveCard {
  return assignmentCard({
    locale: 'en-US',
    teamName: 'Platform',
    assignerName: 'Alice Leader',
    task: { title: 'Write the FAQ', description: 'The top ten questions.', dueDate: '2026-06-12' },
    goalTitle: 'Cut first response time to 4 hours',
    taskUrl: TASK_URL,
    ...patch,
  });
}

function elementsOf(adaptive: AdaptiveCard): CardElement[] {
  const all: CardElement[] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as CardElement[]) {
      all.push(element);
      visit(element['items']);
    }
  };
  visit(adaptive.body);
  return all;
}

function texts(adaptive: AdaptiveCard): string[] {
  return elementsOf(adaptive).flatMap((element) => {
    if (element['type'] === 'TextBlock') return [String(element['text'])];
    if (element['type'] === 'FactSet') {
      return (element['facts'] as Array<{ title: string; value: string }>).map(
        (f) => `${f.title}: ${f.value}`,
      );
    }
    return [];
  });
}

function expectValid(adaptive: AdaptiveCard): void {
  const check = checkCard(adaptive);
  expect(check).toMatchObject({ version: '1.5', warnings: [] });
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
}

describe('the assignment card', () => {
  it('parses as Adaptive Card 1.5 without a warning, under the size budget', () => {
    expectValid(card());
  });

  it('names the task, who assigned it, the goal, the due date and the team, and links to the task', () => {
    const assigned = card();
    expect(texts(assigned)).toEqual([
      'A task for you',
      'Alice Leader assigned you this task.',
      'Write the FAQ',
      'The top ten questions\\.',
      'Goal: Cut first response time to 4 hours',
      'Due: Fri 12 Jun 2026',
      'Team: Platform',
    ]);
    expect(assigned.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open the task', url: TASK_URL }]);
  });

  it('leaves out what the task does not have', () => {
    const bare = card({ task: { title: 'Tag old tickets' }, goalTitle: undefined });
    expectValid(bare);
    expect(texts(bare)).toEqual([
      'A task for you',
      'Alice Leader assigned you this task.',
      'Tag old tickets',
      'Due: No due date',
      'Team: Platform',
    ]);
  });

  it('shows every user text as plain text, never as markdown or links', () => {
    const hostile = 'Fix **this** [now](https://evil.example)';
    const shown = texts(
      card({
        teamName: hostile,
        assignerName: hostile,
        task: { title: hostile, description: hostile },
        goalTitle: hostile,
      }),
    ).join('\n');
    expect(shown).not.toContain('**this**');
    expect(shown).not.toContain('[now](');
  });

  it('stays under 28 KB with the longest texts, shortening a long description', () => {
    const biggest = card({
      teamName: worst(LIMITS.name),
      assignerName: worst(LIMITS.name),
      task: { title: worst(LIMITS.title), description: worst(LIMITS.longText), dueDate: '2026-06-12' },
      goalTitle: worst(LIMITS.title),
    });
    expectValid(biggest);
    const description = elementsOf(biggest).find((e) => e['maxLines'] === 4);
    expect(String(description?.['text'])).toMatch(/…$/);
  });
});
