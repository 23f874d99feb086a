import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One webhook request as the receiver saw it, with the status it answered. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The single event of the batch (the sandbox sends one per request). */
  event: {
    eventId: string;
    trackingNumber: string;
    code: string;
    occurredAt: string;
    location: string;
    description: string;
  };
  eventCount: number;
  answered: number;
}

/**
 * A stand-in for Corridor's `POST /v1/carriers/:code/events`: records every request, answers
 * with whatever status `respond` picks, and lets a test await a condition instead of sleeping.
 */
export class EventReceiver {
  readonly requests: ReceivedRequest[] = [];
  respond: (request: Omit<ReceivedRequest, 'answered'>) => number = () => 200;
  private readonly server: Server;
  private waiters: Array<{ check: () => boolean; resolve: () => void }> = [];

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const parsed = JSON.parse(rawBody) as { events: ReceivedRequest['event'][] };
        const seen = {
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          rawBody,
          event: parsed.events[0],
          eventCount: parsed.events.length,
        };
        const answered = this.respond(seen);
        this.requests.push({ ...seen, answered });
        res
          .writeHead(answered, { 'content-type': 'application/json' })
          .end(answered < 300 ? '{"accepted":1}' : '{"error":{}}');
        this.notify();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resolves once `check` holds (checked now and after every request); rejects after `timeoutMs` as a guard. */
  waitFor(description: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(
          new Error(
            `timed out waiting for ${description}; received: ${this.requests.map((r) => `${r.event.code}:${r.answered}`).join(', ')}`,
          ),
        );
      }, timeoutMs);
      const waiter = {
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Codes of the events that were accepted (2xx), in arrival order. */
  acceptedCodes(): string[] {
    return this.requests.filter((r) => r.answered < 300).map((r) => r.event.code);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    const ready = this.waiters.filter((w) => w.check());
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve();
  }
}
