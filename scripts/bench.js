'use strict';
/**
 * `npm run bench`: Corridor's API and job pipeline measured side by side with raw baselines in
 * the same run, on this machine. It starts its own database and queue prefix on the local
 * Postgres and Redis (DATABASE_URL/REDIS_URL point elsewhere if set), runs the built apps
 * from dist/, and drops everything afterwards. Numbers go to stdout as a table.
 *
 *   read   GET /v1/stores?limit=50 (key check, paging, ORM)  vs  bare Fastify + pg, same query
 *   write  POST /v1/purchase-orders (validation, money, history, tenancy)  vs  bare Fastify + pg insert
 *   jobs   shipment created → documents rendered and carrier booked  vs  raw BullMQ add → process round trip
 */
const { spawn } = require('node:child_process');
const { randomBytes, randomInt } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const autocannon = require('autocannon');
const { Client } = require('pg');
const { Queue, Worker, QueueEvents } = require('bullmq');

const ROOT = path.resolve(__dirname, '..');
const DURATION_S = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);
const PIPELINE_SHIPMENTS = Number(process.env.BENCH_SHIPMENTS || 20);
const PG_ADMIN = process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

const children = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(name, args, env, readyLine) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      if (readyLine && out.includes(readyLine)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}: ${out.slice(-1500)}`)));
    if (!readyLine) resolve(child);
  });
}

async function waitFor(probe, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function http(base, method, urlPath, { key, body, headers } = {}) {
  const response = await fetch(`${base}${urlPath}`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

function load(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ duration: DURATION_S, connections: CONNECTIONS, ...opts }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

function row(name, result) {
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');

/** One approved chili supplier with a product, over the API (the worker does the checks). */
async function approvedSupplier(api, admin) {
  const staff = (await http(api, 'POST', '/v1/api-keys', { key: admin, body: { role: 'staff', label: 'bench staff' } }))
    .body.key;
  const signUp = await http(api, 'POST', '/v1/suppliers', {
    body: {
      legalName: 'Bench Chili Cooperative',
      type: 'cooperative',
      tin: String(randomInt(100000000, 999999999)),
      rdbRegistrationNumber: '1',
      district: 'Bugesera',
      address: 'Gashora',
      contact: { name: 'A', email: 'a@example.rw', phone: '+250788123456' },
      categories: ['chili'],
    },
  });
  const supplierId = signUp.body.supplier.id;
  const exporter = signUp.body.apiKey;
  const expiresOn = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  for (const doc of [
    { type: 'rdb_certificate' },
    { type: 'tax_clearance' },
    { type: 'naeb_registration', number: 'N-1' },
    { type: 'gacc_registration', number: 'CRWA1' },
  ]) {
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...doc, expiresOn })) form.append(k, v);
    form.append('file', new Blob([PDF]), 'doc.pdf');
    await fetch(`${api}/v1/suppliers/${supplierId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${exporter}` },
      body: form,
    });
  }
  await http(api, 'POST', `/v1/suppliers/${supplierId}/submit`, { key: exporter });
  const task = await waitFor(async () => {
    const r = await http(api, 'GET', `/v1/tasks?type=supplier_review&subjectId=${supplierId}`, { key: staff });
    return r.body.items[0];
  }, 'supplier review task');
  await http(api, 'POST', `/v1/tasks/${task.id}/claim`, { key: staff });
  await http(api, 'POST', `/v1/tasks/${task.id}/complete`, { key: staff, body: { outcome: 'approve' } });
  await waitFor(
    async () => (await http(api, 'GET', `/v1/suppliers/${supplierId}`, { key: exporter })).body.status === 'approved',
    'approval',
  );
  await http(api, 'POST', `/v1/suppliers/${supplierId}/products`, {
    key: exporter,
    body: {
      sku: 'BENCH-CHILI-5KG',
      name: { en: 'Dried chili 5 kg', zh: '干辣椒5公斤' },
      category: 'chili',
      form: 'dried_whole',
      hsCode: '090421',
      packaging: 'bag',
      unitNetWeightKg: '5.000',
      unitGrossWeightKg: '5.200',
      shelfLifeDays: 365,
    },
  });
  return { supplierId, exporter };
}

function orderBody(supplierId, reference) {
  return {
    storeCode: 'FS-SHA-001',
    supplierId,
    buyerReference: reference,
    currency: 'USD',
    incoterm: 'CPT',
    namedPlace: 'Shanghai Pudong (PVG)',
    requestedDeliveryDate: new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10),
    lines: [{ sku: 'BENCH-CHILI-5KG', quantity: 40, unitPrice: '23.50' }],
  };
}

/** Latency from shipment creation to `handoff_booked` (PDFs rendered, carrier booked, labels made). */
async function pipeline(api, exporter, supplierId, buyer, dbUrl) {
  const shipments = [];
  for (let i = 0; i < PIPELINE_SHIPMENTS; i++) {
    const order = await http(api, 'POST', '/v1/purchase-orders', {
      key: buyer,
      body: orderBody(supplierId, `BENCH-PIPE-${i}-${randomBytes(3).toString('hex')}`),
    });
    await http(api, 'POST', `/v1/purchase-orders/${order.body.id}/confirm`, { key: exporter });
    shipments.push(order.body.id);
  }
  const created = await Promise.all(
    shipments.map(async (orderId) => {
      const body = {
        lines: [{ sku: 'BENCH-CHILI-5KG', quantity: 5, lotNumber: 'L1' }],
        packages: [
          {
            reference: 'P1',
            grossWeightKg: '26.400',
            lengthCm: '60',
            widthCm: '40',
            heightCm: '40',
            contents: [{ sku: 'BENCH-CHILI-5KG', quantity: 5 }],
          },
        ],
      };
      const s = await http(api, 'POST', `/v1/purchase-orders/${orderId}/shipments`, { key: exporter, body });
      return { id: s.body.id };
    }),
  );
  // Latency from the database's own clock (creation → the history row of `handoff_booked`),
  // polled with one light query so that watching does not load the machine being measured.
  const ids = created.map((c) => c.id);
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  let rows;
  try {
    rows = await waitFor(
      async () => {
        const r = await db.query(
          `SELECT s.id, extract(epoch FROM (h.at - s.created_at)) * 1000 AS ms FROM shipment s
         JOIN status_history h ON h.aggregate_id = s.id AND h.to_status = 'handoff_booked' WHERE s.id = ANY($1::uuid[])`,
          [ids],
        );
        return r.rows.length === ids.length ? r.rows : undefined;
      },
      'every shipment booked',
      180_000,
    );
  } finally {
    await db.end();
  }
  const latencies = rows.map((r) => Math.round(Number(r.ms)));
  return summarise(latencies, Math.max(...latencies));
}

/** The raw floor under the pipeline: a BullMQ job added and processed, nothing else. */
async function rawQueue(prefix) {
  const u = new URL(REDIS_URL);
  const connection = { host: u.hostname, port: Number(u.port || 6379), maxRetriesPerRequest: null };
  const queue = new Queue('bench-raw', { connection, prefix });
  queue.setMaxListeners(PIPELINE_SHIPMENTS + 10);
  const events = new QueueEvents('bench-raw', { connection, prefix });
  events.setMaxListeners(PIPELINE_SHIPMENTS + 10);
  await events.waitUntilReady();
  const worker = new Worker('bench-raw', async () => 'ok', { connection, prefix, concurrency: 8 });
  const started = Date.now();
  const latencies = await Promise.all(
    Array.from({ length: PIPELINE_SHIPMENTS }, async (_, i) => {
      const t0 = Date.now();
      const job = await queue.add('raw', { i });
      await job.waitUntilFinished(events);
      return Date.now() - t0;
    }),
  );
  const total = Date.now() - started;
  await worker.close();
  await events.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return summarise(latencies, total);
}

function summarise(latencies, totalMs) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), totalMs };
}

async function main() {
  for (const app of ['api', 'worker', 'carrier-sim']) {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'apps', app, 'main.js')))
      throw new Error('dist/ is missing: run npm run build first');
  }
  const id = `bench_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${id}`);
  const dbUrl = new URL(PG_ADMIN);
  dbUrl.pathname = `/${id}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const [port, simPort, basePort] = [await freePort(), await freePort(), await freePort()];
  const adminKey = `bench-admin-${randomBytes(16).toString('hex')}`;
  const env = {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl.toString(),
    REDIS_URL,
    QUEUE_PREFIX: `corridor-${id}`,
    DATA_DIR: dataDir,
    ADMIN_API_KEY: adminKey,
    CARRIER_SIM_URL: `http://127.0.0.1:${simPort}`,
    CARRIER_SIM_STEP_MS: '60000',
    CARRIER_SECRETS: `iposita-ems=${randomBytes(8).toString('hex')},express=${randomBytes(8).toString('hex')},air-cargo=${randomBytes(8).toString('hex')}`,
    RATE_LIMIT_PUBLIC: '100000',
    LOG_LEVEL: 'error',
  };
  const report = [];
  try {
    await new Promise((resolve, reject) => {
      const m = spawn(process.execPath, ['dist/apps/api/main.js', 'migrate'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, ...env },
        stdio: 'ignore',
      });
      m.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`migrate exited ${code} (78: configuration refused)`)),
      );
    });
    await start('carrier-sim', ['dist/apps/carrier-sim/main.js'], env, 'listening');
    await start('worker', ['dist/apps/worker/main.js'], { ...env, LOG_LEVEL: 'info' }, 'Corridor worker running');
    await start('api', ['dist/apps/api/main.js'], env);
    await start(
      'baseline',
      [path.join(__dirname, 'bench', 'baseline-server.js')],
      { DATABASE_URL: dbUrl.toString(), PORT: String(basePort) },
      'baseline ready',
    );
    const api = `http://127.0.0.1:${port}`;
    const base = `http://127.0.0.1:${basePort}`;
    await waitFor(async () => (await fetch(`${api}/health/ready`)).ok, 'api');
    const { supplierId, exporter } = await approvedSupplier(api, adminKey);
    const buyer = (
      await http(api, 'POST', '/v1/api-keys', {
        key: adminKey,
        body: { role: 'buyer', label: 'bench buyer', storeCode: 'FS-SHA-001' },
      })
    ).body.key;
    process.stdout.write(
      `benchmarking: ${DURATION_S} s per run, ${CONNECTIONS} connections, ${os.cpus().length} cores\n`,
    );

    report.push([
      'read: list 50 stores',
      row(
        'Corridor GET /v1/stores',
        await load({ url: `${api}/v1/stores?limit=50`, headers: { authorization: `Bearer ${buyer}` } }),
      ),
      row('raw Fastify + pg', await load({ url: `${base}/stores?limit=50` })),
    ]);

    let n = 0;
    const po = (s) => JSON.stringify(orderBody(supplierId, `BENCH-${s}-${n++}-${randomBytes(4).toString('hex')}`));
    report.push([
      'write: create an order',
      row(
        'Corridor POST /v1/purchase-orders',
        await load({
          url: `${api}/v1/purchase-orders`,
          method: 'POST',
          headers: { authorization: `Bearer ${buyer}`, 'content-type': 'application/json' },
          setupClient: (client) => client.setBody(po('c')),
          requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: po('c') }) }],
        }),
      ),
      row(
        'raw Fastify + pg insert',
        await load({
          url: `${base}/purchase-orders`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: po('r') }) }],
        }),
      ),
    ]);

    const corridorJobs = await pipeline(api, exporter, supplierId, buyer, dbUrl.toString());
    const rawJobs = await rawQueue(`corridor-${id}-raw`);
    printTables(report, corridorJobs, rawJobs);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', r)))),
    );
    await admin.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`);
    await admin.end();
    const { default: Redis } = require('ioredis');
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`corridor-${id}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function printTables(report, corridorJobs, rawJobs) {
  const lines = ['', '| benchmark | system | req/s | p50 ms | p99 ms | errors |', '|---|---|---:|---:|---:|---:|'];
  for (const [title, corridor, raw] of report) {
    for (const r of [corridor, raw])
      lines.push(`| ${title} | ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
    lines.push(`| ${title} | Corridor / raw | ${(corridor.rps / raw.rps).toFixed(2)}× | | | |`);
  }
  lines.push('', `| jobs (${corridorJobs.n} at once) | p50 ms | p99 ms | all done in ms |`, '|---|---:|---:|---:|');
  lines.push(
    `| Corridor: shipment → invoice, packing list, booking, labels | ${corridorJobs.p50} | ${corridorJobs.p99} | ${corridorJobs.totalMs} |`,
  );
  lines.push(`| raw BullMQ: add → processed | ${rawJobs.p50} | ${rawJobs.p99} | ${rawJobs.totalMs} |`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack || error}\n`);
  for (const child of children) child.kill('SIGKILL');
  process.exit(1);
});
