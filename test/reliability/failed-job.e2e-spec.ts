import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { approvedSupplier, completeTask, mintKey, orderBody, shipmentBody, waitForStatus } from '../support/scenario';
import { waitFor } from '../support/wait-for';

/**
 * A job that fails its last attempt becomes a `failed_job` task; staff choosing `retry` runs
 * it again. Here the carrier is down for good while a shipment waits to be booked.
 */
describe('a job that fails its last attempt', () => {
  const env = new TestEnvironment({ JOB_ATTEMPTS: '2', JOB_BACKOFF_MS: '100' });
  let staff: HttpClient;
  let exporter: HttpClient;
  let shipmentId: string;

  beforeAll(async () => {
    await env.start();
    staff = await mintKey(env, { role: 'staff' });
    const buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    let supplierId: string;
    ({ supplierId, exporter } = await approvedSupplier(env, staff));
    const order = await buyer.post('/v1/purchase-orders', orderBody(supplierId));
    await exporter.post(`/v1/purchase-orders/${order.body.id}/confirm`);
    await env.kill('carrier-sim');
    shipmentId = (await exporter.post(`/v1/purchase-orders/${order.body.id}/shipments`, shipmentBody(20))).body.id;
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  it('opens a failed_job task naming the job, and leaves the shipment where it was', async () => {
    const tasks = await waitFor(
      () => staff.get('/v1/tasks?type=failed_job&status=open'),
      (r) => r.status === 200 && r.body.items.length > 0,
      { what: 'a failed_job task' },
    );
    const task = tasks.body.items[0];

    expect(tasks.body.items).toHaveLength(1);
    expect(task).toMatchObject({ type: 'failed_job', allowedOutcomes: ['retry', 'discard'], subject: { kind: 'job' } });
    expect(task.data).toMatchObject({
      queue: 'handoff',
      jobName: 'handoff.book',
      attempts: 2,
      error: expect.any(String),
      subjects: { shipmentId },
    });
    expect(task.summary).toContain('handoff.book');
    expect((await exporter.get(`/v1/shipments/${shipmentId}`)).body.status).toBe('documents_ready');
  });

  it('runs the job again when staff choose retry, once the carrier is back', async () => {
    await env.startApp('carrier-sim');
    const task = (await staff.get('/v1/tasks?type=failed_job&status=open')).body.items[0];
    await completeTask(staff, { type: 'failed_job', subjectId: task.subject.id, outcome: 'retry' });

    const booked = await waitForStatus(exporter, `/v1/shipments/${shipmentId}`, 'handoff_booked');
    expect(booked.trackingNumber).toMatch(/^EE\d{9}RW$/);
    expect((await env.carrierSim.get(`/sandbox/bookings?reference=${shipmentId}`)).body.items).toHaveLength(1);
  });
});
