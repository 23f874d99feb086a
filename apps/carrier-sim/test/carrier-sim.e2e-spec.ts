import { AppConfig } from '@corridor/config';
import { isValidS10, TRACKING_NUMBER_PATTERN } from '@corridor/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCarrierSimApp } from '../src/carrier-sim.app';
import { bookingFault } from '../src/faults';
import { verifyCarrierSignature } from '../src/signature';
import { EventReceiver, type ReceivedRequest } from './event-receiver';

const SECRETS = {
  'iposita-ems': 'test-postal-secret',
  express: 'test-express-secret',
  'air-cargo': 'test-air-secret',
} as const;
type Carrier = keyof typeof SECRETS;

const JOURNEY = [
  'accepted',
  'departed_origin',
  'in_transit',
  'arrived_destination',
  'customs_cleared',
  'out_for_delivery',
  'delivered',
];

function bookingBody(reference: string, overrides: Record<string, unknown> = {}) {
  return {
    reference,
    packages: [{ reference: 'PKG-1', grossWeightKg: '12.500', lengthCm: '60', widthCm: '40', heightCm: '40' }],
    origin: { city: 'Kigali', country: 'RW' },
    destination: { city: 'Shanghai', country: 'CN', airport: 'PVG', storeCode: 'FS-SHA-001' },
    ...overrides,
  };
}

interface BookingResponse {
  bookingId: string;
  carrier: string;
  trackingNumber: string;
  reference: string;
  status: string;
  createdAt: string;
  handover: { receiptNumber: string | null; handedOverAt: string } | null;
  events: Array<{ eventId: string; code: string; occurredAt: string; delivery: string; attempts: number }>;
}

describe('carrier-sim (HTTP, in process)', () => {
  let receiver: EventReceiver;
  let dataDir: string;
  let config: AppConfig;
  let app: NestFastifyApplication | undefined;
  let baseUrl: string;

  async function boot(): Promise<void> {
    app = await createCarrierSimApp(config);
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
  }

  async function call(
    method: string,
    path: string,
    opts: { carrier?: Carrier; token?: string | null; key?: string; body?: unknown; rawBody?: string } = {},
  ): Promise<{ status: number; body: any; headers: Headers }> {
    const headers: Record<string, string> = {};
    const token = opts.token === undefined ? (opts.carrier ? SECRETS[opts.carrier] : undefined) : opts.token;
    if (token) headers.authorization = `Bearer ${token}`;
    if (opts.key) headers['idempotency-key'] = opts.key;
    const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  }

  function expectSignedEvents(requests: ReceivedRequest[], carrier: Carrier, trackingNumber: string): void {
    const now = Math.floor(Date.now() / 1000);
    for (const request of requests) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe(`/v1/carriers/${carrier}/events`);
      expect(request.headers['content-type']).toBe('application/json');
      const header = String(request.headers['x-carrier-signature']);
      expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(
        verifyCarrierSignature({ secret: SECRETS[carrier], header, rawBody: request.rawBody, nowSeconds: now }),
      ).toBe(true);
      expect(request.eventCount).toBe(1);
      expect(request.event.trackingNumber).toBe(trackingNumber);
      expect(request.event.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(request.event.location.length).toBeGreaterThan(0);
      expect(request.event.description.length).toBeGreaterThan(0);
    }
  }

  /** Polls `read` until `check` holds; a guard timeout instead of a fixed sleep. */
  async function eventually<T>(description: string, read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const value = await read();
      if (check(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async function setFaults(faults: unknown): Promise<void> {
    const { status, body } = await call('PUT', '/sandbox/faults', { body: faults });
    expect({ status, body }).toMatchObject({ status: 200 });
  }

  /** Books and hands over one parcel, returning the booking as first answered. */
  async function startJourney(carrier: Carrier, reference: string): Promise<BookingResponse> {
    const booked = await call('POST', `/v1/carriers/${carrier}/bookings`, {
      carrier,
      key: `key-${reference}`,
      body: bookingBody(reference),
    });
    expect(booked.status).toBe(201);
    const handover = await call('POST', `/v1/carriers/${carrier}/bookings/${booked.body.bookingId}/handover`, {
      carrier,
    });
    expect(handover.status).toBe(200);
    return booked.body as BookingResponse;
  }

  function eventsOf(trackingNumber: string): ReceivedRequest['event'][] {
    return receiver.requests.filter((r) => r.event.trackingNumber === trackingNumber).map((r) => r.event);
  }

  beforeEach(async () => {
    receiver = new EventReceiver();
    const publicUrl = await receiver.start();
    dataDir = await mkdtemp(join(tmpdir(), 'carrier-sim-'));
    config = AppConfig.fromEnv({
      NODE_ENV: 'test',
      PUBLIC_URL: publicUrl,
      CARRIER_SIM_STEP_MS: '20',
      CARRIER_SECRETS: Object.entries(SECRETS)
        .map(([code, secret]) => `${code}=${secret}`)
        .join(','),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    });
    await boot();
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
    await receiver.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('books once per Idempotency-Key, then pushes the whole journey, signed and in order, through failures', async () => {
    const body = bookingBody('shipment-1');
    const first = await call('POST', '/v1/carriers/iposita-ems/bookings', {
      carrier: 'iposita-ems',
      key: 'key-1',
      body,
    });
    expect(first.status).toBe(201);
    const booking = first.body as BookingResponse;
    expect(booking).toMatchObject({ carrier: 'iposita-ems', reference: 'shipment-1', status: 'booked' });
    expect(booking.trackingNumber).toMatch(TRACKING_NUMBER_PATTERN);
    expect(booking.trackingNumber).toMatch(/^EE\d{9}RW$/);
    expect(isValidS10(booking.trackingNumber)).toBe(true);

    const replay = await call('POST', '/v1/carriers/iposita-ems/bookings', {
      carrier: 'iposita-ems',
      key: 'key-1',
      body,
    });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toMatchObject({ bookingId: booking.bookingId, trackingNumber: booking.trackingNumber });

    const listed = await call('GET', '/sandbox/bookings?reference=shipment-1');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.requestCount).toBe(2);

    // Corridor is briefly down, then rate limits, then refuses one event outright.
    const answers: Record<string, number[]> = { departed_origin: [503], in_transit: [429], customs_cleared: [400] };
    receiver.respond = ({ event }) => answers[event.code]?.shift() ?? 200;

    const handover = await call('POST', `/v1/carriers/iposita-ems/bookings/${booking.bookingId}/handover`, {
      carrier: 'iposita-ems',
      body: { receiptNumber: 'RCPT-1', handedOverAt: '2026-11-28T09:15:00+02:00' },
    });
    expect(handover.status).toBe(200);
    expect(handover.body).toMatchObject({
      status: 'handed_over',
      handover: { receiptNumber: 'RCPT-1', handedOverAt: '2026-11-28T07:15:00.000Z' },
    });
    // A repeated handover must not start a second journey (duplicates would show below).
    const again = await call('POST', `/v1/carriers/iposita-ems/bookings/${booking.bookingId}/handover`, {
      carrier: 'iposita-ems',
    });
    expect(again.status).toBe(200);
    expect(again.body.handover.receiptNumber).toBe('RCPT-1');

    await receiver.waitFor('the delivered event', () => receiver.acceptedCodes().includes('delivered'));

    expect(receiver.requests.map((r) => `${r.event.code}:${r.answered}`)).toEqual([
      'accepted:200',
      'departed_origin:503',
      'departed_origin:200',
      'in_transit:429',
      'in_transit:200',
      'arrived_destination:200',
      'customs_cleared:400',
      'out_for_delivery:200',
      'delivered:200',
    ]);
    expectSignedEvents(receiver.requests, 'iposita-ems', booking.trackingNumber);

    // A retried event is the same event: same id and time; ids follow the steps.
    const ids = receiver.requests.map((r) => r.event.eventId);
    expect([...new Set(ids)]).toEqual(JOURNEY.map((_, i) => `${booking.bookingId}-${i + 1}`));
    const departed = receiver.requests.filter((r) => r.event.code === 'departed_origin');
    expect(departed[0].rawBody).toBe(departed[1].rawBody);
    const times = receiver.requests.map((r) => Date.parse(r.event.occurredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(receiver.requests[0].event.location).toBe('Kigali Central Post Office');
    expect(receiver.requests.at(-1)?.event.description).toBe('Delivered to store FS-SHA-001');

    const final = await call('GET', `/v1/carriers/iposita-ems/bookings/${booking.bookingId}`, {
      carrier: 'iposita-ems',
    });
    expect(final.status).toBe(200);
    expect(
      final.body.events.map((e: BookingResponse['events'][number]) => `${e.code}:${e.delivery}:${e.attempts}`),
    ).toEqual([
      'accepted:delivered:1',
      'departed_origin:delivered:2',
      'in_transit:delivered:2',
      'arrived_destination:delivered:1',
      'customs_cleared:rejected:1',
      'out_for_delivery:delivered:1',
      'delivered:delivered:1',
    ]);
  });

  it('gives each carrier its own tracking number format, all unique', async () => {
    const formats: Record<Carrier, RegExp> = {
      'iposita-ems': /^EE\d{9}RW$/,
      express: /^EX\d{10}$/,
      'air-cargo': /^AWB459\d{8}$/,
    };
    const seen = new Set<string>();
    for (const carrier of Object.keys(SECRETS) as Carrier[]) {
      for (let i = 0; i < 5; i++) {
        const { status, body } = await call('POST', `/v1/carriers/${carrier}/bookings`, {
          carrier,
          key: `k-${i}`,
          body: bookingBody(`ref-${carrier}-${i}`),
        });
        expect(status).toBe(201);
        expect(body.trackingNumber).toMatch(formats[carrier]);
        expect(body.trackingNumber).toMatch(TRACKING_NUMBER_PATTERN);
        seen.add(body.trackingNumber);
      }
    }
    expect(seen.size).toBe(15);
  });

  it('refuses what a carrier API would refuse, in the error envelope', async () => {
    const body = bookingBody('shipment-2');
    const path = '/v1/carriers/express/bookings';

    expect((await call('POST', path, { key: 'k', body })).status).toBe(401);
    const wrong = await call('POST', path, { token: SECRETS['iposita-ems'], key: 'k', body });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('UNAUTHENTICATED');
    expect((await call('POST', '/v1/carriers/fedex/bookings', { token: 'x', key: 'k', body })).status).toBe(404);

    const noKey = await call('POST', path, { carrier: 'express', body });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.details[0].field).toBe('Idempotency-Key');

    const bad = await call('POST', path, {
      carrier: 'express',
      key: 'k-bad',
      body: bookingBody('shipment-2', { packages: [{ reference: 'P', grossWeightKg: 12 }] }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['packages[0].grossWeightKg', 'packages[0].lengthCm']),
    );

    const malformed = await call('POST', path, { carrier: 'express', key: 'k-bad', rawBody: '{"reference":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('VALIDATION_FAILED');

    // Another shipment: the carrier books one live booking per reference.
    const heavy = bookingBody('shipment-2-heavy', {
      packages: [{ reference: 'P', grossWeightKg: '31.000', lengthCm: '60', widthCm: '40', heightCm: '40' }],
    });
    expect(
      (await call('POST', '/v1/carriers/iposita-ems/bookings', { carrier: 'iposita-ems', key: 'k-heavy', body: heavy }))
        .status,
    ).toBe(400);
    expect((await call('POST', path, { carrier: 'express', key: 'k-heavy', body: heavy })).status).toBe(201);

    const created = await call('POST', path, { carrier: 'express', key: 'k-1', body });
    expect(created.status).toBe(201);
    const reused = await call('POST', path, { carrier: 'express', key: 'k-1', body: bookingBody('shipment-3') });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const id = created.body.bookingId as string;
    expect((await call('GET', `${path}/${id}`, { carrier: 'express' })).status).toBe(200);
    // Another carrier's booking does not exist for this one.
    expect((await call('GET', `/v1/carriers/air-cargo/bookings/${id}`, { carrier: 'air-cargo' })).status).toBe(404);
    expect((await call('POST', `${path}/no-such-booking/handover`, { carrier: 'express' })).status).toBe(404);

    const cancelled = await call('POST', `${path}/${id}/cancel`, { carrier: 'express' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    expect((await call('POST', `${path}/${id}/cancel`, { carrier: 'express', rawBody: '' })).status).toBe(200);
    const late = await call('POST', `${path}/${id}/handover`, { carrier: 'express' });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      details: [{ from: 'cancelled', action: 'hand over' }],
    });

    const other = await call('POST', path, { carrier: 'express', key: 'k-2', body: bookingBody('shipment-4') });
    receiver.respond = () => 200;
    expect(
      (await call('POST', `${path}/${other.body.bookingId}/handover`, { carrier: 'express', body: {} })).status,
    ).toBe(200);
    const tooLate = await call('POST', `${path}/${other.body.bookingId}/cancel`, { carrier: 'express' });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.error.code).toBe('INVALID_STATE_TRANSITION');

    expect((await call('GET', '/sandbox/health')).body).toMatchObject({ status: 'ok' });
    // Counted once authenticated, refused or not: no key, bad body, the created one.
    expect((await call('GET', '/sandbox/bookings?reference=shipment-2')).body.requestCount).toBe(3);
    expect((await call('GET', '/sandbox/bookings?reference=shipment-2-heavy')).body.requestCount).toBe(2);
  });

  it('resumes an unfinished journey after a restart, resending the same event and never repeating a milestone', async () => {
    let corridorUp = false;
    receiver.respond = ({ event }) => (event.code === 'in_transit' && !corridorUp ? 503 : 200);

    const body = bookingBody('shipment-5');
    const { body: booking } = await call('POST', '/v1/carriers/air-cargo/bookings', {
      carrier: 'air-cargo',
      key: 'key-5',
      body,
    });
    await call('POST', `/v1/carriers/air-cargo/bookings/${booking.bookingId}/handover`, { carrier: 'air-cargo' });
    await receiver.waitFor(
      'in_transit to be refused twice',
      () => receiver.requests.filter((r) => r.event.code === 'in_transit').length >= 2,
    );

    await app?.close();
    const state = JSON.parse(await readFile(join(dataDir, 'carrier-sim', 'state.json'), 'utf8'));
    expect(state.bookings[0].events.map((e: { code: string; delivery: string }) => `${e.code}:${e.delivery}`)).toEqual([
      'accepted:delivered',
      'departed_origin:delivered',
      'in_transit:pending',
    ]);

    corridorUp = true;
    await boot();
    await receiver.waitFor('the delivered event', () => receiver.acceptedCodes().includes('delivered'));

    expect(receiver.acceptedCodes()).toEqual(JOURNEY);
    expectSignedEvents(receiver.requests, 'air-cargo', booking.trackingNumber);
    const inTransit = receiver.requests.filter((r) => r.event.code === 'in_transit');
    expect(new Set(inTransit.map((r) => JSON.stringify(r.event))).size).toBe(1);

    // The booking and its idempotency key survived the restart too.
    const replay = await call('POST', '/v1/carriers/air-cargo/bookings', { carrier: 'air-cargo', key: 'key-5', body });
    expect(replay.status).toBe(200);
    expect(replay.body.bookingId).toBe(booking.bookingId);
    expect(replay.body.status).toBe('delivered');
    const listed = await call('GET', '/sandbox/bookings?reference=shipment-5');
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.requestCount).toBe(2);
  });

  describe('fault injection', () => {
    it('validates the fault configuration and shows the one in force', async () => {
      expect((await call('GET', '/sandbox/faults')).body).toMatchObject({
        seed: 1,
        all: { bookingErrorRate: 0, bookingTimeoutRate: 0, timeoutMs: 15000, duplicateEvents: false },
        carriers: {},
      });
      const bad = await call('PUT', '/sandbox/faults', {
        body: { all: { bookingErrorRate: 2 }, carriers: { fedex: {} } },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('VALIDATION_FAILED');
      expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual([
        'all.bookingErrorRate',
        'carriers.fedex',
      ]);
      await setFaults({ seed: 9, carriers: { express: { duplicateEvents: true } } });
      expect((await call('GET', '/sandbox/faults')).body).toMatchObject({
        seed: 9,
        carriers: { express: { duplicateEvents: true } },
      });
    });

    it('answers 503 to a reproducible share of booking requests, and counts them', async () => {
      const faults = { seed: 7, carriers: { express: { bookingErrorRate: 0.4 } } };
      const expected = Array.from({ length: 20 }, (_, i) =>
        bookingFault({
          seed: 7,
          carrier: 'express',
          requestNumber: i + 1,
          settings: { bookingErrorRate: 0.4, bookingTimeoutRate: 0 },
        }) === 'error'
          ? 503
          : 201,
      );
      expect(expected).toContain(503);
      expect(expected).toContain(201);

      const statuses: number[][] = [];
      const errorCodes: Array<Array<string | null>> = [];
      for (const round of [1, 2]) {
        // Setting the faults again restarts the numbering: the same requests meet the same faults.
        await setFaults(faults);
        const seen: number[] = [];
        const codes: Array<string | null> = [];
        for (let i = 0; i < 20; i++) {
          const { status, body } = await call('POST', '/v1/carriers/express/bookings', {
            carrier: 'express',
            key: `r${round}-${i}`,
            body: bookingBody(`err-${round}-${i}`),
          });
          seen.push(status);
          codes.push(body.error?.code ?? null);
        }
        statuses.push(seen);
        errorCodes.push(codes);
      }
      expect(statuses).toEqual([expected, expected]);
      // Every refusal is the UNAVAILABLE envelope, and no booking answer carries an error.
      const expectedCodes = expected.map((status) => (status === 503 ? 'UNAVAILABLE' : null));
      expect(errorCodes).toEqual([expectedCodes, expectedCodes]);

      // Other carriers are untouched by express's faults.
      const postal = await call('POST', '/v1/carriers/iposita-ems/bookings', {
        carrier: 'iposita-ems',
        key: 'p-1',
        body: bookingBody('err-postal'),
      });
      expect(postal.status).toBe(201);

      const errors = expected.filter((status) => status === 503).length * 2;
      const stats = (await call('GET', '/sandbox/stats')).body;
      expect(stats.carriers.express).toEqual({
        bookingRequests: 40,
        errorsInjected: errors,
        timeoutsInjected: 0,
        replays: 0,
        bookingsCreated: 40 - errors,
      });
      expect(stats.carriers['iposita-ems']).toMatchObject({
        bookingRequests: 1,
        errorsInjected: 0,
        bookingsCreated: 1,
      });
      // A refused request booked nothing.
      const failed = expected.indexOf(503);
      expect((await call('GET', `/sandbox/bookings?reference=err-1-${failed}`)).body.items).toHaveLength(0);
    });

    it('books a request whose answer times out, and hands that booking to the retry', async () => {
      await setFaults({ carriers: { 'air-cargo': { bookingTimeoutRate: 1, timeoutMs: 3000 } } });
      const body = bookingBody('slow-1');
      // The client's own deadline, well inside the carrier's 3 s hold.
      const deadline = AbortSignal.timeout(300);
      const timedOut = await fetch(`${baseUrl}/v1/carriers/air-cargo/bookings`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${SECRETS['air-cargo']}`,
          'content-type': 'application/json',
          'idempotency-key': 'slow-key-1',
        },
        body: JSON.stringify(body),
        signal: deadline,
      }).then(
        () => 'answered',
        (error: Error) => error,
      );
      // No answer came before the client's deadline fired: the request ended with that very
      // signal's reason, not with an answer or a connection the carrier closed.
      expect(deadline.aborted).toBe(true);
      expect((deadline.reason as Error).name).toBe('TimeoutError');
      expect(timedOut).toBe(deadline.reason);

      // The carrier booked it anyway, and counted the timeout it injected.
      const listed = await call('GET', '/sandbox/bookings?reference=slow-1');
      expect(listed.body.items).toHaveLength(1);
      const booked = listed.body.items[0];
      expect((await call('GET', '/sandbox/stats')).body.carriers['air-cargo']).toMatchObject({
        bookingRequests: 1,
        timeoutsInjected: 1,
        bookingsCreated: 1,
      });

      await setFaults({});
      const retry = await call('POST', '/v1/carriers/air-cargo/bookings', {
        carrier: 'air-cargo',
        key: 'slow-key-1',
        body,
      });
      expect(retry.status).toBe(200);
      expect(retry.body).toMatchObject({ bookingId: booked.bookingId, trackingNumber: booked.trackingNumber });
      const otherKey = await call('POST', '/v1/carriers/air-cargo/bookings', {
        carrier: 'air-cargo',
        key: 'slow-key-2',
        body,
      });
      expect(otherKey.status).toBe(200);
      expect(otherKey.body.bookingId).toBe(booked.bookingId);

      const stats = (await call('GET', '/sandbox/stats')).body;
      expect(stats.carriers['air-cargo']).toEqual({
        bookingRequests: 3,
        errorsInjected: 0,
        timeoutsInjected: 1,
        replays: 2,
        bookingsCreated: 1,
      });
      expect(stats.referencesBookedMoreThanOnce).toEqual([]);
    });

    it('pushes every event twice under duplicateEvents, only for journeys started after it was set', async () => {
      const before = await startJourney('express', 'dup-before');
      await setFaults({ carriers: { express: { duplicateEvents: true } } });
      const after = await startJourney('express', 'dup-after');
      const untouched = await startJourney('iposita-ems', 'dup-postal');
      await receiver.waitFor('three delivered journeys', () =>
        [before, after, untouched].every((b) => eventsOf(b.trackingNumber).some((e) => e.code === 'delivered')),
      );
      await eventually(
        'the second delivered event',
        async () => eventsOf(after.trackingNumber).length,
        (n) => n === 14,
      );

      const ids = (b: BookingResponse) => JOURNEY.map((_, i) => `${b.bookingId}-${i + 1}`);
      expect(eventsOf(before.trackingNumber).map((e) => e.eventId)).toEqual(ids(before));
      expect(eventsOf(untouched.trackingNumber).map((e) => e.eventId)).toEqual(ids(untouched));
      expect(eventsOf(after.trackingNumber).map((e) => e.eventId)).toEqual(ids(after).flatMap((id) => [id, id]));
      const copies = receiver.requests.filter((r) => r.event.trackingNumber === after.trackingNumber);
      expect(copies[0].rawBody).toBe(copies[1].rawBody);
      expectSignedEvents(copies, 'express', after.trackingNumber);
    });

    it('delivers events in shuffled batches under shuffleEvents, each with its true occurredAt', async () => {
      await setFaults({ seed: 3, all: { shuffleEvents: true, shuffleBatchSize: 3 } });
      const booking = await startJourney('air-cargo', 'shuffle-1');
      await receiver.waitFor('all seven events', () => eventsOf(booking.trackingNumber).length === 7);

      const events = eventsOf(booking.trackingNumber);
      const received = events.map((e) => e.code);
      expect(received).not.toEqual(JOURNEY);
      expect([...received].sort()).toEqual([...JOURNEY].sort());
      // Batches of three: the first three arrivals are the first three milestones, and so on.
      expect(received.slice(0, 3).sort()).toEqual(JOURNEY.slice(0, 3).sort());
      expect(received.slice(3, 6).sort()).toEqual(JOURNEY.slice(3, 6).sort());
      expect(received[6]).toBe('delivered');
      // Sorted by when they happened, the milestones are in journey order again.
      const byTime = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)).map((e) => e.code);
      expect(byTime).toEqual(JOURNEY);
      expect(new Set(events.map((e) => e.occurredAt)).size).toBe(7);
    });

    it('holds a parcel in customs for the configured steps, then carries on', async () => {
      await setFaults({ all: { customsHold: true, customsHoldSteps: 5 } });
      const booking = await startJourney('iposita-ems', 'hold-1');
      await receiver.waitFor('the delivered event', () =>
        eventsOf(booking.trackingNumber).some((e) => e.code === 'delivered'),
      );
      const events = eventsOf(booking.trackingNumber);
      expect(events.map((e) => e.code)).toEqual([
        'accepted',
        'departed_origin',
        'in_transit',
        'arrived_destination',
        'customs_hold',
        'customs_cleared',
        'out_for_delivery',
        'delivered',
      ]);
      // That the hold lasts exactly its five steps is checked on a fake clock, where a busy
      // machine cannot stretch a one-step pause into five (journey.service.spec.ts).
      expect(events[4].description).toBe('Held by China Customs (GACC) for inspection');
    });

    it('loses a parcel after departure: an exception "parcel lost", then nothing more', async () => {
      await setFaults({ carriers: { express: { lostParcel: true, lostAfter: 'departed_origin' } } });
      const booking = await startJourney('express', 'lost-1');
      const path = `/v1/carriers/express/bookings/${booking.bookingId}`;
      const final = await eventually(
        'the booking to end lost',
        async () => (await call('GET', path, { carrier: 'express' })).body,
        (b) => b.status === 'lost',
      );
      expect(final.events.map((e: { code: string }) => e.code)).toEqual(['accepted', 'departed_origin', 'exception']);
      const pushed = eventsOf(booking.trackingNumber);
      expect(pushed.map((e) => e.code)).toEqual(['accepted', 'departed_origin', 'exception']);
      expect(pushed[2]).toMatchObject({
        description: 'parcel lost',
        location: 'Kigali International Airport (KGL)',
      });
      // The journey ends there: no journey left running, nothing pushed after the exception.
      await eventually(
        'the journey to stop',
        async () => (await call('GET', '/sandbox/health')).body.activeJourneys,
        (n) => n === 0,
      );
      expect(eventsOf(booking.trackingNumber)).toHaveLength(3);

      const tracking = await call('GET', `/v1/carriers/express/tracking/${booking.trackingNumber}`, {
        carrier: 'express',
      });
      expect(tracking.body.status).toBe('exception');
    });
  });

  it('answers with the first booking when the same reference comes with another Idempotency-Key', async () => {
    const path = '/v1/carriers/express/bookings';
    const first = await call('POST', path, { carrier: 'express', key: 'ref-key-1', body: bookingBody('ref-1') });
    expect(first.status).toBe(201);
    const second = await call('POST', path, { carrier: 'express', key: 'ref-key-2', body: bookingBody('ref-1') });
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toMatchObject({ bookingId: first.body.bookingId, trackingNumber: first.body.trackingNumber });
    // Another carrier's account is another booking.
    const postal = await call('POST', '/v1/carriers/iposita-ems/bookings', {
      carrier: 'iposita-ems',
      key: 'ref-key-2',
      body: bookingBody('ref-1'),
    });
    expect(postal.status).toBe(201);

    // Once cancelled, the reference can be booked afresh.
    await call('POST', `${path}/${first.body.bookingId}/cancel`, { carrier: 'express' });
    const third = await call('POST', path, { carrier: 'express', key: 'ref-key-3', body: bookingBody('ref-1') });
    expect(third.status).toBe(201);
    expect(third.body.bookingId).not.toBe(first.body.bookingId);

    expect((await call('GET', '/sandbox/stats')).body.carriers.express).toMatchObject({
      bookingRequests: 3,
      replays: 1,
      bookingsCreated: 2,
    });
  });

  it('gives label data with the booking', async () => {
    const { status, body } = await call('POST', '/v1/carriers/iposita-ems/bookings', {
      carrier: 'iposita-ems',
      key: 'label-1',
      body: bookingBody('label-1'),
    });
    expect(status).toBe(201);
    expect(body.label).toEqual({
      trackingNumber: body.trackingNumber,
      barcode: 'code128',
      barcodeData: body.trackingNumber,
      routingCode: 'CN-PVG',
      serviceName: 'EMS International',
    });
  });

  it('answers tracking polls with every event pushed so far, under the pushed ids', async () => {
    const booking = await startJourney('air-cargo', 'poll-1');
    const path = `/v1/carriers/air-cargo/tracking/${booking.trackingNumber}`;
    await receiver.waitFor('the in_transit event', () =>
      eventsOf(booking.trackingNumber).some((e) => e.code === 'in_transit'),
    );
    const midway = await call('GET', path, { carrier: 'air-cargo' });
    expect(midway.status).toBe(200);
    expect(midway.body.trackingNumber).toBe(booking.trackingNumber);
    expect(midway.body.events.length).toBeGreaterThanOrEqual(3);
    expect(midway.body.events.slice(0, 3).map((e: { code: string }) => e.code)).toEqual(JOURNEY.slice(0, 3));

    await receiver.waitFor('the delivered event', () =>
      eventsOf(booking.trackingNumber).some((e) => e.code === 'delivered'),
    );
    const done = await call('GET', path, { carrier: 'air-cargo' });
    expect(done.body.status).toBe('delivered');
    expect(done.body.events).toEqual(eventsOf(booking.trackingNumber));

    expect((await call('GET', path)).status).toBe(401);
    const otherCarrier = await call('GET', `/v1/carriers/express/tracking/${booking.trackingNumber}`, {
      carrier: 'express',
    });
    expect(otherCarrier.status).toBe(404);
    expect(otherCarrier.body.error.code).toBe('NOT_FOUND');
    expect((await call('GET', '/v1/carriers/air-cargo/tracking/AWB45900000000', { carrier: 'air-cargo' })).status).toBe(
      404,
    );
  });
});
