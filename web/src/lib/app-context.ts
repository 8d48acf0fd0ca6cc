/** Who is signed in: role, institution and currency, for every view. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ViewerQuery } from '../../../schema/client/graphql';

export type Institution = NonNullable<ViewerQuery['viewer']['institution']>;

export interface AppViewer {
  role: ViewerQuery['viewer']['role'];
  institution: Institution | null;
  /** The institution's ISO 4217 currency (USD when the key has no institution). */
  currency: string;
  /** PLANNER and INSTITUTION_ADMIN may write; VIEWER may not. */
  canWrite: boolean;
  signOut: () => void;
}

export const ViewerContext = createContext<AppViewer | null>(null);

export function useViewer(): AppViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() outside of <ViewerContext.Provider>');
  return viewer;
}

export function canWrite(role: string): boolean {
  return role === 'PLANNER' || role === 'INSTITUTION_ADMIN' || role === 'PLATFORM_ADMIN';
}
