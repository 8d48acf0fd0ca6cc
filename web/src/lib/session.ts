/** The API key lives in sessionStorage only: never localStorage, never the URL. */
const STORAGE_KEY = 'uplift.apiKey';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function getKey(): string | null {
  const value = storage()?.getItem(STORAGE_KEY);
  return value ? value : null;
}

export function setKey(key: string): void {
  storage()?.setItem(STORAGE_KEY, key.trim());
}

export function clearKey(): void {
  storage()?.removeItem(STORAGE_KEY);
}
