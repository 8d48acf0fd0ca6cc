/** Asks for the API key; shows why the last one was refused. */
import { useState } from 'preact/hooks';

export function KeyForm({ reason, onSubmit }: { reason?: string | null; onSubmit: (key: string) => void }) {
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <main id="main" class="key-page">
      <h1>Uplift planner</h1>
      <p>Enter your institution's API key. It is kept for this browser tab only.</p>
      <form
        class="key-form"
        onSubmit={(e) => {
          e.preventDefault();
          const key = value.trim();
          if (!key) {
            setEmpty(true);
            return;
          }
          onSubmit(key);
        }}
      >
        <label for="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={empty || !!reason ? 'true' : undefined}
          aria-describedby={reason || empty ? 'api-key-error' : undefined}
          onInput={(e) => {
            setValue(e.currentTarget.value);
            setEmpty(false);
          }}
        />
        <button type="submit">Sign in</button>
        {(reason || empty) && (
          <p id="api-key-error" class="field-error" role="alert">
            {empty ? 'Enter an API key.' : reason}
          </p>
        )}
      </form>
    </main>
  );
}
