export const ROLES = ['admin', 'staff', 'buyer', 'exporter'] as const;
export type Role = (typeof ROLES)[number];

/** Who did something: a caller's API key, or the pipeline itself (`system`). */
export interface Actor {
  role: Role | 'system';
  keyId?: string | null;
  /** A buyer key's store; null for HQ procurement (every store). */
  storeCode?: string | null;
  /** An exporter key's supplier. */
  supplierId?: string | null;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({ role: 'system' });

export function isStaff(actor: Actor): boolean {
  return actor.role === 'staff' || actor.role === 'admin';
}
