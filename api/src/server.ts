import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import helmet from 'helmet';
import type { Config } from './config.js';
import { AuthService } from './core/auth/auth.service.js';
import { requireSignIn } from './core/auth/require-sign-in.plugin.js';
import { PostgresSignInThrottle } from './core/auth/sign-in-throttle.js';
import type { DatabaseState } from './core/db/database.js';
import type { Context } from './core/graphql/context.js';
import { ErrorCode } from './core/graphql/errors.js';
import { createFormatError } from './core/graphql/format-error.js';
import { buildApiSchema } from './core/graphql/schema.js';
import { sqlCountHeader } from './core/graphql/sql-count.plugin.js';
import type { Logger } from './core/logger.js';
import { requestContext } from './core/request-context.js';
import { requestLog } from './core/request-log.js';
import { resolvers } from './modules.js';

export interface ServerOptions {
  orm: MikroORM;
  config: Pick<Config, 'introspection' | 'exposeSqlCount' | 'sessionTtlHours' | 'adminDist' | 'trustProxy' | 'requestTimeoutMs' | 'bodyLimitBytes'>;
  log: Logger;
  /** Whether the database is being restarted or has given up (the embedded one); default always up. */
  databaseState?: () => DatabaseState;
}

export interface Server {
  httpServer: http.Server;
  /** Stops taking requests, lets those in flight finish, then stops Apollo. */
  stop(): Promise<void>;
}

/** /readyz and /healthz wait this long for the database's answer before saying it is not there. */
const HEALTH_CHECK_TIMEOUT_MS = 1000;
/** /healthz fails once the database has not answered for this long: the process cannot serve anything. */
const UNHEALTHY_AFTER_MS = 15_000;

/** Errors answered by Express itself, before or after GraphQL, in the same shape as GraphQL's own. */
function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** A body parser's or Express's error, said as the client should hear it. */
function httpError(error: unknown): { status: number; message: string; code: string } {
  const { status, type } = (error ?? {}) as { status?: number; type?: string };
  if (type === 'entity.too.large') return { status: 413, message: 'The request body is larger than this server accepts', code: ErrorCode.BAD_REQUEST };
  if (type === 'entity.parse.failed') return { status: 400, message: 'The request body is not valid JSON', code: ErrorCode.BAD_REQUEST };
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, message: 'The request could not be read', code: ErrorCode.BAD_REQUEST };
  return { status: 500, message: 'Internal server error', code: ErrorCode.INTERNAL_SERVER_ERROR };
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** `plan` → `Plan`: what a table holds, as the API names it. */
function entityNames(orm: MikroORM): (table: string) => string {
  const names = new Map(Object.values(orm.getMetadata().getAll()).map((meta) => [meta.tableName, meta.className]));
  return (table) => names.get(table) ?? table;
}

/** Express + Apollo: /graphql, /healthz, /readyz, and the built admin at /. */
export async function createServer({ orm, config, log, databaseState = () => 'up' }: ServerOptions): Promise<Server> {
  const app = express();
  const httpServer = http.createServer(app);
  const signInThrottle = new PostgresSignInThrottle(orm.em.getConnection().getKnex());
  // Limits on what one operation may ask for, so that no query can be made expensive enough to starve
  // everyone else; field suggestions would reveal the schema where introspection is off.
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000 },
    maxTokens: { n: 2000 },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema(resolvers),
    introspection: config.introspection,
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: drain HTTP, stop Apollo, close the ORM, then stop the database, in that order.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    formatError: createFormatError({ log, entityOfTable: entityNames(orm), databaseDown: () => databaseState() !== 'up' }),
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The hosted explorer needs the internet and inline scripts; neither belongs next to children's data.
      ApolloServerPluginLandingPageDisabled(),
      // Nothing sets cache hints (answers depend on the caller), and its hook would wrap every field's
      // resolver; the `no-store` it would send is set for every /graphql answer below.
      ApolloServerPluginCacheControlDisabled(),
      requireSignIn(),
      ...(config.exposeSqlCount ? [sqlCountHeader()] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // A hash of every GraphQL answer, for POSTs no cache revalidates (the admin's files have their own).
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // MUI (emotion) writes its styles into <style> elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use(
    // Method, path and status are enough: headers carry tokens, bodies carry children's data.
    requestLog(log, {
      id: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      ignore: (req) => req.url === '/healthz' || req.url === '/readyz',
    }),
  );
  app.use((req, _res, next) => requestContext.run({ requestId: String(req.id), user: null, sqlStatements: 0 }, next));

  // The database's last answer: /healthz fails when it has been silent too long for anything to work.
  let answeredAt = Date.now();
  const databaseAnswers = async (): Promise<boolean> => {
    if (databaseState() !== 'up') return false;
    try {
      await withTimeout(orm.em.getConnection().execute('select 1'), HEALTH_CHECK_TIMEOUT_MS);
      answeredAt = Date.now();
      return true;
    } catch (error) {
      log.warn({ err: error }, 'database not answering');
      return false;
    }
  };
  const probe = setInterval(() => void databaseAnswers(), 5000);
  probe.unref();

  app.get('/healthz', async (_req, res) => {
    const state = databaseState();
    if (state !== 'up') {
      res.status(503).json({ status: state === 'failed' ? 'database failed' : 'database restarting' });
      return;
    }
    if (Date.now() - answeredAt > UNHEALTHY_AFTER_MS && !(await databaseAnswers())) {
      res.status(503).json({ status: 'database not answering' });
      return;
    }
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (await databaseAnswers()) res.json({ status: 'ready' });
    else res.status(503).json({ status: databaseState() === 'restarting' ? 'database restarting' : 'database unavailable' });
  });

  app.use(
    '/graphql',
    // Answers are about children and depend on who asks: no cache may keep them.
    (_req, res, next) => {
      res.setHeader('cache-control', 'no-store');
      next();
    },
    // Answered when the deadline passes, whatever is still running; the request's later SQL statements
    // are refused (see the ORM's onQuery), and its transaction rolls back.
    (req, res, next) => {
      const store = requestContext.getStore();
      if (store) store.deadline = Date.now() + config.requestTimeoutMs;
      const timer = setTimeout(() => {
        if (res.headersSent) return;
        log.warn({ timeoutMs: config.requestTimeoutMs }, 'request deadline passed');
        res.status(503).json(errorBody('The request took too long and was stopped; nothing it changed was saved', ErrorCode.TIMEOUT));
      }, config.requestTimeoutMs);
      res.on('close', () => clearTimeout(timer));
      next();
    },
    express.json({ limit: config.bodyLimitBytes }),
    (req, _res, next) => {
      // A GET query, or a body in another type: Apollo answers those itself (it needs `body` to be there).
      req.body ??= undefined;
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork();
        const auth = new AuthService(em, config.sessionTtlHours, signInThrottle, req.ip ?? req.socket.remoteAddress ?? 'unknown');
        const token = bearerToken(req.headers.authorization);
        const user = token ? await auth.userForToken(token) : null;
        const request = requestContext.getStore();
        if (request) request.user = user;
        return { em, auth, user, token, requestId: String(req.id), bodyLimitBytes: config.bodyLimitBytes };
      },
    }),
  );

  if (existsSync(path.join(config.adminDist, 'index.html'))) {
    app.use(express.static(config.adminDist, { index: false, maxAge: '1h' }));
    // The admin routes in the browser; every other path gets its page.
    app.get('/{*path}', (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(path.join(config.adminDist, 'index.html'));
    });
  } else {
    log.warn({ adminDist: config.adminDist }, 'admin not built: run `pnpm build` to serve it at /');
  }

  app.use((_req, res) => {
    res.status(404).json(errorBody('Nothing is served at this path', ErrorCode.NOT_FOUND));
  });
  // Express's own errors (a body too large or not JSON, a file that cannot be read) are JSON too, with
  // a code, in every mode: never its HTML page, never a stack.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    // The deadline may have answered already; what was still running has nothing left to say.
    if (res.headersSent) {
      log.debug({ err: error }, 'answer after the response was sent, dropped');
      return;
    }
    const answer = httpError(error);
    if (answer.status >= 500) log.error({ err: error }, 'unexpected error');
    else log.debug({ err: error }, 'request refused');
    res.status(answer.status).json(errorBody(answer.message, answer.code));
  });

  return {
    httpServer,
    async stop() {
      clearInterval(probe);
      await apollo.stop();
    },
  };
}
