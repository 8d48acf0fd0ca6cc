/** Progress of long work: elapsed time, a Cancel button, and what is shown meanwhile. */
import type { ComponentChildren } from 'preact';

export function formatElapsed(ms: number): string {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export function Busy({
  running,
  elapsedMs,
  onCancel,
  label = 'Working',
}: {
  running: boolean;
  elapsedMs: number;
  onCancel?: () => void;
  label?: string;
}) {
  if (!running) return null;
  return (
    <div class="busy" role="status">
      <span class="spinner" aria-hidden="true" />
      <span>
        {label}… {formatElapsed(elapsedMs)}
      </span>
      {onCancel && (
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

/** A region whose content may be stale (previous result) while new work runs. */
export function Region({
  label,
  busy,
  stale,
  children,
}: {
  label: string;
  busy: boolean;
  stale?: boolean;
  children: ComponentChildren;
}) {
  return (
    <section aria-label={label} aria-busy={busy ? 'true' : 'false'} class={stale ? 'region stale' : 'region'}>
      {stale && (
        <p class="stale-note" role="note">
          Showing the previous result{busy ? ' while the new one is computed' : ''}.
        </p>
      )}
      {children}
    </section>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}
