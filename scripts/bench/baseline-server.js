'use strict';
/**
 * The raw baseline for `npm run bench`: the same reads and writes as Corridor's API, done
 * with bare Fastify and pg (no Nest, no guard, no validation, no ORM, no outbox), so the
 * benchmark shows what Corridor's layers cost on this machine.
 */
const fastify = require('fastify')({ logger: false, bodyLimit: 1024 * 1024 });
const { Pool } = require('pg');
const { v7 } = require('uuid');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

fastify.get('/stores', async (request) => {
  const limit = Math.min(Number(request.query.limit ?? 50), 200);
  const { rows } = await pool.query(
    'SELECT code, name_en, name_zh, city_en, city_zh, address_en, address_zh, destination_airport FROM store ORDER BY code LIMIT $1',
    [limit + 1],
  );
  const items = rows.slice(0, limit).map((s) => ({
    code: s.code,
    name: { en: s.name_en, zh: s.name_zh },
    city: { en: s.city_en, zh: s.city_zh },
    address: { en: s.address_en, zh: s.address_zh },
    destinationAirport: s.destination_airport,
  }));
  return {
    items,
    nextCursor: rows.length > limit ? Buffer.from(items[items.length - 1].code).toString('base64url') : null,
  };
});

fastify.post('/purchase-orders', async (request, reply) => {
  const body = request.body;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const id = v7();
    const line = body.lines[0];
    const product = await client.query(
      'SELECT id, name_en, name_zh, hs_code FROM product WHERE supplier_id = $1 AND sku = $2',
      [body.supplierId, line.sku],
    );
    const minor = Math.round(Number(line.unitPrice) * 100);
    await client.query(
      `INSERT INTO purchase_order (id, store_code, supplier_id, buyer_reference, currency, incoterm, named_place, requested_delivery_date, status, total_minor)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'submitted', $9)`,
      [
        id,
        body.storeCode,
        body.supplierId,
        body.buyerReference,
        body.currency,
        body.incoterm,
        body.namedPlace,
        body.requestedDeliveryDate,
        minor * line.quantity,
      ],
    );
    await client.query(
      `INSERT INTO purchase_order_line (id, purchase_order_id, position, product_id, sku, description_en, description_zh, hs_code, quantity, unit_price_minor)
       VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8, $9)`,
      [
        v7(),
        id,
        product.rows[0].id,
        line.sku,
        product.rows[0].name_en,
        product.rows[0].name_zh,
        product.rows[0].hs_code,
        line.quantity,
        minor,
      ],
    );
    await client.query('COMMIT');
    reply.code(201);
    return { id, status: 'submitted' };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
});

fastify
  .listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
  .then(() => process.stdout.write('baseline ready\n'));
process.on('SIGTERM', () =>
  fastify
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0)),
);
