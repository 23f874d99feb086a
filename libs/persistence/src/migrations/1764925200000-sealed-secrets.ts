import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { SecretBox } from '../secret-box';

/** The context a webhook secret is sealed for, as `WebhookSubscriptionsService` seals it: its row. */
const webhookContext = (id: string) => `webhook_subscription:${id}`;

/**
 * Secrets at rest only encrypted (AES-256-GCM under `SECRETS_KEY`): webhook signing secrets move
 * to `sealed_secret`, the plaintext of existing rows rewritten sealed; and `idempotency_key`
 * gains `sealed_secrets`, where a replayable answer keeps the one-time secrets it revealed.
 * Rewriting existing secrets needs the key, so the migration is built with it.
 */
export function sealedSecretsMigration(secrets: SecretBox | undefined): new () => MigrationInterface {
  const box = (rows: number): SecretBox => {
    if (secrets) return secrets;
    throw new Error(`SECRETS_KEY is needed to encrypt the secrets of ${rows} webhook subscriptions`);
  };
  return class SealedSecrets1764925200000 implements MigrationInterface {
    name = 'SealedSecrets1764925200000';

    async up(q: QueryRunner): Promise<void> {
      await q.query(`ALTER TABLE webhook_subscription RENAME COLUMN secret TO sealed_secret`);
      const rows: { id: string; sealed_secret: string }[] = await q.query(
        `SELECT id, sealed_secret FROM webhook_subscription WHERE sealed_secret NOT LIKE 'sb1.%'`,
      );
      for (const row of rows) {
        await q.query(`UPDATE webhook_subscription SET sealed_secret = $2 WHERE id = $1`, [
          row.id,
          box(rows.length).seal(row.sealed_secret, webhookContext(row.id)),
        ]);
      }
      await q.query(`ALTER TABLE idempotency_key ADD COLUMN sealed_secrets text`);
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`ALTER TABLE idempotency_key DROP COLUMN sealed_secrets`);
      const rows: { id: string; sealed_secret: string }[] = await q.query(
        `SELECT id, sealed_secret FROM webhook_subscription WHERE sealed_secret LIKE 'sb1.%'`,
      );
      for (const row of rows) {
        await q.query(`UPDATE webhook_subscription SET sealed_secret = $2 WHERE id = $1`, [
          row.id,
          box(rows.length).open(row.sealed_secret, webhookContext(row.id)),
        ]);
      }
      await q.query(`ALTER TABLE webhook_subscription RENAME COLUMN sealed_secret TO secret`);
    }
  };
}
