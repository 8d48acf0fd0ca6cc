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
import type { AppConfig } from './config';
import { authenticate } from './auth/authenticate';
import { createContext, type Context } from './context';
import { migrate, openOrm } from './db/orm';
import { seedBase, seedDemo, type DemoKeys } from './db/seed';
import { formatError } from './graphql/errors';
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
  const apollo = new ApolloServer<Context>({
    schema: buildUpliftSchema(),
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      const out = formatError(formatted, error, config.production);
      if (out.extensions?.code === 'INTERNAL_SERVER_ERROR') log.error({ err: error, path: formatted.path }, 'unexpected error');
      return out;
    },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
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
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = (typeof req.headers['x-request-id'] === 'string' && /^[\w-]{1,100}$/.test(req.headers['x-request-id']))
          ? req.headers['x-request-id'] : randomUUID();
        res.setHeader('x-request-id', requestId);
        const auth = await authenticate(orm.em.fork(), req.headers.authorization, config.adminKey);
        if ('error' in auth) {
          throw new GraphQLError(auth.error, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        return createContext(orm.em, auth.viewer, requestId);
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
      closing ??= apollo.stop().then(() => orm.close(true));
      return closing;
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
