import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PLAYGROUND_CONFIG_FILE, playgroundConfig } from '../../bot/local/playground-config.ts';
import { startPlayground } from '../../bot/local/playground-process.ts';
import { launchChromium, screenshotPath } from './support/browser.ts';
import { startDevBot } from './support/dev-bot-process.ts';
import { PlaygroundChat } from './support/playground-chat.ts';
import { answerCheckIn } from './support/playground-check-in.ts';

const TRANSCRIPT = path.resolve('.cache/playground-transcript.txt');
/** Tall enough for the whole check-in card and the messages above it. */
const VIEWPORT = { width: 1280, height: 1500 };

/**
 * `npm run playground:demo`: the evidence that a check-in can be answered in the Agents Playground.
 * `npm run dev` (on a free port, with a throw-away data dir) and `npm run playground` run as they would for
 * a newcomer; real Chromium types `help` and `checkin`, fills the card and submits it; a screenshot and a
 * transcript are written to `.cache/`.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cadence-playground-demo-'));
  const stops: Array<() => Promise<void>> = [async () => rmSync(dataDir, { recursive: true, force: true })];
  try {
    const bot = await startDevBot(dataDir);
    stops.unshift(bot.stop);
    const botEndpoint = `${bot.url}/api/messages`;
    const playground = await startPlayground({
      botEndpoint,
      configPath: PLAYGROUND_CONFIG_FILE,
      logFile: '.cache/playground/demo.log',
      port: 0,
      onOutput: (line) => console.log(`  playground: ${line}`),
    });
    stops.unshift(playground.stop);
    console.log(`npm run dev at ${bot.url}, Agents Playground at ${playground.url}`);

    const browser = await launchChromium();
    stops.unshift(() => browser.close());
    const me = playgroundConfig().currentUser.name;
    const chat = await PlaygroundChat.open(browser, playground.url, me, VIEWPORT);
    const result = await answerCheckIn(chat);
    await chat.lastCard().scrollIntoViewIfNeeded();
    const screenshot = screenshotPath('playground-checkin');
    await chat.page.screenshot({ path: screenshot });

    const header = [
      `Cadence check-in answered in the Microsoft 365 Agents Playground, ${new Date().toISOString()}`,
      `Bot: ${botEndpoint} (npm run dev). Playground: ${playground.url}, config ${PLAYGROUND_CONFIG_FILE}.`,
      `Chatting as ${me} in the Personal Chat. Messages in order:`,
    ].join('\n');
    mkdirSync(path.dirname(TRANSCRIPT), { recursive: true });
    writeFileSync(TRANSCRIPT, `${header}\n\n${result.transcript}`);
    console.log(`${result.transcript}\nScreenshot  ${screenshot}\nTranscript  ${TRANSCRIPT}`);
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => console.error(error));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
