import { FaultRig, type Placement } from './support/fault-rig';
import { checkInvariants, invariantTable, writeInvariantTable, type InvariantRow } from './support/invariants';
import { waitFor } from '../support/wait-for';

/** Orders a scenario places: nine scenarios of 112 carry 1,008 orders through the pipeline. */
const ORDERS = 112;
/** BullMQ's lock (10 s) plus a stalled check (5 s) and a margin: how long a frozen worker stays frozen at most. */
const FREEZE_MS = 17_000;
const SHUTDOWN_TIMEOUT_MS = 5000;
const CARRIER_FAULTS = {
  seed: 11,
  all: {
    bookingErrorRate: 0.2,
    bookingTimeoutRate: 0.1,
    timeoutMs: 2500,
    duplicateEvents: true,
    shuffleEvents: true,
    shuffleBatchSize: 3,
  },
};

/**
 * The fault suite: Corridor (API, two workers, the sandbox carriers) on a Postgres and a
 * Redis of its own, which it stops, restarts and empties under load, while it kills, stops
 * and freezes workers and makes the carrier misbehave. Each scenario pushes its own orders
 * from creation to delivery (order → confirm → shipment → documents → booking → drop-off by
 * the clerk → journey → delivered) through its fault, waits for the pipeline to drain with
 * no help, and then checks from the database and the carrier that nothing was lost, done
 * twice, moved illegally or left stuck. The table of every scenario is printed and written
 * to test-output/faults/invariants.md.
 */
describe('the pipeline under faults', () => {
  const rig = new FaultRig({
    CARRIER_SIM_STEP_MS: '50',
    CARRIER_TIMEOUT_MS: '1000',
    JOB_BACKOFF_MS: '200',
    JOB_ATTEMPTS: '10',
    OUTBOX_POLL_MS: '500',
    WORKER_SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
  });
  const rows: InvariantRow[] = [];

  beforeAll(async () => {
    await rig.start();
  }, 180_000);

  afterAll(async () => {
    if (rows.length > 0) {
      const file = writeInvariantTable(rows);
      console.info(`fault suite invariants (${file}):\n${invariantTable(rows)}`);
    }
    await rig.stop();
  }, 120_000);

  /** Shipment documents stored since `since`: rendering is under way once this is above zero. */
  async function documentsSince(since: Date): Promise<number> {
    const [row] = await rig.env.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM shipment_document WHERE created_at >= $1`,
      [since],
    );
    return row.n;
  }

  async function bookingRequests(): Promise<number> {
    return (await rig.env.carrierSim.get('/sandbox/bookings')).body.requestCount as number;
  }

  /** Waits (polling) until the carrier has had `more` booking requests beyond `from`. */
  async function bookingsUnderWay(from: number, more = 3): Promise<void> {
    await waitFor(bookingRequests, (n) => n >= from + more, {
      what: 'booking requests at the carrier',
      intervalMs: 50,
      timeoutMs: 120_000,
    });
  }

  async function renderingUnderWay(since: Date): Promise<void> {
    await waitFor(
      () => documentsSince(since),
      (n) => n > 0,
      {
        what: 'documents being rendered',
        intervalMs: 50,
        timeoutMs: 120_000,
      },
    );
  }

  /**
   * Places the scenario's orders while `fault` runs, waits for everything to drain, then
   * checks the invariants and records the row; each count must be zero.
   */
  async function scenario(
    name: string,
    fault: (context: { since: Date; requestsBefore: number }) => Promise<void>,
    options: { drainTimeoutMs?: number; concurrency?: number } = {},
  ): Promise<InvariantRow> {
    const since = new Date(Date.now() - 1000);
    const requestsBefore = await bookingRequests();
    const placing = rig.placeOrders(ORDERS, { concurrency: options.concurrency });
    // A fault that throws must not leave the placement's rejection unobserved.
    placing.catch(() => undefined);
    await fault({ since, requestsBefore });
    const placement: Placement = await placing;
    const shipmentIds = placement.accepted.map((o) => o.shipmentId!);
    let drainMs = -1;
    let drainError: Error | undefined;
    try {
      drainMs = await rig.drained(shipmentIds, options.drainTimeoutMs);
    } catch (error) {
      drainError = error as Error;
    }
    const row = await checkInvariants(rig, { scenario: name, placement, drainMs });
    rows.push(row);
    console.info(
      `${name}: ${row.orders} orders, answers ${JSON.stringify(placement.answers)}, ${placement.refused.length} refused, drained in ${drainMs} ms; ${row.findings.length} findings${row.findings.length ? `:\n${row.findings.slice(0, 30).join('\n')}` : ''}`,
    );
    if (drainError) throw drainError;
    expect({ lost: row.lost, duplicated: row.duplicated, illegal: row.illegal, stuck: row.stuck }).toEqual({
      lost: 0,
      duplicated: 0,
      illegal: 0,
      stuck: 0,
    });
    expect(row.orders).toBe(ORDERS);
    return row;
  }

  it('1. a worker killed (SIGKILL) while rendering, the other while booking, each started again', async () => {
    await scenario('1 SIGKILL while rendering and booking', async ({ since, requestsBefore }) => {
      await renderingUnderWay(since);
      await rig.env.kill('worker', 'SIGKILL');
      await rig.env.startApp('worker');
      await bookingsUnderWay(requestsBefore);
      await rig.env.kill('worker-2', 'SIGKILL');
      await rig.env.startApp('worker-2');
    });
  }, 420_000);

  it('2. Redis stopped for 20 s while orders keep arriving: accepted or 503 with nothing stored', async () => {
    await scenario(
      '2 Redis stopped 20 s',
      async ({ since }) => {
        await waitFor(
          () =>
            rig.env.query<{ n: number }>(`SELECT count(*)::int AS n FROM purchase_order WHERE created_at >= $1`, [
              since,
            ]),
          ([row]) => row.n >= 10,
          { what: 'the first orders of the scenario', intervalMs: 50 },
        );
        await rig.redis.stop();
        const stopped = Date.now();
        // The outage itself lasts 20 s; orders keep coming in meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 20_000 - (Date.now() - stopped)));
        await rig.redis.start();
      },
      { concurrency: 4 },
    );
  }, 420_000);

  it('3. Postgres restarted mid-run: requests fail cleanly (503, never 500), nothing accepted is lost', async () => {
    await scenario('3 Postgres restarted', async ({ since }) => {
      await renderingUnderWay(since);
      await rig.probe.close();
      await rig.postgres.restart();
      await rig.reopenProbe();
    });
  }, 420_000);

  it('4. a carrier erring and timing out on 30% of bookings, with duplicate, held back and shuffled events', async () => {
    const put = await rig.env.carrierSim.send('PUT', '/sandbox/faults', JSON.stringify(CARRIER_FAULTS), {
      'content-type': 'application/json',
    });
    expect(put.status).toBe(200);
    try {
      await scenario('4 carrier errors, timeouts, event disorder', async () => undefined);
      const stats = (await rig.env.carrierSim.get('/sandbox/stats')).body;
      console.info(`carrier under faults: ${JSON.stringify(stats.carriers)}`);
      expect(stats.referencesBookedMoreThanOnce).toEqual([]);
    } finally {
      await rig.env.carrierSim.send('PUT', '/sandbox/faults', '{}', { 'content-type': 'application/json' });
    }
  }, 420_000);

  it('5. a worker stopped (SIGTERM) hands back or finishes its jobs within the bound and exits 0', async () => {
    let exit: Awaited<ReturnType<typeof rig.env.kill>>;
    await scenario('5 SIGTERM of a worker', async ({ since }) => {
      await renderingUnderWay(since);
      exit = await rig.env.kill('worker', 'SIGTERM');
      await rig.env.startApp('worker');
    });
    console.info(`worker stopped by SIGTERM: ${JSON.stringify(exit)}`);
    expect(exit).toMatchObject({ code: 0, signal: null });
    // The bound plus what closing connections and the process exit take.
    expect(exit!.ms).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 3000);
  }, 420_000);

  it('6. Redis restarted empty: the reconciler republishes what was lost and shipments still drain', async () => {
    await scenario(
      '6 Redis restarted empty',
      async ({ since }) => {
        await renderingUnderWay(since);
        await rig.redis.stop();
        rig.redis.wipe();
        await rig.redis.start();
      },
      { drainTimeoutMs: 180_000 },
    );
  }, 420_000);

  it('7. a worker frozen (SIGSTOP) past its job locks beside a live one, then let go (SIGCONT)', async () => {
    await scenario('7 SIGSTOP past the lock', async ({ since }) => {
      await renderingUnderWay(since);
      const stalledBefore = await rig.probe.stalledCount();
      rig.env.signal('worker', 'SIGSTOP');
      const frozen = Date.now();
      try {
        // Frozen until the live worker has taken its jobs back, or for the lock and a stalled check.
        await waitFor(
          () => rig.probe.stalledCount(),
          (n) => n > stalledBefore,
          {
            what: 'the live worker to take back the frozen one’s jobs',
            timeoutMs: FREEZE_MS,
            intervalMs: 250,
          },
        ).catch(() => undefined);
        console.info(
          `worker frozen for ${Date.now() - frozen} ms; stalled ${stalledBefore} → ${await rig.probe.stalledCount()}`,
        );
      } finally {
        rig.env.signal('worker', 'SIGCONT');
      }
    });
  }, 420_000);

  it('8. Postgres stopped for 12 s while bookings retry', async () => {
    await scenario('8 Postgres stopped 12 s', async ({ requestsBefore }) => {
      await bookingsUnderWay(requestsBefore);
      await rig.probe.close();
      await rig.postgres.stop();
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      await rig.postgres.start();
      await rig.reopenProbe();
    });
  }, 420_000);

  it('9. everything at once: carrier faults, a killed worker, Redis and Postgres restarted', async () => {
    await rig.env.carrierSim.send('PUT', '/sandbox/faults', JSON.stringify(CARRIER_FAULTS), {
      'content-type': 'application/json',
    });
    try {
      await scenario('9 all together', async ({ since, requestsBefore }) => {
        await renderingUnderWay(since);
        await rig.env.kill('worker-2', 'SIGKILL');
        await rig.redis.stop();
        await rig.redis.start();
        await rig.env.startApp('worker-2');
        await bookingsUnderWay(requestsBefore);
        await rig.probe.close();
        await rig.postgres.restart();
        await rig.reopenProbe();
        exitOk(await rig.env.kill('worker', 'SIGTERM'));
        await rig.env.startApp('worker');
      });
    } finally {
      await rig.env.carrierSim.send('PUT', '/sandbox/faults', '{}', { 'content-type': 'application/json' });
    }
  }, 480_000);

  it('answered only what the OpenAPI spec declares, faults or not (503 UNAVAILABLE included)', () => {
    const gaps = rig.undeclaredAnswers();
    console.info(`answers the OpenAPI spec does not declare: ${gaps.length ? `\n${gaps.join('\n')}` : 'none'}`);
    expect(gaps).toEqual([]);
  });

  function exitOk(exit: Awaited<ReturnType<typeof rig.env.kill>>): void {
    expect(exit).toMatchObject({ code: 0 });
  }
});
