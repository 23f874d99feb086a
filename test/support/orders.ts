import { createHmac, randomBytes } from 'node:crypto';
import type { HttpClient, HttpResponse } from './http-client';
import { expectError } from './onboarding';
import { shipmentBody } from './scenario';
import type { TestEnvironment } from './test-environment';
import { waitFor } from './wait-for';

/**
 * Helpers for the purchase-order suites: keys with their ids (history names the key that
 * acted), orders and shipments created over HTTP, paging through a list, and running many
 * requests at once.
 */

/** The tracking events of a sandbox journey, in order. */
export const JOURNEY = [
  'accepted',
  'departed_origin',
  'in_transit',
  'arrived_destination',
  'customs_cleared',
  'out_for_delivery',
  'delivered',
];

/** A shipment's statuses from creation to delivery when the carrier reports every milestone. */
export const SHIPMENT_PATH = [
  'documents_pending',
  'documents_ready',
  'handoff_booked',
  'handed_over',
  'in_transit',
  'arrived',
  'customs_cleared',
  'out_for_delivery',
  'delivered',
];

export interface HistoryEntry {
  from: string | null;
  to: string;
  at: string;
  actor: { role: string; keyId?: string };
  reason?: string;
}

export interface Keyed {
  client: HttpClient;
  keyId: string;
}

/** Mints a key over HTTP (admin) and keeps its id. */
export async function mintKeyWithId(env: TestEnvironment, body: Record<string, unknown>): Promise<Keyed> {
  const response = await env.admin.post('/v1/api-keys', { label: `test ${String(body.role)}`, ...body });
  if (response.status !== 201)
    throw new Error(`minting a key failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { client: env.api.as(response.body.key), keyId: response.body.id };
}

let referenceSeq = 0;
const referenceRun = randomBytes(3).toString('hex').toUpperCase();

/** A buyer reference unique across the run (buyerReference is unique per store: random ones collide at scale). */
export function uniqueReference(prefix = 'FRESHIPPO-PO'): string {
  referenceSeq += 1;
  return `${prefix}-${referenceRun}-${String(referenceSeq).padStart(6, '0')}`;
}

/** POST /v1/purchase-orders; throws unless 201. */
export async function createOrder(client: HttpClient, body: Record<string, unknown>): Promise<any> {
  const response = await client.post('/v1/purchase-orders', body);
  if (response.status !== 201)
    throw new Error(`creating an order failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** POST …/confirm; throws unless 200. */
export async function confirmOrder(exporter: HttpClient, orderId: string): Promise<any> {
  const response = await exporter.post(`/v1/purchase-orders/${orderId}/confirm`);
  if (response.status !== 200)
    throw new Error(`confirming ${orderId} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** POST …/shipments with `shipmentBody(quantity)` (or the body given); throws unless 201. */
export async function createShipment(
  exporter: HttpClient,
  orderId: string,
  body: Record<string, unknown> | number,
): Promise<any> {
  const response = await exporter.post(
    `/v1/purchase-orders/${orderId}/shipments`,
    typeof body === 'number' ? shipmentBody(body) : body,
  );
  if (response.status !== 201)
    throw new Error(`creating a shipment of ${orderId} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** GET a resource; throws unless 200. */
export async function fetchOk(client: HttpClient, path: string): Promise<any> {
  const response = await client.get(path);
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The sandbox carrier's bookings for one shipment (`reference` is the shipment id). */
export async function carrierBookings(env: TestEnvironment, shipmentId: string): Promise<any[]> {
  const response = await env.carrierSim.get(`/sandbox/bookings?reference=${shipmentId}`);
  if (response.status !== 200) throw new Error(`sandbox bookings: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.items;
}

/** Waits until the sandbox carrier shows every booking of the shipment (at least one) cancelled. */
export async function waitForBookingCancelled(env: TestEnvironment, shipmentId: string): Promise<any[]> {
  return waitFor(
    () => carrierBookings(env, shipmentId),
    (items) => items.length > 0 && items.every((b) => b.status === 'cancelled'),
    { what: `the carrier booking of ${shipmentId} to be cancelled` },
  );
}

export interface PageWalk<T = any> {
  items: T[];
  pages: { items: T[]; nextCursor: string | null }[];
}

/**
 * Follows `nextCursor` from the first page to the last; throws on a non-200 page or a walk
 * that never ends. `between` runs after each page is read and before the next is asked for.
 */
export async function listAll<T = any>(
  client: HttpClient,
  path: string,
  options: { limit?: number; between?: (pageNumber: number) => Promise<unknown>; maxPages?: number } = {},
): Promise<PageWalk<T>> {
  const pages: { items: T[]; nextCursor: string | null }[] = [];
  let cursor: string | null = null;
  const separator = path.includes('?') ? '&' : '?';
  for (;;) {
    const query = [
      ...(options.limit !== undefined ? [`limit=${options.limit}`] : []),
      ...(cursor !== null ? [`cursor=${encodeURIComponent(cursor)}`] : []),
    ].join('&');
    const response: HttpResponse = await client.get(query ? `${path}${separator}${query}` : path);
    if (response.status !== 200)
      throw new Error(`GET ${path} (cursor ${cursor}): ${response.status} ${JSON.stringify(response.body)}`);
    pages.push({ items: response.body.items, nextCursor: response.body.nextCursor });
    cursor = response.body.nextCursor;
    if (options.between) await options.between(pages.length);
    if (cursor === null) break;
    if (pages.length > (options.maxPages ?? 10_000)) throw new Error(`GET ${path}: more than ${pages.length} pages`);
  }
  return { items: pages.flatMap((p) => p.items), pages };
}

/** Runs `task(0 … count-1)` with at most `concurrency` at a time; results in index order. */
export async function inPool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Statuses and error codes of a batch of responses, counted: `{ "200": 1, "409 INVALID_STATE_TRANSITION": 19 }`. */
export function tally(responses: HttpResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of responses) {
    const key = r.status < 300 ? String(r.status) : `${r.status} ${r.body?.error?.code ?? '?'}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The `to` of each history entry, oldest first. */
export function path(history: HistoryEntry[]): string[] {
  return history.map((h) => h.to);
}

/**
 * A shipment body for several lines of 5 kg bags (like `shipmentBody`, which takes one SKU):
 * at most `perPackage` bags a parcel, one SKU a parcel, 5.28 kg gross a bag.
 */
export function packedShipment(
  lines: { sku: string; quantity: number }[],
  options: { perPackage?: number; lotNumber?: string; mode?: string } = {},
): Record<string, unknown> {
  const perPackage = options.perPackage ?? 5;
  const packages: Record<string, unknown>[] = [];
  for (const line of lines) {
    for (let done = 0; done < line.quantity; done += perPackage) {
      const quantity = Math.min(perPackage, line.quantity - done);
      packages.push({
        reference: `PKG-${packages.length + 1}`,
        grossWeightKg: (quantity * 5.28).toFixed(3),
        lengthCm: '60',
        widthCm: '40',
        heightCm: '40',
        contents: [{ sku: line.sku, quantity }],
      });
    }
  }
  return {
    lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity, lotNumber: options.lotNumber ?? 'GSH-2026-11-L07' })),
    packages,
    ...(options.mode ? { mode: options.mode } : {}),
  };
}

/** `409 INVALID_STATE_TRANSITION` in the contract's envelope, its details naming `from` and the action. */
export function expectTransitionRefused(response: HttpResponse, from: string, action: string): void {
  expectError(response, 409, 'INVALID_STATE_TRANSITION');
  expect(response.body.error.details).toContainEqual(expect.objectContaining({ from, action }));
}

/**
 * Pushes one tracking event as the carrier would: `POST /v1/carriers/:carrier/events`, signed
 * with that carrier's secret as the contract describes (`t=…,v1=HMAC-SHA256("t.rawBody")`).
 */
export async function pushCarrierEvent(
  env: TestEnvironment,
  input: { carrier: string; trackingNumber: string; code: string; occurredAt?: string },
): Promise<HttpResponse> {
  const pair = env.carrierSecrets.split(',').find((p) => p.startsWith(`${input.carrier}=`));
  if (!pair) throw new Error(`no secret for carrier ${input.carrier}`);
  const secret = pair.slice(input.carrier.length + 1);
  const rawBody = JSON.stringify({
    events: [
      {
        eventId: `test-${input.code}-${randomBytes(6).toString('hex')}`,
        trackingNumber: input.trackingNumber,
        code: input.code,
        occurredAt: input.occurredAt ?? new Date().toISOString(),
        location: 'Kigali, RW',
        description: `test event ${input.code}`,
      },
    ],
  });
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex');
  return env.api.send('POST', `/v1/carriers/${input.carrier}/events`, rawBody, {
    'content-type': 'application/json',
    'x-carrier-signature': `t=${t},v1=${v1}`,
  });
}
