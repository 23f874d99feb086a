import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Buyer webhooks (subscriptions, one delivery per event and subscription, every attempt), and
 * order listing by `(created_at, id)`: the keyset the contract's "newest first" pages on.
 */
export class BuyerWebhooks1764489600000 implements MigrationInterface {
  name = 'BuyerWebhooks1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_subscription (
        id uuid PRIMARY KEY,
        api_key_id uuid NOT NULL REFERENCES api_key (id),
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      );
      CREATE INDEX webhook_subscription_key_idx ON webhook_subscription (api_key_id, id DESC);

      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES webhook_subscription (id),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
        attempt_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        UNIQUE (subscription_id, event_id)
      );
      CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, id DESC);

      CREATE TABLE webhook_attempt (
        id uuid PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_delivery (id),
        attempt integer NOT NULL,
        attempted_at timestamptz NOT NULL,
        status_code integer,
        error text,
        duration_ms integer NOT NULL,
        UNIQUE (delivery_id, attempt)
      );

      DROP INDEX purchase_order_supplier_idx;
      DROP INDEX purchase_order_store_idx;
      CREATE INDEX purchase_order_created_idx ON purchase_order (created_at DESC, id DESC);
      CREATE INDEX purchase_order_supplier_idx ON purchase_order (supplier_id, created_at DESC, id DESC);
      CREATE INDEX purchase_order_store_idx ON purchase_order (store_code, created_at DESC, id DESC);
      CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX idempotency_key_created_idx;
      DROP INDEX purchase_order_store_idx;
      DROP INDEX purchase_order_supplier_idx;
      DROP INDEX purchase_order_created_idx;
      CREATE INDEX purchase_order_supplier_idx ON purchase_order (supplier_id, id DESC);
      CREATE INDEX purchase_order_store_idx ON purchase_order (store_code, id DESC);
      DROP TABLE webhook_attempt, webhook_delivery, webhook_subscription;
    `);
  }
}
