import { Queue } from 'bullmq';
import { QUEUE_NAMES, redisOptionsFromUrl } from '@corridor/queue';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { expectError } from '../support/onboarding';
import { supplierSignUp } from '../support/scenario';

/**
 * The queue dashboard at /admin/queues, over HTTP against the built API: who may open it (a
 * console session or a Bearer staff or admin key), that it shows every queue of the registry,
 * and that staff only look while admin may act on jobs.
 */
describe('the queue dashboard', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  let staff: HttpClient;
  let staffKey: string;
  let buyer: HttpClient;
  let exporter: HttpClient;
  let queue: Queue;

  beforeAll(async () => {
    await env.start(['api']);
    staffKey = (await env.admin.post('/v1/api-keys', { role: 'staff', label: 'Amina' })).body.key;
    staff = env.api.as(staffKey);
    buyer = env.api.as((await env.admin.post('/v1/api-keys', { role: 'buyer', label: 'HQ' })).body.key);
    exporter = env.api.as((await env.api.post('/v1/suppliers', supplierSignUp())).body.apiKey);
    queue = new Queue(QUEUE_NAMES[0], { connection: redisOptionsFromUrl(env.env.REDIS_URL), prefix: env.queuePrefix });
  }, 120_000);

  afterAll(async () => {
    await queue?.close();
    await env.stop();
  });

  async function signIn(apiKey: string): Promise<string> {
    const response = await env.api.post('/v1/sessions', { apiKey });
    if (response.status !== 201) throw new Error(`sign-in failed: ${response.status}`);
    return (response.headers.get('set-cookie') ?? '').split(';')[0];
  }

  /** A job held back for an hour, so that only a promote moves it. */
  async function delayedJob(): Promise<string> {
    const job = await queue.add('dashboard.test', { note: 'held back' }, { delay: 3_600_000 });
    return job.id as string;
  }

  const promote = (jobId: string) => `/admin/queues/api/queues/${QUEUE_NAMES[0]}/${jobId}/promote`;

  it('answers 401 in the contract envelope without credentials', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const response = await env.api.get(path);
      expectError(response, 401, 'UNAUTHENTICATED');
    }
    expectError(await env.api.as('cor_staff_unknown').get('/admin/queues'), 401, 'UNAUTHENTICATED');
  });

  it('answers 403 to exporter and buyer keys', async () => {
    expectError(await exporter.get('/admin/queues'), 403, 'FORBIDDEN');
    expectError(await buyer.get('/admin/queues/api/queues'), 403, 'FORBIDDEN');
  });

  it('shows the dashboard page to staff and admin, by Bearer key or console session', async () => {
    for (const response of [
      await staff.get('/admin/queues'),
      await env.admin.get('/admin/queues'),
      await env.api.get('/admin/queues', { cookie: await signIn(staffKey) }),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.body).toContain('<html');
    }
  });

  it('serves the board’s scripts under the same access rule', async () => {
    const page = await staff.get('/admin/queues');
    const base = /<base href="([^"]+)"/.exec(page.body)?.[1] ?? '/admin/queues/';
    const src = /src="([^"]+\.js)"/.exec(page.body)?.[1] ?? '';
    const script = new URL(src, new URL(base, env.api.baseUrl)).pathname;
    expect(script).toMatch(/^\/admin\/queues\/static\/.+\.js$/);
    const loaded = await staff.get(script);
    expect(loaded.status).toBe(200);
    expect(loaded.headers.get('content-type')).toMatch(/javascript/);
    expectError(await env.api.get(script), 401, 'UNAUTHENTICATED');
  });

  it('lists every queue of the registry', async () => {
    const response = await staff.get('/admin/queues/api/queues');
    expect(response.status).toBe(200);
    const names = response.body.queues.map((q: { name: string }) => q.name).sort();
    expect(names).toEqual([...QUEUE_NAMES].sort());
  });

  it('gives staff the read-only board, and admin the whole one', async () => {
    const flags = (response: { body: { queues: Record<string, unknown>[] } }) => [
      ...new Set(response.body.queues.map((q) => JSON.stringify([q.readOnlyMode, q.allowRetries]))),
    ];
    expect(flags(await staff.get('/admin/queues/api/queues'))).toEqual([JSON.stringify([true, false])]);
    expect(flags(await env.admin.get('/admin/queues/api/queues'))).toEqual([JSON.stringify([false, true])]);
  });

  it('refuses staff a change to a job, and leaves the job as it was', async () => {
    const jobId = await delayedJob();
    const response = await staff.send('PUT', promote(jobId), '{}', { 'content-type': 'application/json' });
    expectError(response, 403, 'FORBIDDEN');
    expect(await (await queue.getJob(jobId))?.getState()).toBe('delayed');
    const clean = await staff.send('PUT', `/admin/queues/api/queues/${QUEUE_NAMES[0]}/clean/completed`, '{}', {
      'content-type': 'application/json',
    });
    expectError(clean, 403, 'FORBIDDEN');
  });

  it('lets admin promote a job, and clean a queue', async () => {
    const jobId = await delayedJob();
    const response = await env.admin.send('PUT', promote(jobId), '{}', { 'content-type': 'application/json' });
    expect(response.status).toBe(204);
    expect(await (await queue.getJob(jobId))?.getState()).toBe('waiting');
    const clean = await env.admin.send('PUT', `/admin/queues/api/queues/${QUEUE_NAMES[0]}/clean/completed`, '{}', {
      'content-type': 'application/json',
    });
    expect(clean.status).toBe(200);
  });

  it('refuses admin every change but retry, clean and promote: no job added by hand, no queue wiped', async () => {
    const json = { 'content-type': 'application/json' };
    const jobId = await delayedJob();
    const add = await env.admin.send(
      'POST',
      `/admin/queues/api/queues/${QUEUE_NAMES[0]}/add`,
      JSON.stringify({ name: 'supplier.verify', data: {} }),
      json,
    );
    expectError(add, 403, 'FORBIDDEN');
    const edit = await env.admin.send(
      'PATCH',
      `/admin/queues/api/queues/${QUEUE_NAMES[0]}/${jobId}/update-data`,
      JSON.stringify({ jobData: {} }),
      json,
    );
    expectError(edit, 403, 'FORBIDDEN');
    for (const path of ['obliterate', 'empty', 'pause']) {
      const response = await env.admin.send('PUT', `/admin/queues/api/queues/${QUEUE_NAMES[0]}/${path}`, '{}', json);
      expectError(response, 403, 'FORBIDDEN');
    }
    const job = await queue.getJob(jobId);
    expect({ state: await job?.getState(), data: job?.data }).toEqual({
      state: 'delayed',
      data: { note: 'held back' },
    });
    expect(await queue.count()).toBeGreaterThan(0);
    expect(await queue.isPaused()).toBe(false);
  });

  it('takes a change on an admin session from the same origin only', async () => {
    const cookie = await signIn(env.adminKey);
    const jobId = await delayedJob();
    const json = { 'content-type': 'application/json', cookie };
    expectError(await env.api.send('PUT', promote(jobId), '{}', json), 403, 'FORBIDDEN');
    expectError(
      await env.api.send('PUT', promote(jobId), '{}', { ...json, origin: 'https://elsewhere.example' }),
      403,
      'FORBIDDEN',
    );
    expect(await (await queue.getJob(jobId))?.getState()).toBe('delayed');
    const origin = new URL(env.api.baseUrl).origin;
    expect((await env.api.send('PUT', promote(jobId), '{}', { ...json, origin })).status).toBe(204);
    expect(await (await queue.getJob(jobId))?.getState()).toBe('waiting');
  });
});
