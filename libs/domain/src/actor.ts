/**
 * The roles an API key can hold: `admin` and `staff` at Corridor, `buyer` for Freshippo (a store or HQ), `exporter` for
 * a supplier.
 */
export const ROLES = ['admin', 'staff', 'buyer', 'exporter'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** Who did something: a caller's API key, or the pipeline itself (`system`). */
export interface Actor {
  /** The caller's role; `system` when the pipeline acts on its own (a job, a schedule). */
  role: Role | 'system';
  /**
   * The API key acted with (the configured admin key has a fixed id); absent for {@link SYSTEM_ACTOR}. History rows and
   * task claims record it.
   */
  keyId?: string | null;
  /** A buyer key's store; null for HQ procurement (every store). */
  storeCode?: string | null;
  /** An exporter key's supplier. */
  supplierId?: string | null;
}

/** The actor of work no caller asked for: scheduled jobs, carrier events, automatic checks. Frozen, so share it. */
export const SYSTEM_ACTOR: Actor = Object.freeze({ role: 'system' });

/** Whether the actor works at Corridor (`staff` or `admin`) and so sees every store and supplier. */
export function isStaff(actor: Actor): boolean {
  return actor.role === 'staff' || actor.role === 'admin';
}
