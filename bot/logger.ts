import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets and tokens never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'cadence' },
    redact: ['req.headers.authorization', 'headers.authorization', '*.token', '*.password'],
  });
}
