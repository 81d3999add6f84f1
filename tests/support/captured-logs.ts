import { pino, type Logger } from 'pino';

export type LogEntry = Record<string, unknown> & { level: number; msg?: string };

export interface CapturedLogs {
  logger: Logger;
  entries(): LogEntry[];
  /** Entries with this message, e.g. `'command'`. */
  withMessage(msg: string): LogEntry[];
  /** Everything logged, as one string: for asserting that a secret never reached the logs. */
  text(): string;
  clear(): void;
}

/** A logger for the service under test that keeps its JSON lines in memory. */
export function captureLogs(level: pino.Level = 'debug'): CapturedLogs {
  let lines: string[] = [];
  const logger = pino({ level }, { write: (line: string) => void lines.push(line) });
  const entries = () => lines.map((line) => JSON.parse(line) as LogEntry);
  return {
    logger,
    entries,
    withMessage: (msg) => entries().filter((entry) => entry.msg === msg),
    text: () => lines.join(''),
    clear: () => {
      lines = [];
    },
  };
}
