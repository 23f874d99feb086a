import { InitialSchema1764316800000 } from './1764316800000-initial-schema';

/** Every migration, in order. Listed by class so the bundled apps carry them. */
export const MIGRATIONS = [InitialSchema1764316800000];
