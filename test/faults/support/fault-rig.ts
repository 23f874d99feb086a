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
  /** References whose create failed other than cleanly (a 5xx but 503): whether they were stored is not known. */
  uncertain: string[];
  /** Every answer a request got while the faults were on, counted (`{ "201": 90, "503 UNAVAILABLE": 12 }`). */
  answers: Record<string, number>;
  /** Each answer that was a 5xx other than 503, with what the API logged for its request id. */
  unclean: string[];
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
  /** Answers the API gave while placing orders that its OpenAPI spec does not declare. */
  readonly contractGaps = new Set<string>();

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
    const placement: Placement = { accepted: [], refused: [], uncertain: [], answers: {}, unclean: [] };
    const note = (what: string) => (response: HttpResponse) => {
      const key =
        response.status < 300 ? String(response.status) : `${response.status} ${response.body?.error?.code ?? '?'}`;
      placement.answers[key] = (placement.answers[key] ?? 0) + 1;
      if (!isUnclean(response)) return;
      const requestId = String(response.body?.error?.requestId ?? '?');
      const logged = this.env
        .log('api')
        .split('\n')
        .filter((line) => line.includes(requestId) || line.includes(`${response.status} INTERNAL:`))
        .map((line) => line.slice(0, 1500));
      placement.unclean.push(
        `${what} answered ${response.status} ${JSON.stringify(response.body)}; API log: ${logged.join(' | ')}`,
      );
    };
    await inPool(count, options.concurrency ?? 20, async () => {
      let placed: PlacedOrder | undefined;
      for (let attempt = 0; !placed; attempt++) {
        const body = orderBody(this.supplierId, {
          buyerReference: uniqueReference('FAULTS-PO'),
          lines: [{ sku: CHILI_PRODUCT.sku, quantity: BAGS, unitPrice: '23.50' }],
        });
        const created = await this.retrying(
          () => this.buyer.post('/v1/purchase-orders', body),
          note('POST /v1/purchase-orders'),
          false,
        );
        if (created.status === 201) placed = { buyerReference: body.buyerReference, orderId: created.body.id };
        else if (created.status === 503 || isUnclean(created)) {
          (created.status === 503 ? placement.refused : placement.uncertain).push(body.buyerReference);
          await pause(attempt);
        } else throw new Error(`creating an order: ${created.status} ${JSON.stringify(created.body)}`);
      }
      placement.accepted.push(placed);
      const orderId = placed.orderId!;
      const confirmed = await this.retrying(
        () => this.exporter.post(`/v1/purchase-orders/${orderId}/confirm`),
        note('POST /v1/purchase-orders/:id/confirm'),
      );
      // A retry after an unclean failure may find that the first confirm went through.
      const confirmedBefore = async () =>
        confirmed.status === 409 &&
        (await this.exporter.get(`/v1/purchase-orders/${orderId}`)).body.status === 'confirmed';
      if (confirmed.status !== 200 && !(await confirmedBefore()))
        throw new Error(`confirming ${orderId}: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
      const key = `faults-shipment-${orderId}-${randomBytes(4).toString('hex')}`;
      const shipment = await this.retrying(
        () =>
          this.exporter.post(`/v1/purchase-orders/${orderId}/shipments`, shipmentBody(BAGS), {
            'idempotency-key': key,
          }),
        note('POST /v1/purchase-orders/:id/shipments'),
      );
      if (shipment.status !== 201)
        throw new Error(`shipping ${orderId}: ${shipment.status} ${JSON.stringify(shipment.body)}`);
      placed.shipmentId = shipment.body.id;
    });
    return placement;
  }

  /**
   * Sends a request until it is answered other than 503 or another 5xx (or, with `again`
   * false, once); a replay that finds its `Idempotency-Key` still in use is sent again too.
   */
  private async retrying(
    send: () => Promise<HttpResponse>,
    note: (response: HttpResponse) => void,
    again = true,
  ): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      const response = await this.declared(send);
      note(response);
      const busy = response.status === 409 && response.body?.error?.code === 'IDEMPOTENCY_KEY_IN_USE';
      if (!(response.status === 503 || isUnclean(response) || busy) || !again) return response;
      if (attempt > 200) throw new Error(`still refused after ${attempt} attempts: ${JSON.stringify(response.body)}`);
      await pause(attempt);
    }
  }

  /**
   * Sends a request; an answer the OpenAPI spec does not declare for the route (the test
   * client refuses it) is recorded in `contractGaps` and handed on with its status, so a
   * refusal the spec forgot is still retried like any other.
   */
  private async declared(send: () => Promise<HttpResponse>): Promise<HttpResponse> {
    try {
      return await send();
    } catch (error) {
      const message = (error as Error).message;
      const status = /answered (\d{3}), but the OpenAPI spec declares only/.exec(message)?.[1];
      if (!status) throw error;
      this.contractGaps.add(message);
      return {
        status: Number(status),
        headers: new Headers(),
        body: { error: { code: 'UNDECLARED' } },
        raw: Buffer.alloc(0),
      };
    }
  }

  /** Each answer the API gave that its OpenAPI spec does not declare, by client and desk. */
  undeclaredAnswers(): string[] {
    const fromClerk = this.clerk.errors.filter((e) => e.includes('the OpenAPI spec declares only'));
    const general = (message: string) =>
      message
        .replace(/^round failed: /, '')
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');
    return [...new Set([...this.contractGaps, ...fromClerk].map(general))];
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

/** A 5xx other than 503: a request that did not fail cleanly. */
function isUnclean(response: HttpResponse): boolean {
  return response.status >= 500 && response.status !== 503;
}

/** A client's backoff between retries: 100 ms growing to 1 s. */
function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(1000, 100 * (attempt + 1))));
}
