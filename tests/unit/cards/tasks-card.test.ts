import { describe, expect, it } from 'vitest';
import type { AdaptiveCard, CardElement } from '../../../shared/cards/adaptive-card.ts';
import {
  MAX_LISTED_DONE,
  MAX_LISTED_TASKS,
  tasksCard,
  type DoneTaskItem,
  type OpenTaskItem,
  type TasksCardInput,
} from '../../../shared/cards/tasks-card.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';

const TODAY = '2026-06-03';
const BOARD_URL = 'http://127.0.0.1:3978/host';
/** A Teams deep link as long as real ones get: app id, channel thread id and the task in the context. */
const LONG_LINK = `https://teams.microsoft.com/l/entity/00000000-0000-4000-8000-000000000abc/cadence-board?label=Cadence&context=${encodeURIComponent(
  JSON.stringify({
    channelId: '19:fake0channel0000000000000000000002@thread.tacv2',
    subEntityId: `task:${'t'.repeat(64)}`,
  }),
)}`;
/** Every character plainText escapes: the most bytes a title can cost. */
const WORST = '*_[](){}#+-.!|<>~`\\';

function worst(length: number): string {
  return WORST.repeat(Math.ceil(length / WORST.length)).slice(0, length);
}

function openTask(n: number, patch: Partial<OpenTaskItem> = {}): OpenTaskItem {
  return {
    taskId: `task-${n}`,
    title: `Task ${n}`,
    status: 'todo',
    url: `${BOARD_URL}?subPageId=task:${n}`,
    ...patch,
  };
}

function doneTask(n: number, patch: Partial<DoneTaskItem> = {}): DoneTaskItem {
  return {
    taskId: `done-${n}`,
    title: `Done ${n}`,
    doneOn: '2026-06-01',
    url: `${BOARD_URL}?d=${n}`,
    ...patch,
  };
}

function card(patch: Partial<TasksCardInput>): AdaptiveCard {
  return tasksCard({
    locale: 'en-US',
    teamId: '19:team@thread.tacv2',
    teamName: 'Platform',
    today: TODAY,
    open: [],
    recentlyDone: [],
    boardUrl: BOARD_URL,
    ...patch,
  });
}

/** Every element, containers, columns and action sets opened, in document order. */
function elementsOf(adaptive: AdaptiveCard): CardElement[] {
  const all: CardElement[] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as CardElement[]) {
      all.push(element);
      visit(element['items']);
      visit(element['columns']);
      visit(element['actions']);
    }
  };
  visit(adaptive.body);
  return all;
}

function texts(adaptive: AdaptiveCard): string[] {
  return elementsOf(adaptive)
    .filter((element) => element['type'] === 'TextBlock')
    .map((element) => String(element['text']));
}

function actions(adaptive: AdaptiveCard, type: string): CardElement[] {
  return elementsOf(adaptive).filter((element) => element['type'] === type);
}

function expectValid(adaptive: AdaptiveCard): number {
  const check = checkCard(adaptive);
  expect(check).toMatchObject({ version: '1.5', warnings: [] });
  expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  return check.bytes;
}

describe('the tasks card', () => {
  const realistic = card({
    open: [
      openTask(1, {
        status: 'todo',
        title: 'Write the FAQ',
        dueDate: '2026-06-10',
        goalTitle: 'Cut first response time',
      }),
      openTask(2, { status: 'doing', title: 'Draft canned replies', dueDate: '2026-06-01' }),
      openTask(3, {
        status: 'blocked',
        title: 'Migrate the inbox',
        blockedReason: 'Waiting on IT',
        dueDate: TODAY,
      }),
      openTask(4, { status: 'todo', title: 'Tag old tickets' }),
    ],
    recentlyDone: [doneTask(1, { goalTitle: 'Cut first response time' })],
  });

  it('parses as Adaptive Card 1.5 without a warning, under the size budget', () => {
    expectValid(realistic);
  });

  it('groups the tasks doing, blocked, to do, keeping the given order within a group', () => {
    const shown = texts(realistic);
    const at = (text: string) => shown.indexOf(text);
    expect(shown.slice(0, 2)).toEqual(['Your open tasks', 'Platform · 4 open tasks, 1 overdue']);
    expect(at('Doing (1)')).toBeLessThan(at('Draft canned replies'));
    expect(at('Draft canned replies')).toBeLessThan(at('Blocked (1)'));
    expect(at('Blocked (1)')).toBeLessThan(at('Migrate the inbox'));
    expect(at('Migrate the inbox')).toBeLessThan(at('To do (2)'));
    expect(at('Write the FAQ')).toBeLessThan(at('Tag old tickets'));
    expect(at('Tag old tickets')).toBeLessThan(at('Done lately'));
  });

  it('flags the overdue task, names due dates, the goal and the blocker', () => {
    const overdue = elementsOf(realistic).find((e) => e['text'] === 'Overdue: was due Mon 1 Jun');
    expect(overdue).toMatchObject({ color: 'Attention' });
    expect(texts(realistic)).toEqual(
      expect.arrayContaining([
        'Due today, Wed 3 Jun',
        'Due Wed 10 Jun',
        'Goal: Cut first response time',
        'Blocked: Waiting on IT',
        'Done Mon 1 Jun',
      ]),
    );
  });

  it('links each open task into the tab, and the whole board', () => {
    const opens = actions(realistic, 'Action.OpenUrl').filter((a) => a['title'] === 'Open');
    expect(opens.map((a) => a['url'])).toEqual([2, 3, 1, 4].map((n) => `${BOARD_URL}?subPageId=task:${n}`));
    expect(realistic.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open the board', url: BOARD_URL }]);
  });

  it('offers a review of each recently done task through the reviewRequest verb, naming team and task', () => {
    expect(actions(realistic, 'Action.Execute')).toMatchObject([
      {
        verb: 'reviewRequest',
        data: { teamId: '19:team@thread.tacv2', taskId: 'done-1' },
        fallback: { type: 'Action.Submit', data: { verb: 'reviewRequest', taskId: 'done-1' } },
      },
    ]);
  });

  it('shows titles, goals and reasons as plain text, never as markdown or links', () => {
    const hostile = 'Fix **this** [now](https://evil.example) # _x_';
    const shown = texts(
      card({
        open: [
          openTask(1, { title: hostile, goalTitle: hostile, status: 'blocked', blockedReason: hostile }),
        ],
        recentlyDone: [doneTask(1, { title: hostile })],
        teamName: '*Team*',
      }),
    ).join('\n');
    expect(shown).not.toContain('**this**');
    expect(shown).not.toContain('[now](');
    expect(shown).toContain('Fix \\*\\*this\\*\\* \\[now\\]\\(https://evil\\.example\\) \\# \\_x\\_');
    expect(shown).toContain('\\*Team\\*');
  });

  it(`lists at most ${MAX_LISTED_TASKS} open tasks and says how many more the board has`, () => {
    const many = card({ open: Array.from({ length: 27 }, (_, i) => openTask(i)) });
    expectValid(many);
    expect(actions(many, 'Action.OpenUrl').filter((a) => a['title'] === 'Open')).toHaveLength(
      MAX_LISTED_TASKS,
    );
    expect(texts(many)).toContain('And 7 more on the board.');
  });

  it('stays under 28 KB with the longest texts, links and escapes, by listing fewer', () => {
    const open = Array.from({ length: 60 }, (_, i) =>
      openTask(i, {
        title: worst(LIMITS.title),
        status: (['doing', 'blocked', 'todo'] as const)[i % 3],
        goalTitle: worst(LIMITS.title),
        blockedReason: worst(LIMITS.shortText),
        dueDate: '2025-01-01',
        url: LONG_LINK,
      }),
    );
    const recentlyDone = Array.from({ length: 9 }, (_, i) =>
      doneTask(i, { title: worst(LIMITS.title), goalTitle: worst(LIMITS.title), url: LONG_LINK }),
    );
    const biggest = card({ open, recentlyDone, teamName: worst(LIMITS.name), boardUrl: LONG_LINK });
    expectValid(biggest);
    const listed = actions(biggest, 'Action.OpenUrl').filter((a) => a['title'] === 'Open').length;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(MAX_LISTED_TASKS);
    expect(texts(biggest)).toContain(`And ${60 - listed} more on the board.`);
    expect(actions(biggest, 'Action.Execute').length).toBeLessThanOrEqual(MAX_LISTED_DONE);
  });

  it('lists at most five done tasks', () => {
    const done = card({ recentlyDone: Array.from({ length: 8 }, (_, i) => doneTask(i)) });
    expect(actions(done, 'Action.Execute')).toHaveLength(MAX_LISTED_DONE);
  });

  it('says so kindly when nothing is open, with the board a click away', () => {
    const empty = card({});
    expectValid(empty);
    expect(texts(empty)).toEqual([
      'No open tasks',
      'Platform',
      'Nothing is waiting on you. Pick something up on the board when you are ready.',
    ]);
    expect(empty.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open the board', url: BOARD_URL }]);
  });
});
