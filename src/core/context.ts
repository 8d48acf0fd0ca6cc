import type { EntityManager } from '@mikro-orm/core';

/**
 * The per-request loaders. Empty here on purpose: each module adds its own loaders by declaration
 * merging in its `*.loaders.ts` (`declare module '../../core/context' { interface Loaders ... }`), and
 * src/app/loaders.ts builds them all, so the toolkit knows no module and services need not import the
 * wiring. See docs/ARCHITECTURE.md.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** Everything a resolver or service may use, built fresh for every request (src/app/context.ts). */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  clientIp: string;
  /** Query cost in points: priced before execution, plus simulation work found to be needed while running. */
  cost: { requested: number; extra: number; available: number };
}
