import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './logger.js';

declare module 'node:http' {
  interface IncomingMessage {
    /** Set by requestLog: the id every log line of the request carries. */
    id?: string;
  }
}

interface Options {
  /** The request's id, also sent back to the client; kept as `req.id`. */
  id: (req: IncomingMessage, res: ServerResponse) => string;
  /** Requests not logged (health probes). */
  ignore: (req: IncomingMessage) => boolean;
}

/**
 * One line per request (`req` with its method and path, `res` with its status, `responseTime`, and
 * `err` when it failed), built from the request's own fields rather than a child logger made from the
 * whole request, headers included, of which only these fields would be kept.
 */
export function requestLog(log: Logger, { id, ignore }: Options) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    req.id ??= id(req, res);
    if (ignore(req)) {
      next();
      return;
    }
    const started = Date.now();
    // As asked: the router rewrites `url` under a mounted path (`/graphql` reads `/` there).
    const asked = { method: req.method, url: req.url };
    const done = (err?: unknown) => {
      res.off('close', done);
      res.off('finish', done);
      res.off('error', done);
      const line = { req: asked, res: { statusCode: res.statusCode }, responseTime: Date.now() - started };
      if (err instanceof Error || res.statusCode >= 500) {
        log.error({ ...line, err: err instanceof Error ? err : new Error(`failed with status code ${res.statusCode}`) }, 'request errored');
      } else {
        log.info(line, res.writableEnded ? 'request completed' : 'request aborted');
      }
    };
    res.on('close', done);
    res.on('finish', done);
    res.on('error', done);
    next();
  };
}
