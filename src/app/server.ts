import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import type { AppConfig } from '../config';
import { authenticate } from './authenticate';
import type { Context } from '../core/context';
import { createContext } from './context';
import { migrate, openOrm } from '../db/orm';
import { seedBase, seedDemo, type DemoKeys } from '../db/seed';
import { formatError } from './format-error';
import { clientError, errorLogPlugin, statusPlugin } from './http';
import { graphqlHandler } from './graphql-http';
import { jitGateway } from './jit-executor';
import { costPlugin } from './cost.plugin';
import { textGuardPlugin } from './text-guard.plugin';
import { limitRules } from './limits';
import { introspectionMode, suggestionsPlugin, type IntrospectionMode } from './introspection';
import { createRateLimiter } from './rate-limit';
import { closePool } from '../modules/scenario/projection.pool';
import { closeBacktestPool } from '../modules/calibration/backtest.pool';
import { closeCalibrationPool } from '../modules/calibration/calibration.pool';
import { closeOptimizerPool } from '../modules/optimizer/optimizer.pool';
import { closeImportPool } from '../modules/import/import.pool';
import { buildUpliftSchema } from './schema';
import { createLogger, type Logger } from '../core/logger';
import { mountDashboard } from './web';

/** /readyz answers 503 when the database has not answered `select 1` within this. */

/** How long a shutdown waits for in-flight requests before closing their connections. */
const DRAIN_GRACE_MS = 30_000;
export const READY_TIMEOUT_MS = 2_000;

/** The configuration, with introspection as the on/off of AppConfig or, explicitly, who may introspect. */
export type ServerConfig = Omit<AppConfig, 'introspection'> & { introspection: boolean | IntrospectionMode };

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
export async function startServer(config: ServerConfig, opts: StartOptions = {}): Promise<RunningServer> {
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
  // Requests are routed below, once Apollo has started: /graphql straight on node:http, the rest by Express.
  const httpServer = http.createServer();
  const schema = buildUpliftSchema();
  const limiter = createRateLimiter(config.rateLimit, (err) =>
    log.error({ err }, 'rate limit store unreachable: request not throttled'),
  );
  // Introspection per caller (src/app/introspection.ts): by default for callers with a key only.
  const introspection = introspectionMode(config.introspection);
  const apollo = new ApolloServer<Context>({
    // The schema, with execution compiled per document (src/app/jit-executor.ts).
    gateway: jitGateway(schema),
    introspection: introspection !== 'off',
    validationRules: limitRules(config.limits),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // No "Did you mean …?" for anyone in production or with introspection off; otherwise per caller (suggestionsPlugin).
    hideSchemaDetailsFromClientErrors: config.production || introspection === 'off',
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => clientError(formatError(formatted, error), error, config.production),
    plugins: [
      // In-flight requests get up to 30 s to finish on shutdown: a large preview with its prediction interval takes
      // longer than Apollo's default of 10 s.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: DRAIN_GRACE_MS }),
      // No cache hints are used; the default cache-control plugin would wrap every field resolver (docs/PERFORMANCE.md).
      ApolloServerPluginCacheControlDisabled(),
      textGuardPlugin(),
      costPlugin(schema, config.limits, limiter, introspection),
      suggestionsPlugin(introspection),
      errorLogPlugin(log),
      statusPlugin(),
    ],
  });
  await apollo.start();

  const onGraphql = graphqlHandler(apollo, {
    limits: config.limits,
    log,
    context: async (req, requestId) => {
      const auth = await authenticate(orm.em, req.headers.authorization, config.adminKey);
      if ('error' in auth) {
        throw new GraphQLError(auth.error, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
      return createContext(orm.em, auth.viewer, requestId, req.socket.remoteAddress ?? 'unknown');
    },
  });
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? '/';
    // /graphql straight on node:http (src/app/graphql-http.ts); everything else through Express.
    if (url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/')) return onGraphql(req, res);
    void app(req, res);
  });
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
  mountDashboard(app, log);

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
        await Promise.all([
          closePool(),
          closeCalibrationPool(),
          closeBacktestPool(),
          closeOptimizerPool(),
          closeImportPool(),
          limiter.close(),
        ]);
        await orm.close(true);
      });
      return closing;
    },
  };
}

/** Demo keys are hashed in the database, so the plaintext is kept beside a local SQLite file only. */
async function loadDemo(orm: MikroORM, config: ServerConfig): Promise<DemoKeys | null> {
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
