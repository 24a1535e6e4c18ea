import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import { AuthService } from './core/auth/auth.service.js';
import { requireSignIn } from './core/auth/require-sign-in.plugin.js';
import { SignInThrottle } from './core/auth/sign-in-throttle.js';
import type { Context } from './core/graphql/context.js';
import { createFormatError } from './core/graphql/format-error.js';
import { buildApiSchema } from './core/graphql/schema.js';
import { sqlCountHeader } from './core/graphql/sql-count.plugin.js';
import type { Logger } from './core/logger.js';
import { requestContext } from './core/request-context.js';
import { resolvers } from './modules.js';

export interface ServerOptions {
  orm: MikroORM;
  config: Pick<Config, 'introspection' | 'exposeSqlCount' | 'sessionTtlHours' | 'adminDist' | 'trustProxy'>;
  log: Logger;
}

export interface Server {
  httpServer: http.Server;
  /** Stops taking requests, lets those in flight finish, then stops Apollo. */
  stop(): Promise<void>;
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
export async function createServer({ orm, config, log }: ServerOptions): Promise<Server> {
  const app = express();
  const httpServer = http.createServer(app);
  const signInThrottle = new SignInThrottle();
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
    formatError: createFormatError({ log, entityOfTable: entityNames(orm) }),
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The hosted explorer needs the internet and inline scripts; neither belongs next to children's data.
      ApolloServerPluginLandingPageDisabled(),
      requireSignIn(),
      ...(config.exposeSqlCount ? [sqlCountHeader()] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
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
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // Method, path and status are enough: headers carry tokens, bodies carry children's data.
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use((req, _res, next) => requestContext.run({ requestId: String(req.id), user: null, sqlStatements: 0 }, next));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch (error) {
      log.warn({ err: error }, 'database not answering');
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork();
        const auth = new AuthService(em, config.sessionTtlHours, signInThrottle);
        const token = bearerToken(req.headers.authorization);
        const user = token ? await auth.userForToken(token) : null;
        const request = requestContext.getStore();
        if (request) request.user = user;
        return { em, auth, user, token, requestId: String(req.id) };
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

  return {
    httpServer,
    async stop() {
      await apollo.stop();
    },
  };
}
