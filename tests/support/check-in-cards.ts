import type { Task, TaskStatus } from '../../shared/domain/task.ts';
import type { Repositories } from '../../shared/store/repositories.ts';
import type { BotPerson, BotTeam } from './bot-team.ts';
import type { SentActivity } from './recording-connector.ts';
import type { WireActivity } from './teams-wire.ts';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export interface CardJson {
  type: string;
  version: string;
  body: CardNode[];
  actions?: CardNode[];
  refresh?: { action: { verb: string; data: Record<string, unknown> }; userIds: string[] };
}

export type CardNode = Record<string, unknown>;

let taskCounter = 0;

/** A task on the team's board, written through the real repository. */
export async function addTask(
  repos: Repositories,
  team: BotTeam,
  assignee: BotPerson | undefined,
  title: string,
  status: TaskStatus = 'todo',
  now = new Date(),
): Promise<Task> {
  taskCounter += 1;
  const at = now.toISOString();
  const task: Task = {
    tenantId: team.tenantId,
    teamId: team.teamId,
    id: `task-${process.pid}-${taskCounter}`,
    title,
    description: '',
    assigneeId: assignee?.userId,
    status,
    tags: [],
    blockedReason: '',
    statusChangedAt: at,
    createdBy: team.leader.userId,
    createdAt: at,
    updatedAt: at,
  };
  return (await repos.tasks.insert(task)).value;
}

/** The single Adaptive Card a sent or updated activity carries. */
export function cardOfActivity(activity: WireActivity): CardJson {
  const attachment = activity.attachments?.[0];
  if (attachment?.contentType !== ADAPTIVE_CARD) throw new Error(`not a card: ${JSON.stringify(activity)}`);
  return attachment.content as CardJson;
}

export function cardOfSent(sent: SentActivity | undefined): CardJson {
  if (!sent) throw new Error('nothing was sent');
  return cardOfActivity(sent.activity);
}

/** The card of an `adaptiveCard/action` invoke response; fails on a message answer. */
export function cardOfInvoke(body: { type: string; value: unknown }): CardJson {
  if (body.type !== ADAPTIVE_CARD) throw new Error(`the invoke answered ${JSON.stringify(body)}`);
  return body.value as CardJson;
}

function walk(nodes: readonly CardNode[] | undefined): CardNode[] {
  return (nodes ?? []).flatMap((node) => [
    node,
    ...walk(node['items'] as CardNode[] | undefined),
    ...walk(node['actions'] as CardNode[] | undefined),
  ]);
}

export function cardNodes(card: CardJson): CardNode[] {
  return [...walk(card.body), ...walk(card.actions)];
}

export function cardInputs(card: CardJson): CardNode[] {
  return cardNodes(card).filter((node) => String(node['type']).startsWith('Input.'));
}

/** Each input's prefilled value by id. */
export function inputValues(card: CardJson): Record<string, unknown> {
  return Object.fromEntries(cardInputs(card).map((node) => [node['id'], node['value']]));
}

/** The TextBlock texts and FactSet titles and values, in card order. */
export function cardTexts(card: CardJson): string[] {
  return cardNodes(card).flatMap((node) => {
    if (node['type'] === 'TextBlock') return [String(node['text'])];
    if (node['type'] === 'FactSet') {
      return (node['facts'] as { title: string; value: string }[]).flatMap((fact) => [
        fact.title,
        fact.value,
      ]);
    }
    return [];
  });
}

/** What Teams sends for a press of the card's submit button: its action data merged with the inputs. */
export function submission(card: CardJson, inputs: Record<string, string>): Record<string, unknown> {
  const action = card.actions?.find((node) => node['verb'] === 'checkinSubmit');
  if (!action) throw new Error('the card has no submit action');
  const prefilled = Object.fromEntries(
    cardInputs(card).map((node) => [
      String(node['id']),
      node['value'] === undefined ? '' : String(node['value']),
    ]),
  );
  return { ...(action['data'] as Record<string, unknown>), ...prefilled, ...inputs };
}
