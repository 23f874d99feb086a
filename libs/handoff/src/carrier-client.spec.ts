import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppConfig } from '@corridor/config';
import { carrierRequestsTotal } from '@corridor/observability';
import { CarrierClient, CarrierRefusal, type BookingRequest } from './carrier-client';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A carrier on a loopback port whose answer each test sets; it records every request. */
class FakeCarrier {
  readonly seen: Seen[] = [];
  answer: (req: Seen, res: ServerResponse) => void = (_req, res) => res.end('{}');
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
        this.seen.push(seen);
        this.answer(seen, res);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const request: BookingRequest = {
  reference: '01936b2e-0000-7000-8000-000000000001',
  packages: [{ reference: 'PKG-1', grossWeightKg: '5.200', lengthCm: '40', widthCm: '30', heightCm: '20' }],
  origin: { city: 'Kigali', country: 'RW' },
  destination: { city: 'Shanghai', country: 'CN', airport: 'PVG', storeCode: 'FS-SHA-001' },
};

describe('CarrierClient', () => {
  const carrier = new FakeCarrier();
  let client: CarrierClient;
  /** For a carrier that never answers: no answer can miss a deadline it will never meet. */
  let hastyClient: CarrierClient;

  beforeAll(async () => {
    // A deadline a loaded CI machine cannot miss on a loopback answer; the stall test waits it out.
    await carrier.start();
    const config = (timeoutMs: number) =>
      AppConfig.fromEnv({
        CARRIER_SIM_URL: carrier.url,
        CARRIER_SECRETS: 'express=s3cret',
        CARRIER_TIMEOUT_MS: String(timeoutMs),
      });
    client = new CarrierClient(config(3000));
    hastyClient = new CarrierClient(config(250));
  });
  afterAll(() => carrier.stop());
  beforeEach(() => {
    carrier.seen.length = 0;
  });

  it('refuses a booking whose tracking number breaks the carrier’s own rule', async () => {
    carrier.answer = (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(
        '{"bookingId":"B2","carrier":"express","trackingNumber":"EE123456785RW","reference":"r","status":"booked"}',
      );
    };

    await expect(client.book('express', request)).rejects.toThrow(/not an express waybill/);
    await expect(client.book('express', request)).rejects.toBeInstanceOf(CarrierRefusal);
  });

  it('has an adapter for each carrier, and refuses an unknown one', () => {
    expect(['iposita-ems', 'express', 'air-cargo'].map((code) => client.carrier(code).code)).toEqual([
      'iposita-ems',
      'express',
      'air-cargo',
    ]);
    expect(() => client.carrier('dhl')).toThrow(CarrierRefusal);
  });

  it('books with the shipment id as idempotency key, the same on every attempt', async () => {
    let calls = 0;
    carrier.answer = (_req, res) => {
      calls += 1;
      if (calls === 1) {
        res.statusCode = 503;
        res.end('{"error":"busy"}');
      } else {
        res.setHeader('content-type', 'application/json');
        res.end(
          '{"bookingId":"B1","carrier":"express","trackingNumber":"EX1234567890","reference":"r","status":"booked"}',
        );
      }
    };

    await expect(client.book('express', request)).rejects.not.toBeInstanceOf(CarrierRefusal);
    await expect(client.book('express', request)).resolves.toMatchObject({ trackingNumber: 'EX1234567890' });

    const keys = carrier.seen.map((s) => s.headers['idempotency-key']);
    expect(keys).toEqual([`shipment-${request.reference}`, `shipment-${request.reference}`]);
    expect(carrier.seen[0].headers.authorization).toBe('Bearer s3cret');
    expect(JSON.parse(carrier.seen[0].body)).toEqual(request);
  });

  it('gives up on a carrier that does not answer within CARRIER_TIMEOUT_MS, as a retryable error', async () => {
    carrier.answer = () => undefined; // never answers
    // The deadlines the client sets, kept so the test can see which one gave up.
    const deadlines: { ms: number; signal: AbortSignal }[] = [];
    const timeout = AbortSignal.timeout.bind(AbortSignal);
    const spy = jest.spyOn(AbortSignal, 'timeout').mockImplementation((ms: number) => {
      const signal = timeout(ms);
      deadlines.push({ ms, signal });
      return signal;
    });

    const error = await hastyClient.book('express', request).catch((e: unknown) => e);
    spy.mockRestore();

    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(CarrierRefusal);
    expect((error as Error).message).toMatch(/carrier express unreachable/);
    // One call, under one deadline of CARRIER_TIMEOUT_MS, and it was that deadline firing that
    // ended the call: the error's cause is the very reason the signal aborted with.
    expect(carrier.seen).toHaveLength(1);
    expect(deadlines.map((d) => d.ms)).toEqual([250]);
    const [{ signal }] = deadlines;
    expect(signal.aborted).toBe(true);
    expect((signal.reason as Error).name).toBe('TimeoutError');
    expect((error as Error).cause).toBe(signal.reason);
  });

  it('gives up on a carrier that stalls in the middle of its answer, as a retryable error', async () => {
    carrier.answer = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"bookingId":'); // and nothing more
    };

    const error = await client.book('express', request).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(CarrierRefusal);
  });

  it('retries 429 and 5xx, but not other 4xx', async () => {
    for (const status of [429, 500, 502]) {
      carrier.answer = (_req, res) => {
        res.statusCode = status;
        res.end('{}');
      };
      const error = await client.book('express', request).catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(CarrierRefusal);
      expect((error as Error).message).toContain(String(status));
    }
    carrier.answer = (_req, res) => {
      res.statusCode = 422;
      res.end('{"error":{"code":"VALIDATION_FAILED"}}');
    };
    await expect(client.book('express', request)).rejects.toBeInstanceOf(CarrierRefusal);
  });

  it('refuses a carrier it has no secret for without calling it', async () => {
    await expect(client.book('air-cargo', request)).rejects.toBeInstanceOf(CarrierRefusal);
    expect(carrier.seen).toHaveLength(0);
  });

  it('polls tracking with an authenticated GET without a body', async () => {
    carrier.answer = (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ trackingNumber: 'EX1234567890', status: 'in_transit', events: [] }));
    };

    await expect(client.track('express', 'EX1234567890')).resolves.toEqual({
      trackingNumber: 'EX1234567890',
      status: 'in_transit',
      events: [],
    });
    expect(carrier.seen).toEqual([
      expect.objectContaining({ method: 'GET', url: '/v1/carriers/express/tracking/EX1234567890', body: '' }),
    ]);
    expect(carrier.seen[0].headers.authorization).toBe('Bearer s3cret');
  });

  it('treats an unknown tracking number as a refusal', async () => {
    carrier.answer = (_req, res) => {
      res.statusCode = 404;
      res.end('{"error":{"code":"NOT_FOUND"}}');
    };

    await expect(client.track('express', 'EX00000000RW')).rejects.toBeInstanceOf(CarrierRefusal);
  });

  it('counts every call in corridor_carrier_requests_total by carrier, operation and result', async () => {
    const count = async (labels: Record<string, string>) =>
      (await carrierRequestsTotal().get()).values
        .filter((v) =>
          Object.entries(labels).every(([key, value]) => (v.labels as Record<string, unknown>)[key] === value),
        )
        .reduce((sum, v) => sum + v.value, 0);
    const before = {
      ok: await count({ carrier: 'express', operation: 'track', result: 'ok' }),
      refused: await count({ carrier: 'express', operation: 'track', result: 'refused' }),
      error: await count({ carrier: 'express', operation: 'cancel', result: 'error' }),
      timeout: await count({ carrier: 'express', operation: 'handover', result: 'timeout' }),
    };

    carrier.answer = (_req, res) => res.end('{"trackingNumber":"EX1234567890","status":"booked","events":[]}');
    await client.track('express', 'EX1234567890');
    carrier.answer = (_req, res) => {
      res.statusCode = 404;
      res.end('{"error":{"code":"NOT_FOUND"}}');
    };
    await client.track('express', 'EX1234567890').catch(() => undefined);
    carrier.answer = (_req, res) => {
      res.statusCode = 503;
      res.end('{}');
    };
    await client.cancel('express', 'B1').catch(() => undefined);
    carrier.answer = () => undefined; // never answers
    await hastyClient
      .handover('express', 'B1', { receiptNumber: 'R1', handedOverAt: new Date().toISOString() })
      .catch(() => undefined);

    expect({
      ok: (await count({ carrier: 'express', operation: 'track', result: 'ok' })) - before.ok,
      refused: (await count({ carrier: 'express', operation: 'track', result: 'refused' })) - before.refused,
      error: (await count({ carrier: 'express', operation: 'cancel', result: 'error' })) - before.error,
      timeout: (await count({ carrier: 'express', operation: 'handover', result: 'timeout' })) - before.timeout,
    }).toEqual({ ok: 1, refused: 1, error: 1, timeout: 1 });
  });
});
