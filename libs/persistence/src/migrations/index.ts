import { InitialSchema1764316800000 } from './1764316800000-initial-schema';
import { SupplierNotifications1764403200000 } from './1764403200000-supplier-notifications';

/** Every migration, in order. Listed by class so the bundled apps carry them. */
export const MIGRATIONS = [InitialSchema1764316800000, SupplierNotifications1764403200000];
