import http from 'node:http';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { GraphQLError } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import type { AppConfig } from '../config';
import { authenticate } from './authenticate';
import type { Context } from '../core/context';
import { createContext } from './context';
import { migrate, openOrm } from '../db/orm';
import { seedBase, seedDemo, type DemoKeys } from '../db/seed';
import { formatError } from './format-error';
import {
  APPLICATION_JSON,
  GRAPHQL_RESPONSE_JSON,
  clientError,
  errorLogPlugin,
  requestIds,
  responseMediaType,
  statusPlugin,
} from './http';
import { costPlugin } from './cost.plugin';
import { textGuardPlugin } from './text-guard.plugin';
import { limitRules, sizeProblem } from './limits';
import { createRateLimiter } from './rate-limit';
import { closePool } from '../modules/scenario/projection.pool';
import { closeCalibrationPool } from '../modules/calibration/calibration.pool';
import { closeOptimizerPool } from '../modules/optimizer/optimizer.pool';
import { buildUpliftSchema } from './schema';
import { createLogger, type Logger } from '../core/logger';

/** Largest request body accepted on /graphql. */
export const BODY_LIMIT = '1mb';
/** /readyz answers 503 when the database has not answered `select 1` within this. */
export const READY_TIMEOUT_MS = 2_000;

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
  const orm = await openOrm(config.database, {
    onQuery: opts.onQuery,
    onDriverWarning: (message) => log.warn({ message }, 'database driver warning'),
  });
  const applied = await migrate(orm);
  if (applied.length) log.info({ migrations: applied }, 'applied migrations');
  await seedBase(orm.em.fork());
  const demoKeys = config.demo ? await loadDemo(orm, config) : null;

  const app = express();
  const httpServer = http.createServer(app);
  const schema = buildUpliftSchema();
  const limiter = createRateLimiter(config.rateLimit, (err) =>
    log.error({ err }, 'rate limit store unreachable: request not throttled'),
  );
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    validationRules: limitRules(config.limits),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => clientError(formatError(formatted, error), error, config.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      textGuardPlugin(),
      costPlugin(schema, config.limits, limiter),
      errorLogPlugin(log),
      statusPlugin(),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      // A database that does not answer (a network partition, not just a refused connection) is not ready either.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('readiness check timed out')), READY_TIMEOUT_MS);
      });
      await Promise.race([orm.em.getConnection().execute('select 1'), timeout]).finally(() => clearTimeout(timer));
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    (req, res, next) => {
      // One id per request, in the x-request-id header and in every error the client receives.
      const header = req.headers['x-request-id'];
      const requestId = typeof header === 'string' && /^[\w-]{1,100}$/.test(header) ? header : randomUUID();
      res.setHeader('x-request-id', requestId);
      res.locals.requestId = requestId;
      requestIds.run(requestId, next);
    },
    express.json({ limit: BODY_LIMIT }),
    (req, res, next) => {
      // Oversized queries are refused before they are parsed.
      const body: unknown = req.body;
      const query =
        req.method === 'GET'
          ? req.query.query
          : body && typeof body === 'object'
            ? (body as { query?: unknown }).query
            : undefined;
      const problem = typeof query === 'string' ? sizeProblem(query, config.limits) : null;
      if (!problem) return next();
      const type = responseMediaType(req.headers.accept) ?? APPLICATION_JSON;
      log.info({ requestId: res.locals.requestId, code: problem.extensions.code }, 'request error');
      res
        .status(type === GRAPHQL_RESPONSE_JSON ? 400 : 200)
        .type(type)
        .json({
          errors: [
            {
              message: problem.message,
              extensions: { ...problem.extensions, requestId: String(res.locals.requestId) },
            },
          ],
        });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals.requestId);
        const auth = await authenticate(orm.em.fork(), req.headers.authorization, config.adminKey);
        if ('error' in auth) {
          throw new GraphQLError(auth.error, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        return createContext(orm.em, auth.viewer, requestId, req.ip ?? 'unknown');
      },
    }),
  );
  // Bodies that are not JSON, or too large, get a GraphQL-shaped JSON error (never Express's HTML page with a stack).
  app.use('/graphql', (err: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const e = err as { status?: number; type?: string };
    const tooLarge = e.type === 'entity.too.large';
    const clientFault = tooLarge || (typeof e.status === 'number' && e.status >= 400 && e.status < 500);
    if (!clientFault) log.error({ requestId: res.locals.requestId, err }, 'unexpected error');
    const [status, code, message] = tooLarge
      ? [413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${BODY_LIMIT}.`]
      : clientFault
        ? [400, 'BAD_REQUEST', 'The request body is not valid JSON: send {"query": "...", "variables": {...}}.']
        : [500, 'INTERNAL_SERVER_ERROR', 'Internal server error.'];
    res
      .status(status)
      .type(responseMediaType(req.headers.accept) ?? 'application/json')
      .json({ errors: [{ message, extensions: { code, requestId: String(res.locals.requestId) } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE' ? new Error(`Port ${config.port} is already in use: set PORT to a free port.`) : err,
      );
    });
    httpServer.listen(config.port, resolve);
  }).catch(async (err) => {
    await apollo.stop();
    await limiter.close();
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
        await Promise.all([closePool(), closeCalibrationPool(), closeOptimizerPool(), limiter.close()]);
        await orm.close(true);
      });
      return closing;
    },
  };
}

/** Demo keys are hashed in the database, so the plaintext is kept beside a local SQLite file only. */
async function loadDemo(orm: MikroORM, config: AppConfig): Promise<DemoKeys | null> {
  const keysFile =
    config.database.kind === 'sqlite' && config.database.url !== ':memory:'
      ? path.join(path.dirname(config.database.url), 'demo-keys.json')
      : null;
  const fresh = await seedDemo(orm.em.fork());
  if (fresh) {
    if (keysFile) fs.writeFileSync(keysFile, JSON.stringify(fresh, null, 2), { mode: 0o600 });
    return fresh;
  }
  if (keysFile && fs.existsSync(keysFile)) return JSON.parse(fs.readFileSync(keysFile, 'utf8')) as DemoKeys;
  return null;
}
