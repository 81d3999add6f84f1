import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { DEMO_TEAM_NAME } from './demo-team.ts';
import { PLAYGROUND_CONFIG_FILE, playgroundConfig, playgroundConfigYaml } from './playground-config.ts';
import { PLAYGROUND_DEFAULT_PORT, startPlayground } from './playground-process.ts';

const USAGE = `npm run playground [-- --port <n>] [-- --bot <messages endpoint>] [-- --write-config]

Starts the Microsoft 365 Agents Playground against the local bot (run \`npm run dev\` first).
  --port          the Playground's port (default ${PLAYGROUND_DEFAULT_PORT}, or a free one when taken)
  --bot           the bot's messages endpoint (default: HOST and PORT as \`npm run dev\` reads them)
  --write-config  rewrite ${PLAYGROUND_CONFIG_FILE} from the demo catalog and exit`;

const WAIT_NOTICE_MS = 1000;
const LOG_FILE = '.cache/playground/m365agentsplayground.log';

/** `npm run playground`: the Agents Playground, chatting as the demo team's Alice with the bot of `npm run dev`. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      bot: { type: 'string' },
      'write-config': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(USAGE);
  if (values['write-config']) {
    writeFileSync(PLAYGROUND_CONFIG_FILE, playgroundConfigYaml());
    return console.log(`Wrote ${PLAYGROUND_CONFIG_FILE} from the demo catalog.`);
  }
  const port = values.port === undefined ? PLAYGROUND_DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${values.port}`);
  const botEndpoint = values.bot ?? devBotEndpoint();
  await waitForBot(botEndpoint);

  const playground = await startPlayground({
    botEndpoint,
    configPath: PLAYGROUND_CONFIG_FILE,
    logFile: LOG_FILE,
    port,
    onOutput: (line) => console.log(`  playground: ${line}`),
  });
  const alice = playgroundConfig().currentUser.name;
  console.log(
    [
      '',
      `Agents Playground is running: open ${playground.url}`,
      `  you are     ${alice}, a leader of the demo team "${DEMO_TEAM_NAME}"`,
      `  bot         ${botEndpoint}`,
      `  try         help, then checkin in the Personal Chat; open General to install Cadence in the team`,
      `  config      ${path.resolve(PLAYGROUND_CONFIG_FILE)}`,
      `  log         ${path.resolve(LOG_FILE)}`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the Agents Playground…`);
    await playground.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const code = await playground.exited;
  if (!stopping) {
    console.error(`The Agents Playground stopped on its own (exit code ${code}); see ${LOG_FILE}.`);
    process.exit(1);
  }
}

/** Where `npm run dev` listens, from the same settings it reads. */
function devBotEndpoint(): string {
  const config = loadConfig(undefined, { NODE_ENV: 'development' });
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${config.port}/api/messages`;
}

/**
 * The Playground starts fine without a bot and then fails every message, so wait for the bot's health
 * check first, saying once what to do; Ctrl-C gives up.
 */
async function waitForBot(botEndpoint: string): Promise<void> {
  const health = new URL('/healthz', botEndpoint).href;
  let told = false;
  for (;;) {
    if (await answers(health)) return;
    if (!told) {
      console.log(
        [
          `Cadence's bot is not answering at ${health}.`,
          'Start it in another terminal with `npm run dev`; the Playground starts as soon as the bot is up.',
          '(Ctrl-C to give up.)',
        ].join('\n'),
      );
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_NOTICE_MS));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`Bad option: ${error.message}\n\n${USAGE}`);
  else console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
