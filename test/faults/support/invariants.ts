import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  purchaseOrderStateMachine,
  shipmentStateMachine,
  type PurchaseOrderStatus,
  type ShipmentStatus,
} from '@corridor/domain';
import type { FaultRig, Placement } from './fault-rig';

/** One row of the suite's table: what a scenario did and what it broke. */
export interface InvariantRow {
  scenario: string;
  orders: number;
  lost: number;
  duplicated: number;
  illegal: number;
  stuck: number;
  drainMs: number;
  /** Each violation found, in words, for the failure message. */
  findings: string[];
}

/**
 * Checks a scenario's orders straight from the database and the sandbox carrier:
 * - lost: an order answered 201 that is not stored, or a shipment created that is gone;
 * - duplicated: a shipment booked other than exactly once at the carrier, a document version
 *   written twice (same shipment, type, parcel and version, or same bytes twice), a second
 *   drop-off task, a tracking event recorded twice;
 * - illegal: a status change the state machines do not allow, a history that skips a step,
 *   an order stored although its create was answered 503, or a request answered a 5xx other
 *   than 503 (a fault must fail requests cleanly);
 * - stuck: a shipment not delivered, an unpublished outbox row, a job still active, waiting or
 *   delayed, a job that failed for good without a `failed_job` task.
 */
export async function checkInvariants(
  rig: FaultRig,
  input: { scenario: string; placement: Placement; drainMs: number },
): Promise<InvariantRow> {
  const { placement } = input;
  const findings: { kind: 'lost' | 'duplicated' | 'illegal' | 'stuck'; what: string }[] = [];
  const orderIds = placement.accepted.map((o) => o.orderId!);
  const shipmentIds = placement.accepted.flatMap((o) => (o.shipmentId ? [o.shipmentId] : []));
  const probe = rig.probe;

  const stored = new Set(
    (await probe.query<{ id: string }>(`SELECT id FROM purchase_order WHERE id = ANY($1::uuid[])`, [orderIds])).map(
      (r) => r.id,
    ),
  );
  for (const id of orderIds) if (!stored.has(id)) findings.push({ kind: 'lost', what: `order ${id} (201) not stored` });
  const phantoms = await probe.query<{ buyer_reference: string }>(
    `SELECT buyer_reference FROM purchase_order WHERE buyer_reference = ANY($1)`,
    [placement.refused],
  );
  for (const unclean of placement.unclean)
    findings.push({ kind: 'illegal', what: `a request failed uncleanly: ${unclean}` });
  for (const p of phantoms)
    findings.push({ kind: 'illegal', what: `order ${p.buyer_reference} stored although its create got 503` });

  const statuses = await probe.shipmentStatuses(shipmentIds);
  for (const id of shipmentIds) {
    const status = statuses.get(id);
    if (status === undefined) findings.push({ kind: 'lost', what: `shipment ${id} not stored` });
    else if (status !== 'delivered') findings.push({ kind: 'stuck', what: `shipment ${id} ${status}` });
  }

  const bookings = (await rig.env.carrierSim.get('/sandbox/bookings')).body.items as { reference: string }[];
  const booked = new Map<string, number>();
  for (const b of bookings) booked.set(b.reference, (booked.get(b.reference) ?? 0) + 1);
  for (const id of shipmentIds) {
    const n = booked.get(id) ?? 0;
    if (n !== 1) findings.push({ kind: n > 1 ? 'duplicated' : 'lost', what: `shipment ${id} booked ${n} times` });
  }

  for (const d of await probe.query<{ shipment_id: string; type: string; package_reference: string; n: number }>(
    `SELECT shipment_id, type, package_reference, version, count(*)::int AS n FROM shipment_document
     WHERE shipment_id = ANY($1::uuid[]) GROUP BY shipment_id, type, package_reference, version HAVING count(*) > 1`,
    [shipmentIds],
  ))
    findings.push({
      kind: 'duplicated',
      what: `document ${d.type}:${d.package_reference} of ${d.shipment_id} ×${d.n}`,
    });
  for (const d of await probe.query<{ shipment_id: string; type: string; package_reference: string; n: number }>(
    `SELECT shipment_id, type, package_reference, count(*)::int AS n FROM shipment_document
     WHERE shipment_id = ANY($1::uuid[]) GROUP BY shipment_id, type, package_reference, sha256 HAVING count(*) > 1`,
    [shipmentIds],
  ))
    findings.push({
      kind: 'duplicated',
      what: `document ${d.type}:${d.package_reference} of ${d.shipment_id}: same bytes in ${d.n} versions`,
    });
  for (const t of await probe.query<{ subject_id: string; n: number }>(
    `SELECT subject_id, count(*)::int AS n FROM task WHERE type = 'handoff_dropoff' AND subject_id = ANY($1)
     GROUP BY subject_id HAVING count(*) > 1`,
    [shipmentIds],
  ))
    findings.push({ kind: 'duplicated', what: `${t.n} drop-off tasks for ${t.subject_id}` });
  for (const e of await probe.query<{ shipment_id: string; event_id: string; n: number }>(
    `SELECT shipment_id, event_id, count(*)::int AS n FROM tracking_event WHERE shipment_id = ANY($1::uuid[])
     GROUP BY shipment_id, event_id HAVING count(*) > 1`,
    [shipmentIds],
  ))
    findings.push({ kind: 'duplicated', what: `tracking event ${e.event_id} of ${e.shipment_id} ×${e.n}` });

  const history = await probe.query<{
    aggregate_type: string;
    aggregate_id: string;
    from_status: string | null;
    to_status: string;
  }>(
    `SELECT aggregate_type, aggregate_id, from_status, to_status FROM status_history
     WHERE aggregate_id = ANY($1) ORDER BY at, id`,
    [[...orderIds, ...shipmentIds]],
  );
  const byAggregate = new Map<string, typeof history>();
  for (const row of history) byAggregate.set(row.aggregate_id, [...(byAggregate.get(row.aggregate_id) ?? []), row]);
  for (const id of [...orderIds, ...shipmentIds]) {
    const rows = byAggregate.get(id) ?? [];
    const machine = orderIds.includes(id) ? purchaseOrderStateMachine : shipmentStateMachine;
    if (rows.length === 0 || rows[0].from_status !== null) {
      findings.push({ kind: 'illegal', what: `${id}: history does not start from nothing` });
      continue;
    }
    rows.slice(1).forEach((row, i) => {
      const legal =
        row.from_status === rows[i].to_status &&
        (machine.targets(row.from_status as ShipmentStatus & PurchaseOrderStatus) as string[]).includes(row.to_status);
      if (!legal)
        findings.push({
          kind: 'illegal',
          what: `${row.aggregate_type} ${id}: ${rows[i].to_status} then ${row.from_status} → ${row.to_status}`,
        });
    });
  }

  for (const row of await probe.unpublishedOutbox())
    findings.push({ kind: 'stuck', what: `${row.n} unpublished outbox rows of ${row.job_name}` });
  const jobs = await probe.jobCounts();
  for (const state of ['active', 'wait', 'delayed', 'prioritized', 'waiting-children'])
    if (jobs[state] > 0) findings.push({ kind: 'stuck', what: `${jobs[state]} jobs ${state}` });
  const failedTasks = new Set(
    (await probe.query<{ subject_id: string }>(`SELECT subject_id FROM task WHERE type = 'failed_job'`)).map(
      (t) => t.subject_id,
    ),
  );
  for (const job of await probe.failedJobs())
    if (!failedTasks.has(`${job.queue}/${job.id}`))
      findings.push({
        kind: 'stuck',
        what: `job ${job.queue}/${job.id} failed without a failed_job task: ${job.reason}`,
      });

  const count = (kind: string) => findings.filter((f) => f.kind === kind).length;
  return {
    scenario: input.scenario,
    orders: orderIds.length,
    lost: count('lost'),
    duplicated: count('duplicated'),
    illegal: count('illegal'),
    stuck: count('stuck'),
    drainMs: input.drainMs,
    findings: findings.map((f) => `${f.kind}: ${f.what}`),
  };
}

/** The table as Markdown, as printed and as written to test-output/faults/invariants.md. */
export function invariantTable(rows: InvariantRow[]): string {
  const lines = [
    '| scenario | orders | lost | duplicated | illegal | stuck | time to drain |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.orders} | ${r.lost} | ${r.duplicated} | ${r.illegal} | ${r.stuck} | ${(r.drainMs / 1000).toFixed(1)} s |`,
    ),
    `| total | ${rows.reduce((n, r) => n + r.orders, 0)} | ${rows.reduce((n, r) => n + r.lost, 0)} | ${rows.reduce((n, r) => n + r.duplicated, 0)} | ${rows.reduce((n, r) => n + r.illegal, 0)} | ${rows.reduce((n, r) => n + r.stuck, 0)} | |`,
  ];
  return `${lines.join('\n')}\n`;
}

export function writeInvariantTable(rows: InvariantRow[]): string {
  const dir = resolve(__dirname, '..', '..', '..', 'test-output', 'faults');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'invariants.md');
  const findings = rows.flatMap((r) => r.findings.slice(0, 20).map((f) => `- ${r.scenario}: ${f}`));
  writeFileSync(
    file,
    `# Fault suite invariants\n\n${invariantTable(rows)}${findings.length ? `\n## Findings\n\n${findings.join('\n')}\n` : ''}`,
  );
  return file;
}
