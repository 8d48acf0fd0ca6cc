import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../core/context';
import type { Logger } from '../core/logger';
import { APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, requestIds, responseMediaType } from './http';
import { sizeProblem, type QueryLimits } from './limits';

/**
 * /graphql straight on node:http, without Express's router and body parser in the way (the hot
 * path of every request: docs/PERFORMANCE.md). What the Express stack did is done here, once:
 * a request id, a body limit with 413, JSON bodies only (strict: an object or an array), a GraphQL-
 * shaped JSON error for a body that is not JSON, and oversized queries refused before parsing.
 */

/** Largest request body accepted on /graphql, in bytes (1 MiB). */
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const BODY_LIMIT = '1mb';

type ContextFn = (req: IncomingMessage, requestId: string) => Promise<Context>;

class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const NOT_JSON = 'The request body is not valid JSON: send {"query": "...", "variables": {...}}.';

/**
 * Levels of JSON objects and arrays a request may nest (the deepest input of the schema needs under ten).
 * Deeper ones are refused before anything walks them: 20 KB of `[[[…]]]` in `variables` overflowed the stack.
 */
export const MAX_JSON_DEPTH = 32;
const TOO_DEEP = `The request is nested too deeply: at most ${MAX_JSON_DEPTH} levels of JSON objects and arrays (in the body, variables or extensions).`;

/** Whether JSON text nests objects and arrays deeper than `max`: one pass over the text, no recursion. */
export function nestedTooDeeply(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

function isJsonType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';', 1)[0].trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > BODY_LIMIT_BYTES) {
    req.resume();
    return Promise.reject(new BodyError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${BODY_LIMIT}.`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${BODY_LIMIT}.`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', () => reject(new BodyError(400, 'BAD_REQUEST', NOT_JSON)));
  });
}

/** The body as Express's strict JSON parser read it: undefined when not JSON, an error when malformed. */
async function parseBody(req: IncomingMessage): Promise<unknown> {
  if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH') return undefined;
  const buffer = await readBody(req);
  if (!isJsonType(req.headers['content-type'])) return undefined;
  if (buffer.length === 0) return {};
  const text = buffer.toString('utf8');
  if (nestedTooDeeply(text)) throw new BodyError(400, 'DEPTH_LIMIT_EXCEEDED', TOO_DEEP);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BodyError(400, 'BAD_REQUEST', NOT_JSON);
  }
  if (parsed === null || typeof parsed !== 'object') throw new BodyError(400, 'BAD_REQUEST', NOT_JSON);
  return parsed;
}

function sendJson(res: ServerResponse, status: number, type: string, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function graphqlHandler(
  apollo: ApolloServer<Context>,
  opts: { limits: QueryLimits; log: Logger; context: ContextFn },
): (req: IncomingMessage, res: ServerResponse) => void {
  const { limits, log, context } = opts;
  return (req, res) => {
    // One id per request, in the x-request-id header and in every error the client receives.
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && /^[\w-]{1,100}$/.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    requestIds.run(requestId, () => {
      serve(req, res, requestId).catch((err: unknown) => {
        const known = err instanceof BodyError;
        if (!known) log.error({ requestId, err }, 'unexpected error');
        // A hostile shape, worth seeing in the logs, but the client's doing: no stack.
        else if (err.code === 'DEPTH_LIMIT_EXCEEDED') log.warn({ requestId, code: err.code }, 'request refused');
        if (res.headersSent) return void res.end();
        const [status, code, message] = known
          ? [err.status, err.code, err.message]
          : [500, 'INTERNAL_SERVER_ERROR', 'Internal server error.'];
        sendJson(res, status, responseMediaType(req.headers.accept) ?? APPLICATION_JSON, {
          errors: [{ message, extensions: { code, requestId } }],
        });
      });
    });
  };

  async function serve(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const body = await parseBody(req);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const search = q === -1 ? '' : url.slice(q);
    if (req.method === 'GET' && search) {
      const params = new URLSearchParams(search);
      for (const name of ['variables', 'extensions']) {
        const value = params.get(name);
        if (value && nestedTooDeeply(value)) throw new BodyError(400, 'DEPTH_LIMIT_EXCEEDED', TOO_DEEP);
      }
    }
    // Oversized queries are refused before they are parsed.
    const query =
      req.method === 'GET'
        ? new URLSearchParams(search).get('query')
        : body && typeof body === 'object'
          ? (body as { query?: unknown }).query
          : undefined;
    const problem = typeof query === 'string' ? sizeProblem(query, limits) : null;
    if (problem) {
      const type = responseMediaType(req.headers.accept) ?? APPLICATION_JSON;
      log.info({ requestId, code: problem.extensions.code }, 'request error');
      return sendJson(res, type === GRAPHQL_RESPONSE_JSON ? 400 : 200, type, {
        errors: [{ message: problem.message, extensions: { ...problem.extensions, requestId } }],
      });
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body },
      context: () => context(req, requestId),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      return void res.end(response.body.string);
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
