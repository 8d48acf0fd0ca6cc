import http from 'node:http';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { GraphQLError } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import type { AppConfig } from './config';
import { authenticate } from './auth/authenticate';
import { createContext, type Context } from './context';
import { migrate, openOrm } from './db/orm';
import { seedBase, seedDemo, type DemoKeys } from './db/seed';
import { formatError } from './graphql/errors';
import { costPlugin } from './graphql/cost.plugin';
import { limitRules, sizeProblem } from './graphql/limits';
import { createRateLimiter } from './auth/rate-limit';
import { closePool } from './modules/scenario/projection.pool';
import { buildUpliftSchema } from './graphql/schema';
import { createLogger, type Logger } from './logger';

/** Largest request body accepted on /graphql. */
export const BODY_LIMIT = '1mb';

export interface StartOptions {
  onQuery?: (sql: string) => void;
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  orm: MikroORM;
  demoKeys: DemoKeys | null;
  close(): Promise<void>;
}

/** Opens the database, applies migrations, loads seeds, and serves /graphql, /healthz and /readyz. */
export async function startServer(config: AppConfig, opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.logger ?? createLogger(config.logLevel);
  const orm = await openOrm(config.database, { onQuery: opts.onQuery });
  const applied = await migrate(orm);
  if (applied.length) log.info({ migrations: applied }, 'applied migrations');
  await seedBase(orm.em.fork());
  const demoKeys = config.demo ? await loadDemo(orm, config) : null;

  const app = express();
  const httpServer = http.createServer(app);
  const schema = buildUpliftSchema();
  const limiter = createRateLimiter(config.rateLimit);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    validationRules: limitRules(config.limits),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, config.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      costPlugin(schema, config.limits, limiter),
      errorLogPlugin(log),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    (req, res, next) => {
      // Oversized queries are refused before they are parsed.
      const body: unknown = req.body;
      const query = req.method === 'GET' ? req.query.query : (body && typeof body === 'object' ? (body as { query?: unknown }).query : undefined);
      const problem = typeof query === 'string' ? sizeProblem(query, config.limits) : null;
      if (!problem) return next();
      res.status(400).type(acceptsGraphqlResponse(req.headers.accept) ? 'application/graphql-response+json' : 'application/json')
        .json({ errors: [{ message: problem.message, extensions: problem.extensions }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = (typeof req.headers['x-request-id'] === 'string' && /^[\w-]{1,100}$/.test(req.headers['x-request-id']))
          ? req.headers['x-request-id'] : randomUUID();
        res.setHeader('x-request-id', requestId);
        const auth = await authenticate(orm.em.fork(), req.headers.authorization, config.adminKey);
        if ('error' in auth) {
          throw new GraphQLError(auth.error, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        return createContext(orm.em, auth.viewer, requestId, req.ip ?? 'unknown');
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${config.port} is already in use: set PORT to a free port.`) : err);
    });
    httpServer.listen(config.port, resolve);
  }).catch(async (err) => {
    await apollo.stop();
    await orm.close(true);
    throw err;
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let closing: Promise<void> | null = null;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    orm,
    demoKeys,
    close: () => {
      // Stopping Apollo drains in-flight requests before the database goes away.
      closing ??= apollo.stop().then(async () => {
        await Promise.all([closePool(), limiter.close()]);
        await orm.close(true);
      });
      return closing;
    },
  };
}

function acceptsGraphqlResponse(accept: string | undefined): boolean {
  return !!accept && accept.includes('application/graphql-response+json');
}

/** Every error is logged once, as JSON with the request id; the client gets the id in each error too. */
function errorLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const err of errors) {
            const code = err.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
            const internal = code === 'INTERNAL_SERVER_ERROR' || !err.extensions?.code;
            log[internal ? 'error' : 'info']({ requestId: contextValue?.requestId, operationName, code, path: err.path, err: internal ? (err.originalError ?? err) : undefined, message: internal ? undefined : err.message }, internal ? 'unexpected error' : 'request error');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors || !contextValue?.requestId) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }));
        },
      };
    },
  };
}

/** Demo keys are hashed in the database, so the plaintext is kept beside a local SQLite file only. */
async function loadDemo(orm: MikroORM, config: AppConfig): Promise<DemoKeys | null> {
  const keysFile = config.database.kind === 'sqlite' && config.database.url !== ':memory:'
    ? path.join(path.dirname(config.database.url), 'demo-keys.json') : null;
  const fresh = await seedDemo(orm.em.fork());
  if (fresh) {
    if (keysFile) fs.writeFileSync(keysFile, JSON.stringify(fresh, null, 2), { mode: 0o600 });
    return fresh;
  }
  if (keysFile && fs.existsSync(keysFile)) return JSON.parse(fs.readFileSync(keysFile, 'utf8')) as DemoKeys;
  return null;
}
