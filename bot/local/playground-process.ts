import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The Playground's own default port; it falls back to a free one when that is taken. */
export const PLAYGROUND_DEFAULT_PORT = 56150;

export interface PlaygroundOptions {
  /** The bot's messages endpoint, e.g. `http://127.0.0.1:3978/api/messages`. */
  botEndpoint: string;
  /** The config file (tenant, users, team); see `playground-config.ts`. */
  configPath: string;
  /** Where the Playground writes its log (it defaults to `./devTools/`, outside the ignored folders). */
  logFile: string;
  port?: number;
  /** Output of the Playground that is not the start-up banner (errors, port warnings). */
  onOutput?: (line: string) => void;
}

export interface RunningPlayground {
  /** The chat UI in a browser. */
  url: string;
  port: number;
  /** The connector API the Playground plays for the bot (the `serviceUrl` of its activities). */
  serviceUrl: string;
  /** Resolves when the Playground exits, by `stop()` or on its own. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 3000;

/**
 * The Microsoft 365 Agents Playground CLI in a child process, telemetry off and no browser opened. Its
 * environment is only what it needs: no inherited proxy or storage settings reach it.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const args = [cli, '-e', options.botEndpoint, '-c', 'msteams', '--disable-telemetry'];
  args.push('-p', String(options.port ?? PLAYGROUND_DEFAULT_PORT));
  const child = spawn(process.execPath, args, {
    env: {
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.resolve(options.configPath),
      M365_AGENTS_PLAYGROUND_LOGFILE: path.resolve(options.logFile),
      TEAMSAPPTESTER_BROWSER: 'none',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await listeningPort(child, exited, options.onOutput ?? (() => {}));
  return {
    url: `http://localhost:${port}`,
    port,
    serviceUrl: `http://localhost:${port}/_connector`,
    exited,
    stop: () => stopChild(child, exited),
  };
}

/** Reads the port from the Playground's "Listening on <port>" line; other lines go to `onOutput`. */
function listeningPort(
  child: ChildProcess,
  exited: Promise<number | null>,
  onOutput: (line: string) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let resolved = false;
    const onLine = (line: string) => {
      const match = /^Listening on (\d+)/.exec(line);
      if (match && !resolved) {
        resolved = true;
        resolve(Number(match[1]));
      } else if (line.trim() && !match && !line.includes('is being launched for you')) {
        onOutput(line);
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (buffered + chunk).split('\n');
        buffered = lines.pop() ?? '';
        lines.forEach(onLine);
      });
    }
    void exited.then((code) => {
      if (!resolved) reject(new Error(`the Agents Playground exited with code ${code} before it listened`));
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
