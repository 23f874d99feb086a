import { randomBytes } from 'node:crypto';
import { TestEnvironment } from '../../support/test-environment';
import type { HttpClient, HttpResponse } from '../../support/http-client';
import { DropoffClerk, PipelineProbe } from '../../support/pipeline';
import { inPool, uniqueReference } from '../../support/orders';
import { approvedSupplier, CHILI_PRODUCT, mintKey, orderBody, shipmentBody } from '../../support/scenario';
import { waitFor } from '../../support/wait-for';
import { PrivatePostgres } from './private-postgres';
import { PrivateRedis } from './private-redis';

/** Bags per order and per shipment: one order, one shipment of one parcel. */
const BAGS = 5;

/** What became of one order a scenario tried to place. */
export interface PlacedOrder {
  buyerReference: string;
  /** Set when the create answered 201. */
  orderId?: string;
  shipmentId?: string;
}

/** Every create a scenario sent and what it answered. */
export interface Placement {
  /** Orders accepted (201), each with its shipment once that was created. */
  accepted: PlacedOrder[];
  /** References whose create was refused `503 UNAVAILABLE`: none may exist afterwards. */
  refused: string[];
  /** Every answer a request got while the faults were on, counted (`{ "201": 90, "503 UNAVAILABLE": 12 }`). */
  answers: Record<string, number>;
}

/**
 * Corridor on a Postgres and a Redis of the suite's own: API, two workers and the sandbox
 * carriers as processes, a staff clerk at the drop-off desk, and a buyer and an approved
 * supplier who place orders. Scenarios break the database, Redis, the workers or the carrier
 * underneath it and then check what it did.
 */
export class FaultRig {
  readonly postgres = new PrivatePostgres();
  readonly redis = new PrivateRedis();
  env!: TestEnvironment;
  probe!: PipelineProbe;
  clerk!: DropoffClerk;
  staff!: HttpClient;
  buyer!: HttpClient;
  exporter!: HttpClient;
  supplierId = '';

  constructor(private readonly overrides: Record<string, string> = {}) {}

  async start(): Promise<this> {
    await this.postgres.create();
    await this.redis.start();
    this.env = new TestEnvironment(this.overrides, { pgAdminUrl: this.postgres.adminUrl, redisUrl: this.redis.url });
    await this.env.start(['carrier-sim', 'worker', 'api']);
    await this.env.startApp('worker-2');
    this.staff = await mintKey(this.env, { role: 'staff' });
    this.buyer = await mintKey(this.env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    const supplier = await approvedSupplier(this.env, this.staff);
    this.supplierId = supplier.supplierId;
    this.exporter = supplier.exporter;
    this.probe = await new PipelineProbe(this.env).open();
    this.clerk = new DropoffClerk(this.staff, 200).start();
    return this;
  }

  async stop(): Promise<void> {
    await this.clerk?.stop();
    await this.probe?.close().catch(() => undefined);
    try {
      if (this.env) await this.env.stop();
    } finally {
      await this.redis.destroy();
      await this.postgres.drop();
    }
  }

  /**
   * Places `count` orders (20 at a time), each confirmed and shipped in one shipment, as a
   * client that retries: a create refused `503` is retried under a new buyer reference (the
   * refused one is kept to check that nothing of it was stored), a confirm or a shipment
   * refused `503` is sent again (the shipment under the same `Idempotency-Key`).
   */
  async placeOrders(count: number, options: { concurrency?: number } = {}): Promise<Placement> {
    const placement: Placement = { accepted: [], refused: [], answers: {} };
    const note = (response: HttpResponse) => {
      const key =
        response.status < 300 ? String(response.status) : `${response.status} ${response.body?.error?.code ?? '?'}`;
      placement.answers[key] = (placement.answers[key] ?? 0) + 1;
      if (response.status >= 500 && response.status !== 503)
        throw new Error(`a request failed uncleanly: ${response.status} ${JSON.stringify(response.body)}`);
    };
    await inPool(count, options.concurrency ?? 20, async () => {
      let placed: PlacedOrder | undefined;
      for (let attempt = 0; !placed; attempt++) {
        const body = orderBody(this.supplierId, {
          buyerReference: uniqueReference('FAULTS-PO'),
          lines: [{ sku: CHILI_PRODUCT.sku, quantity: BAGS, unitPrice: '23.50' }],
        });
        const created = await this.retrying(() => this.buyer.post('/v1/purchase-orders', body), note, false);
        if (created.status === 201) placed = { buyerReference: body.buyerReference, orderId: created.body.id };
        else if (created.status === 503) {
          placement.refused.push(body.buyerReference);
          await pause(attempt);
        } else throw new Error(`creating an order: ${created.status} ${JSON.stringify(created.body)}`);
      }
      placement.accepted.push(placed);
      const orderId = placed.orderId!;
      const confirmed = await this.retrying(() => this.exporter.post(`/v1/purchase-orders/${orderId}/confirm`), note);
      if (confirmed.status !== 200)
        throw new Error(`confirming ${orderId}: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
      const key = `faults-shipment-${orderId}-${randomBytes(4).toString('hex')}`;
      const shipment = await this.retrying(
        () =>
          this.exporter.post(`/v1/purchase-orders/${orderId}/shipments`, shipmentBody(BAGS), {
            'idempotency-key': key,
          }),
        note,
      );
      if (shipment.status !== 201)
        throw new Error(`shipping ${orderId}: ${shipment.status} ${JSON.stringify(shipment.body)}`);
      placed.shipmentId = shipment.body.id;
    });
    return placement;
  }

  /** Sends a request until it is answered other than 503 (or, with `again` false, once). */
  private async retrying(
    send: () => Promise<HttpResponse>,
    note: (response: HttpResponse) => void,
    again = true,
  ): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      const response = await send();
      note(response);
      if (response.status !== 503 || !again) return response;
      if (attempt > 200) throw new Error(`still 503 after ${attempt} attempts: ${JSON.stringify(response.body)}`);
      await pause(attempt);
    }
  }

  /**
   * Waits until every shipment is delivered, the outbox is empty and no job waits or runs;
   * answers how long that took. The message of a timeout says what is stuck where.
   */
  async drained(shipmentIds: string[], timeoutMs = 240_000): Promise<number> {
    const started = Date.now();
    await waitFor(
      async () => ({
        shipments: await this.probe.statusCounts(shipmentIds),
        unpublished: await this.probe.unpublishedOutbox(),
        jobs: await this.probe.jobCounts(),
      }),
      ({ shipments, unpublished, jobs }) =>
        shipments.delivered === shipmentIds.length &&
        unpublished.length === 0 &&
        jobs.active + jobs.wait + jobs.delayed + jobs.prioritized + jobs['waiting-children'] === 0,
      { what: `${shipmentIds.length} shipments delivered and the pipeline quiet`, timeoutMs, intervalMs: 500 },
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await this.diagnostics()}`);
    });
    return Date.now() - started;
  }

  async diagnostics(): Promise<string> {
    const safe = async <T>(what: () => Promise<T>) => what().catch((error: Error) => `unavailable: ${error.message}`);
    return JSON.stringify({
      unpublished: await safe(() => this.probe.unpublishedOutbox()),
      jobs: await safe(() => this.probe.jobCounts()),
      failed: await safe(() => this.probe.failedJobs()),
      tasks: await safe(() =>
        this.probe.query(`SELECT type, status, count(*)::int AS n FROM task GROUP BY type, status`),
      ),
      workers: { worker: this.env.running('worker'), 'worker-2': this.env.running('worker-2') },
      clerkErrors: this.clerk.errors.slice(-10),
      workerLog: this.env.log('worker').slice(-1500),
      worker2Log: this.env.log('worker-2').slice(-1500),
    });
  }

  /** The probe's connection died with the database: a fresh one. */
  async reopenProbe(): Promise<void> {
    await this.probe.close().catch(() => undefined);
    this.probe = await waitFor(() => new PipelineProbe(this.env).open(), Boolean, {
      what: 'a database connection for the probe',
      timeoutMs: 30_000,
    });
  }
}

/** A client's backoff between retries: 100 ms growing to 1 s. */
function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(1000, 100 * (attempt + 1))));
}
