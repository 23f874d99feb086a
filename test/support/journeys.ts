import { randomBytes } from 'node:crypto';
import { signCarrierPayload } from '@corridor/tracking';
import type { HttpClient, HttpResponse } from './http-client';
import { confirmOrder, createOrder, createShipment, fetchOk, packedShipment, uniqueReference } from './orders';
import { CHILI_PRODUCT } from './scenario';
import type { TestEnvironment } from './test-environment';
import { waitFor } from './wait-for';

/**
 * Helpers for the carrier journey suites: one order and one shipment per carrier run, the
 * sandbox's fault switch, and carrier pushes signed with a chosen secret and timestamp.
 */

/** The sandbox carriers by shipment mode. */
export const CARRIER_OF_MODE = { postal: 'iposita-ems', courier: 'express', air_cargo: 'air-cargo' } as const;
export type Mode = keyof typeof CARRIER_OF_MODE;
export type CarrierCode = (typeof CARRIER_OF_MODE)[Mode];

/** A unit price used nowhere else, so finding it (or a total made of it) in a public answer is a leak. */
export const UNIT_PRICE = '31.75';
export const BAGS = 10;

/** What one journey run created: the ids and private facts the public answer must never show. */
export interface Run {
  mode: Mode;
  orderId: string;
  shipmentId: string;
  buyerReference: string;
  lotNumber: string;
  trackingNumber: string;
  carrier: string;
}

/**
 * A buyer's order of `BAGS` bags, confirmed by the exporter, shipped whole by `mode` (so the
 * order rolls up to delivered with this one shipment), waited for until the carrier booked
 * it. The drop-off desk (a DropoffClerk) takes it from there.
 */
export async function bookedRun(input: {
  buyer: HttpClient;
  exporter: HttpClient;
  supplierId: string;
  mode: Mode;
  /** Called with the new shipment's id before it is booked (to hold it back from the drop-off desk). */
  beforeBooking?: (shipmentId: string) => void;
}): Promise<Run> {
  const buyerReference = uniqueReference('FRESHIPPO-CARRIERS');
  const lotNumber = `LOT-${randomBytes(4).toString('hex').toUpperCase()}`;
  const order = await createOrder(input.buyer, {
    storeCode: 'FS-SHA-001',
    supplierId: input.supplierId,
    buyerReference,
    currency: 'USD',
    incoterm: 'CPT',
    namedPlace: 'Shanghai Pudong (PVG)',
    requestedDeliveryDate: new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10),
    lines: [{ sku: CHILI_PRODUCT.sku, quantity: BAGS, unitPrice: UNIT_PRICE }],
  });
  await confirmOrder(input.exporter, order.id);
  const shipment = await createShipment(
    input.exporter,
    order.id,
    packedShipment([{ sku: CHILI_PRODUCT.sku, quantity: BAGS }], { lotNumber, mode: input.mode }),
  );
  input.beforeBooking?.(shipment.id);
  expect(shipment.mode).toBe(input.mode);
  // Booked means a tracking number; the drop-off desk and the carrier may already have moved it on.
  const booked = await waitFor(
    () => fetchOk(input.exporter, `/v1/shipments/${shipment.id}`),
    (s) => s.trackingNumber !== null && s.carrier !== null,
    { what: `shipment ${shipment.id} to be booked with a carrier` },
  );
  return {
    mode: input.mode,
    orderId: order.id,
    shipmentId: shipment.id,
    buyerReference,
    lotNumber,
    trackingNumber: booked.trackingNumber,
    carrier: booked.carrier,
  };
}

/** `PUT /sandbox/faults`: replaces the sandbox's whole fault configuration (`{}` = none). */
export async function setFaults(env: TestEnvironment, config: Record<string, unknown>): Promise<void> {
  const response = await env.carrierSim.send('PUT', '/sandbox/faults', JSON.stringify(config), {
    'content-type': 'application/json',
  });
  if (response.status !== 200)
    throw new Error(`PUT /sandbox/faults: ${response.status} ${JSON.stringify(response.body)}`);
}

/** The secret Corridor holds for a carrier (the environment's `CARRIER_SECRETS`). */
export function carrierSecret(env: TestEnvironment, carrier: string): string {
  const pair = env.carrierSecrets.split(',').find((p) => p.startsWith(`${carrier}=`));
  if (!pair) throw new Error(`no secret for carrier ${carrier}`);
  return pair.slice(carrier.length + 1);
}

/** Pushes one event as a carrier would, signed with `secret` at unix time `at`. */
export function pushSigned(
  env: TestEnvironment,
  input: { carrier: string; trackingNumber: string; code: string; secret: string; at: number },
): Promise<HttpResponse> {
  const rawBody = JSON.stringify({
    events: [
      {
        eventId: `forged-${input.code}-${randomBytes(6).toString('hex')}`,
        trackingNumber: input.trackingNumber,
        code: input.code,
        occurredAt: new Date().toISOString(),
        location: 'Kigali, RW',
        description: 'parcel lost',
      },
    ],
  });
  return env.api.send('POST', `/v1/carriers/${input.carrier}/events`, rawBody, {
    'content-type': 'application/json',
    'x-carrier-signature': signCarrierPayload(input.secret, rawBody, input.at),
  });
}

/** The open (and claimed) tasks about a shipment, as staff see them. */
export async function openTasks(staff: HttpClient, shipmentId: string): Promise<{ id: string; type: string }[]> {
  const items: { id: string; type: string; status: string }[] = [];
  for (const status of ['open', 'claimed']) {
    items.push(...(await fetchOk(staff, `/v1/tasks?subjectId=${shipmentId}&status=${status}`)).items);
  }
  return items.map((t) => ({ id: t.id, type: t.type })).sort((a, b) => a.id.localeCompare(b.id));
}

/** Waits for an open task of `type` about the shipment and returns it. */
export async function waitForOpenTask(staff: HttpClient, type: string, shipmentId: string): Promise<any> {
  const response = await waitFor(
    () => staff.get(`/v1/tasks?type=${type}&subjectId=${shipmentId}&status=open`),
    (r) => r.status === 200 && r.body.items.length > 0,
    { what: `an open ${type} task for ${shipmentId}` },
  );
  return response.body.items[0];
}
