import { InitialSchema1764316800000 } from './1764316800000-initial-schema';
import { SupplierNotifications1764403200000 } from './1764403200000-supplier-notifications';
import { BuyerWebhooks1764489600000 } from './1764489600000-buyer-webhooks';
import { CustomsDocumentSet1764576000000 } from './1764576000000-customs-document-set';
import { BrowserSessions1764662400000 } from './1764662400000-sessions-browser-session';
import { TaskClaimsAndSearch1764662460000 } from './1764662460000-sessions-task-claims-and-search';
import { OutboxRequestId1764662520000 } from './1764662520000-outbox-request-id';
import { TaskVersion1764835200000 } from './1764835200000-task-version';
import { DocumentVersionUnique1764921600000 } from './1764921600000-document-version-unique';
import { sealedSecretsMigration } from './1764925200000-sealed-secrets';
import type { SecretBox } from '../secret-box';

export { sealedSecretsMigration };

/**
 * Every migration, in order. Listed by class so the bundled apps carry them; those that rewrite
 * secrets are built with the {@link SecretBox} over `SECRETS_KEY` (undefined when it is unset).
 */
export const migrations = (secrets: SecretBox | undefined) => [
  InitialSchema1764316800000,
  SupplierNotifications1764403200000,
  BuyerWebhooks1764489600000,
  CustomsDocumentSet1764576000000,
  BrowserSessions1764662400000,
  TaskClaimsAndSearch1764662460000,
  OutboxRequestId1764662520000,
  TaskVersion1764835200000,
  DocumentVersionUnique1764921600000,
  sealedSecretsMigration(secrets),
];
