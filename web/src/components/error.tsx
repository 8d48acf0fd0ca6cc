/** Errors from the API: a banner for the whole operation, and a message next to the control it is about. */
import type { ComponentChildren } from 'preact';
import { ApiError, fieldMatches } from '../lib/errors';

export function ErrorAlert({ error, title }: { error: Error | null | undefined; title?: string }) {
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  return (
    <div class="error" role="alert">
      {title && <strong>{title} </strong>}
      <span>{error.message}</span>
      {api?.field && <span class="error-meta"> (field: {api.field})</span>}
      {api?.requestId && <span class="error-meta"> Request id: {api.requestId}</span>}
    </div>
  );
}

/** The API's message for `field` (matching the end of extensions.field), if the error is about it. */
export function fieldError(error: Error | null | undefined, ...fields: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  for (const field of fields) {
    const hit = error.errors.find((e) => {
      const f = e.extensions?.field;
      return typeof f === 'string' && fieldMatches(f, field);
    });
    if (hit) return hit.message;
    if (fieldMatches(error.field, field)) return error.message;
  }
  return undefined;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} class="field-error" role="alert">
      {message}
    </p>
  );
}

/** A labelled control with its error: `<Field id label error>{input}</Field>`. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
