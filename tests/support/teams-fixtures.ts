import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WireActivity, WireErrorBody, WirePagedMembers } from './teams-wire.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The committed copies the tests load: the project never reads files outside itself. */
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures/teams-activities');

export type ActivityFixtureName =
  | 'message-personal'
  | 'message-channel-mention'
  | 'conversation-update-bot-added-team'
  | 'conversation-update-member-added-team'
  | 'conversation-update-member-removed-team'
  | 'conversation-update-team-deleted'
  | 'installation-update-add-team'
  | 'installation-update-remove-team'
  | 'invoke-adaptive-card-action'
  | 'invoke-adaptive-card-action-refresh'
  | 'message-submit-action';

interface ConnectorFixtures {
  'create-conversation-response': { id: string };
  'paged-members-response': WirePagedMembers;
  'error-429': WireErrorBody;
  'error-403-bot-not-in-roster': WireErrorBody;
  'create-conversation-request': Record<string, unknown>;
  'invoke-response-card': { statusCode: number; type: string; value: unknown };
}

export type ConnectorFixtureName = keyof ConnectorFixtures;

export const COPIED_FIXTURES: readonly (ActivityFixtureName | ConnectorFixtureName)[] = [
  'message-personal',
  'message-channel-mention',
  'conversation-update-bot-added-team',
  'conversation-update-member-added-team',
  'conversation-update-member-removed-team',
  'conversation-update-team-deleted',
  'installation-update-add-team',
  'installation-update-remove-team',
  'invoke-adaptive-card-action',
  'invoke-adaptive-card-action-refresh',
  'message-submit-action',
  'create-conversation-request',
  'create-conversation-response',
  'invoke-response-card',
  'paged-members-response',
  'error-429',
  'error-403-bot-not-in-roster',
];

/** A patch merged into a fixture: objects merge key by key, arrays and scalars replace, `undefined` deletes. */
export type ActivityPatch = { [key: string]: unknown };

let deliveries = 0;

/**
 * An inbound Teams activity exactly as the Bot Connector posts it, with `{{serviceUrl}}` replaced by the
 * given URL (the recording connector's, trailing slash included). Each load is a new activity with an id of
 * its own, as each message in Teams is; a patch may set `id`, and posting one object twice is a redelivery.
 */
export function loadActivity(
  name: ActivityFixtureName,
  serviceUrl: string,
  patch?: ActivityPatch,
): WireActivity {
  const raw = readFileSync(path.join(FIXTURES_DIR, `${name}.json`), 'utf8');
  const text = raw.replaceAll('{{serviceUrl}}', JSON.stringify(serviceUrl).slice(1, -1));
  const activity = JSON.parse(text) as WireActivity;
  if (typeof activity.id === 'string') activity.id = uniqueId(activity.id, (deliveries += 1));
  return patch ? (merge(activity, patch) as WireActivity) : activity;
}

/** Numeric ids (messages) stay numeric; others (invokes) get a suffix. */
function uniqueId(fixtureId: string, delivery: number): string {
  return /^\d+$/.test(fixtureId) ? String(BigInt(fixtureId) + BigInt(delivery)) : `${fixtureId}-${delivery}`;
}

/** A Bot Connector response body, as Teams sends it. */
export function loadConnectorFixture<N extends ConnectorFixtureName>(name: N): ConnectorFixtures[N] {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, `${name}.json`), 'utf8')) as ConnectorFixtures[N];
}

function merge(base: Record<string, unknown>, patch: ActivityPatch): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = result[key];
    if (value === undefined) delete result[key];
    else if (isPlainObject(value) && isPlainObject(current)) result[key] = merge(current, value);
    else result[key] = value;
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
