import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';
import { startService } from './server.ts';

/** The built tab sits next to the built service: `dist/server/bot/main.js` serves `dist/tab`. */
const BUILT_TAB = fileURLToPath(new URL('../../tab', import.meta.url));

/** `npm start`: the production entry point. Refuses to start on an incomplete configuration. */
async function main(): Promise<void> {
  const config = loadConfig();
  const service = await startService({ config, tabDir: BUILT_TAB });
  const stop = async () => {
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Cadence refuses to start. ${error.message}\n`);
  } else {
    process.stderr.write(
      `Cadence failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
