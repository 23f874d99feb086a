import { AppConfig } from '@corridor/config';
import { TRACKING_NUMBER_PATTERN } from '@corridor/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCarrierSimApp } from '../src/carrier-sim.app';
import { verifyCarrierSignature } from '../src/signature';
import { isValidS10 } from '../src/tracking-number';
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

    const heavy = bookingBody('shipment-2', {
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
    // Counted once authenticated, refused or not: no key, bad body, two heavy ones, the created one.
    expect((await call('GET', '/sandbox/bookings?reference=shipment-2')).body.requestCount).toBe(5);
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
});
