import path from 'node:path';
import { ConfigError, loadConfig } from './config.ts';
import { startService } from './server.ts';

/** `npm start`: the production entry point. Refuses to start on an incomplete configuration. */
async function main(): Promise<void> {
  const config = loadConfig();
  const service = await startService({ config, tabDir: path.resolve('dist/tab') });
  const stop = async () => {
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Cadence failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
