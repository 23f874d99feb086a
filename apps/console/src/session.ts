import { createContext, useContext } from 'react';
import type { Schemas } from './api/client';

export type SignedIn = Schemas['CurrentSessionView'];

export const SessionContext = createContext<SignedIn | null>(null);

/** Who is signed in (only rendered inside the signed-in console). */
export function useSession(): SignedIn {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside a signed-in console');
  return session;
}
