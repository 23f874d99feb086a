import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: keys, stores, suppliers, products, orders, shipments, tracking, tasks, outbox. */
export class InitialSchema1764316800000 implements MigrationInterface {
  name = 'InitialSchema1764316800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY,
        key_hash char(64) NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('admin', 'staff', 'buyer', 'exporter')),
        label text NOT NULL,
        store_code text,
        supplier_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );

      CREATE TABLE store (
        code text PRIMARY KEY,
        name_en text NOT NULL, name_zh text NOT NULL,
        city_en text NOT NULL, city_zh text NOT NULL,
        address_en text NOT NULL, address_zh text NOT NULL,
        destination_airport char(3) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE supplier (
        id uuid PRIMARY KEY,
        legal_name text NOT NULL,
        trading_name text,
        type text NOT NULL,
        tin char(9) NOT NULL UNIQUE,
        rdb_registration_number text NOT NULL,
        district text NOT NULL,
        address text NOT NULL,
        contact jsonb NOT NULL,
        categories text[] NOT NULL,
        status text NOT NULL,
        reasons jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX supplier_status_idx ON supplier (status);

      CREATE TABLE supplier_document (
        id uuid PRIMARY KEY,
        supplier_id uuid NOT NULL REFERENCES supplier (id),
        type text NOT NULL,
        number text,
        content_type text NOT NULL,
        sha256 char(64) NOT NULL,
        size_bytes integer NOT NULL,
        issued_on date,
        expires_on date,
        storage_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX supplier_document_supplier_idx ON supplier_document (supplier_id, id DESC);

      CREATE TABLE status_history (
        id uuid PRIMARY KEY,
        aggregate_type text NOT NULL,
        aggregate_id uuid NOT NULL,
        from_status text,
        to_status text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_role text NOT NULL,
        actor_key_id uuid,
        reason text
      );
      CREATE INDEX status_history_aggregate_idx ON status_history (aggregate_id, id);

      CREATE TABLE product (
        id uuid PRIMARY KEY,
        supplier_id uuid NOT NULL REFERENCES supplier (id),
        sku text NOT NULL,
        name_en text NOT NULL,
        name_zh text NOT NULL,
        category text NOT NULL,
        form text NOT NULL,
        hs_code text NOT NULL,
        botanical_name text,
        packaging text NOT NULL,
        unit_net_weight_g integer NOT NULL CHECK (unit_net_weight_g > 0),
        unit_gross_weight_g integer NOT NULL CHECK (unit_gross_weight_g >= unit_net_weight_g),
        shelf_life_days integer NOT NULL CHECK (shelf_life_days > 0),
        attributes jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (supplier_id, sku)
      );

      CREATE TABLE purchase_order (
        id uuid PRIMARY KEY,
        store_code text NOT NULL REFERENCES store (code),
        supplier_id uuid NOT NULL REFERENCES supplier (id),
        buyer_reference text NOT NULL,
        currency char(3) NOT NULL,
        incoterm text NOT NULL,
        named_place text NOT NULL,
        requested_delivery_date date NOT NULL,
        status text NOT NULL,
        total_minor bigint NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (store_code, buyer_reference)
      );
      CREATE INDEX purchase_order_supplier_idx ON purchase_order (supplier_id, id DESC);
      CREATE INDEX purchase_order_store_idx ON purchase_order (store_code, id DESC);

      CREATE TABLE purchase_order_line (
        id uuid PRIMARY KEY,
        purchase_order_id uuid NOT NULL REFERENCES purchase_order (id),
        position integer NOT NULL,
        product_id uuid NOT NULL REFERENCES product (id),
        sku text NOT NULL,
        description_en text NOT NULL,
        description_zh text NOT NULL,
        hs_code text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price_minor bigint NOT NULL CHECK (unit_price_minor > 0),
        UNIQUE (purchase_order_id, sku)
      );

      CREATE TABLE shipment (
        id uuid PRIMARY KEY,
        purchase_order_id uuid NOT NULL REFERENCES purchase_order (id),
        supplier_id uuid NOT NULL REFERENCES supplier (id),
        store_code text NOT NULL REFERENCES store (code),
        status text NOT NULL,
        mode text NOT NULL,
        carrier text,
        tracking_number text UNIQUE,
        carrier_booking_id text,
        milestone_before_exception text,
        net_weight_g integer NOT NULL,
        gross_weight_g integer NOT NULL,
        value_minor bigint NOT NULL,
        currency char(3) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX shipment_order_idx ON shipment (purchase_order_id);
      CREATE INDEX shipment_supplier_idx ON shipment (supplier_id, id DESC);
      CREATE INDEX shipment_store_idx ON shipment (store_code, id DESC);

      CREATE TABLE shipment_line (
        id uuid PRIMARY KEY,
        shipment_id uuid NOT NULL REFERENCES shipment (id),
        purchase_order_line_id uuid NOT NULL REFERENCES purchase_order_line (id),
        position integer NOT NULL,
        sku text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        lot_number text NOT NULL
      );
      CREATE INDEX shipment_line_lot_idx ON shipment_line (lot_number);

      CREATE TABLE shipment_package (
        id uuid PRIMARY KEY,
        shipment_id uuid NOT NULL REFERENCES shipment (id),
        position integer NOT NULL,
        reference text NOT NULL,
        gross_weight_g integer NOT NULL,
        length_um integer NOT NULL,
        width_um integer NOT NULL,
        height_um integer NOT NULL,
        contents jsonb NOT NULL,
        UNIQUE (shipment_id, reference)
      );

      CREATE TABLE shipment_document (
        id uuid PRIMARY KEY,
        shipment_id uuid NOT NULL REFERENCES shipment (id),
        type text NOT NULL,
        version integer NOT NULL,
        package_reference text,
        sha256 char(64) NOT NULL,
        data jsonb NOT NULL,
        storage_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (shipment_id, type, package_reference, version)
      );

      CREATE TABLE tracking_event (
        id uuid PRIMARY KEY,
        shipment_id uuid NOT NULL REFERENCES shipment (id),
        carrier text NOT NULL,
        event_id text NOT NULL,
        code text NOT NULL,
        occurred_at timestamptz NOT NULL,
        location text NOT NULL,
        description text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (carrier, event_id)
      );
      CREATE INDEX tracking_event_shipment_idx ON tracking_event (shipment_id, occurred_at);

      CREATE TABLE task (
        id uuid PRIMARY KEY,
        type text NOT NULL,
        status text NOT NULL,
        subject_kind text NOT NULL,
        subject_id text NOT NULL,
        summary text NOT NULL,
        allowed_outcomes text[] NOT NULL,
        claimed_by uuid,
        outcome text,
        note text,
        data jsonb,
        dedupe_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX task_status_idx ON task (status, id DESC);
      CREATE INDEX task_subject_idx ON task (subject_id);

      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      );
      CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL;

      CREATE TABLE idempotency_key (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash char(64) NOT NULL,
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE idempotency_key, outbox, task, tracking_event, shipment_document, shipment_package,
        shipment_line, shipment, purchase_order_line, purchase_order, product, status_history,
        supplier_document, supplier, store, api_key;
    `);
  }
}
