/** A tiny GraphQL-over-HTTP client for the generated TypedDocumentNodes of schema/client. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql/language/ast';
import { print } from 'graphql/language/printer';
import { clearKey, getKey } from './session';
import { ApiError, toApiError } from './errors';

export { ApiError } from './errors';

const ENDPOINT = '/graphql';
const printed = new WeakMap<object, string>();

function queryText(doc: DocumentNode): string {
  let text = printed.get(doc);
  if (text === undefined) {
    text = print(doc);
    printed.set(doc, text);
  }
  return text;
}

type Listener = (reason: string) => void;
const listeners = new Set<Listener>();

/** Called when the API refuses the key (401 / UNAUTHENTICATED); the key is already cleared. */
export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function request<TData, TVars>(
  doc: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  opts: { signal?: AbortSignal; key?: string } = {},
): Promise<TData> {
  const key = opts.key ?? getKey();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (key) headers.authorization = `Bearer ${key}`;
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: queryText(doc), variables }),
      signal: opts.signal,
    });
  } catch (error) {
    if (opts.signal?.aborted) throw error;
    throw new ApiError('The server could not be reached. Check your connection and try again.', { code: 'NETWORK' });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (opts.signal?.aborted) throw error;
    body = null;
  }
  const data = body && typeof body === 'object' ? (body as { data?: TData | null }).data : undefined;
  const hasErrors = !!body && Array.isArray((body as { errors?: unknown }).errors);
  if (hasErrors || !response.ok || data == null) {
    const error = toApiError(response.status, body);
    if (error.code === 'UNAUTHENTICATED') {
      if (!opts.key) clearKey();
      for (const listener of listeners) listener(error.message);
    }
    throw error;
  }
  return data;
}
