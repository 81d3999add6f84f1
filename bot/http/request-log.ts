import type { RequestHandler } from 'express';
import type { Logger } from '../logger.ts';

/** One line per request with its outcome; never the body or the token. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      const fields = {
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      };
      if (res.statusCode >= 500) logger.error(fields, 'request failed');
      else logger.debug(fields, 'request');
    });
    next();
  };
}
