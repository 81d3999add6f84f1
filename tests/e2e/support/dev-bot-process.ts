import { spawn } from 'node:child_process';

export interface DevBot {
  /** The service's origin; the bot is at `/api/messages`. */
  url: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5000;

/**
 * `npm run dev` as a newcomer runs it (embedded Azurite, the demo team seeded into empty storage), on a
 * free port with its own data directory. Only the settings given here reach it, so a developer's shell
 * (a STORAGE_CONNECTION_STRING, say) cannot point it at other data.
 */
export async function startDevBot(dataDir: string): Promise<DevBot> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/local/dev.ts'], {
    env: { NODE_ENV: 'development', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm run dev did not start:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Cadence is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`npm run dev exited before it listened:\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
