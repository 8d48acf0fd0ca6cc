import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AppConfig } from '../../src/config';
import type { IntrospectionMode } from '../../src/app/introspection';
import { createLogger } from '../../src/core/logger';
import { DEFAULT_LIMITS, type QueryLimits } from '../../src/app/limits';
import { DEFAULT_RATE_LIMIT, type RateLimitConfig } from '../../src/app/rate-limit';
import { startServer, type RunningServer } from '../../src/app/server';
import { createTestDatabase, type TargetName } from './databases';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef';

export interface GqlResponse<T = unknown> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; field?: string } & Record<string, unknown>;
  }[];
}

export interface TestServer {
  server: RunningServer;
  url: string;
  keys: { planner: string; viewer: string; admin: string };
  /** Raw GraphQL POST over HTTP. */
  gql<T = unknown>(
    query: string | DocumentNode,
    variables?: Record<string, unknown>,
    key?: string | null,
  ): Promise<GqlResponse<T>>;
  /** The same, through a generated typed document. */
  typed<R, V extends Record<string, unknown>>(
    doc: TypedDocumentNode<R, V>,
    variables: V,
    key?: string | null,
  ): Promise<GqlResponse<R>>;
  /** SQL statements since the last reset (to lock nested-query counts). */
  sql: { statements: string[]; reset(): void };
  close(): Promise<void>;
}

/** A real server on a real, fresh database, listening on a random loopback port. */
export async function startTestServer(
  target: TargetName,
  opts: {
    demo?: boolean;
    limits?: Partial<QueryLimits>;
    rateLimit?: Partial<RateLimitConfig>;
    introspection?: IntrospectionMode;
    production?: boolean;
  } = {},
): Promise<TestServer> {
  const db = await createTestDatabase(target);
  const statements: string[] = [];
  const config: AppConfig = {
    port: 0,
    database: db.config,
    adminKey: ADMIN_KEY,
    demo: opts.demo ?? true,
    production: opts.production ?? false,
    logLevel: 'silent',
    introspection: opts.introspection ?? 'key',
    limits: { ...DEFAULT_LIMITS, ...opts.limits }, // Suites fire many requests from one key; rate limiting is switched on where it is under test.
    rateLimit: { ...DEFAULT_RATE_LIMIT, enabled: false, redisUrl: null, ...opts.rateLimit },
  };
  let server: RunningServer;
  try {
    server = await startServer(config, { logger: createLogger('silent'), onQuery: (sql) => statements.push(sql) });
  } catch (err) {
    await db.drop();
    throw err;
  }
  const url = server.url.replace('localhost', '127.0.0.1');
  const gql = async <T>(
    query: string | DocumentNode,
    variables?: Record<string, unknown>,
    key: string | null = null,
  ): Promise<GqlResponse<T>> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
    return { status: res.status, ...body };
  };
  return {
    server,
    url,
    keys: server.demoKeys ?? { planner: '', viewer: '', admin: '' },
    gql,
    typed: (doc, variables, key) => gql(doc, variables, key),
    sql: {
      statements,
      reset: () => {
        statements.length = 0;
      },
    },
    close: async () => {
      await server.close();
      await db.drop();
    },
  };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The single error of a failed response. */
export function errorOf(res: GqlResponse<unknown>): { message: string; code?: string; field?: string } {
  if (!res.errors?.length) throw new Error(`expected an error, got data ${JSON.stringify(res.data)}`);
  const e = res.errors[0];
  return { message: e.message, code: e.extensions?.code, field: e.extensions?.field };
}
