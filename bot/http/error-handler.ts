import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.ts';
import { mapError } from './error-mapping.ts';

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const mapped = mapError(error);
    if (mapped.status >= 500) logger.error({ err: error, path: req.path }, 'unhandled error');
    for (const [name, value] of Object.entries(mapped.headers ?? {})) res.setHeader(name, value);
    res.status(mapped.status).json(mapped.body);
  };
}
