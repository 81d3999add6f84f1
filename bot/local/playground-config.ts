import { DEMO_PEOPLE } from './demo-catalog.ts';
import { DEMO_TEAM_ID, DEMO_TEAM_NAME, DEMO_TENANT_ID } from './demo-team.ts';

/** Where the Agents Playground looks for its config: the working directory it starts in (the repo root). */
export const PLAYGROUND_CONFIG_FILE = '.m365agentsplayground.yml';

/** The config schema version the Playground 0.2.x validates against. */
const CONFIG_VERSION = '0.1.1';
/** Besides the current user, the Playground's schema wants exactly this many users. */
export const PLAYGROUND_OTHER_USERS = 5;
const CURRENT_USER = 'alice';

export interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

/** The Playground's config file (schema 0.1.1), as an object; the field names are the Playground's. */
export interface PlaygroundConfig {
  version: string;
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: Array<{ id: string; name: string }> };
}

type DemoPerson = (typeof DEMO_PEOPLE)[number];

function userOf(person: DemoPerson): PlaygroundUser {
  const [givenName = person.name, ...rest] = person.name.split(' ');
  return {
    id: person.teamsUserId,
    name: person.name,
    userPrincipleName: person.email,
    aadObjectId: person.userId,
    givenName,
    surname: rest.join(' '),
    email: person.email,
  };
}

/**
 * The Playground's tenant, users and team are the seeded demo team's: the person typing is Alice (a
 * leader) and the team is Northwind Launch, so the bot finds them in storage exactly as it would in Teams.
 * The General channel's id is the team id, as in Teams.
 */
export function playgroundConfig(): PlaygroundConfig {
  const current = DEMO_PEOPLE.find((person) => person.handle === CURRENT_USER);
  if (!current) throw new Error(`demo catalog: no ${CURRENT_USER}`);
  const others = DEMO_PEOPLE.filter((person) => person !== current).slice(0, PLAYGROUND_OTHER_USERS);
  return {
    version: CONFIG_VERSION,
    tenantId: DEMO_TENANT_ID,
    bot: { id: '28:cadence-local-bot', name: 'Cadence' },
    currentUser: userOf(current),
    users: others.map(userOf),
    personalChat: { id: `a:1cadence-demo-${CURRENT_USER}-personal-chat` },
    groupChat: { id: '19:cadence-demo-group-chat@thread.v2', name: `${DEMO_TEAM_NAME} chat` },
    team: {
      id: DEMO_TEAM_ID,
      name: DEMO_TEAM_NAME,
      aadGroupId: '00000000-0000-4000-8000-0000000000f1',
      channels: [],
    },
  };
}

const HEADER = [
  '# Microsoft 365 Agents Playground config for Cadence (`npm run playground`).',
  '# Generated from bot/local/demo-catalog.ts: do not edit by hand, run `npm run playground -- --write-config`.',
  '# The current user is Alice Example (a leader of the demo team Northwind Launch); the tenant, the team',
  '# and the users are the seeded demo team, so the bot knows them. The Playground allows exactly five users',
  '# besides the current one. Schema: https://aka.ms/teams-app-test-tool-config-guide',
];

/** The config as YAML text: block style, every string single-quoted (as Prettier formats YAML here). */
export function playgroundConfigYaml(config: PlaygroundConfig = playgroundConfig()): string {
  return `${[...HEADER, ...yamlLines(config, 0)].join('\n')}\n`;
}

type Yaml = string | Yaml[] | { [key: string]: Yaml };

function yamlLines(value: { [key: string]: Yaml } | object, depth: number): string[] {
  const pad = '  '.repeat(depth);
  return Object.entries(value as Record<string, Yaml>).flatMap(([key, item]) => {
    if (typeof item === 'string') return [`${pad}${key}: ${quoted(item)}`];
    if (Array.isArray(item)) {
      if (item.length === 0) return [`${pad}${key}: []`];
      return [`${pad}${key}:`, ...item.flatMap((entry) => listItem(entry, depth + 1))];
    }
    return [`${pad}${key}:`, ...yamlLines(item, depth + 1)];
  });
}

function listItem(entry: Yaml, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if (typeof entry === 'string') return [`${pad}- ${quoted(entry)}`];
  if (Array.isArray(entry)) throw new Error('playground config: nested lists are not used');
  const [first, ...rest] = yamlLines(entry, depth + 1);
  return first === undefined ? [`${pad}- {}`] : [`${pad}- ${first.trimStart()}`, ...rest];
}

/** A YAML single-quoted scalar: no escapes but a doubled quote, so ids like `19:…@thread.tacv2` stay text. */
function quoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
