import { badInput } from './errors';

/** Opaque, URL-safe global id: base64url("Type:databaseId"). */
export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function parseGlobalId(globalId: string): { type: string; id: number } | null {
  if (
    typeof globalId !== 'string' ||
    globalId.length === 0 ||
    globalId.length > 100 ||
    !/^[A-Za-z0-9_-]+$/.test(globalId)
  )
    return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):([1-9][0-9]{0,14})$/.exec(decoded);
  if (!m) return null;
  const id = Number(m[2]);
  return Number.isSafeInteger(id) ? { type: m[1], id } : null;
}

/** Decodes an id that must name an object of one type; anything else is the caller's mistake. */
export function decodeId(globalId: string, type: string, field: string): number {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw badInput(field, `"${String(globalId).slice(0, 60)}" is not a valid id.`);
  if (parsed.type !== type) throw badInput(field, `Expected the id of a ${type}, got the id of a ${parsed.type}.`);
  return parsed.id;
}
