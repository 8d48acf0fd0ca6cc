/**
 * The contract of a view module (web/src/views/<name>.tsx): a default export taking the route.
 * app.tsx loads views on demand with import.meta.glob, so each view is its own chunk.
 */
import type { Route } from './router';

export interface ViewProps {
  route: Route;
}
