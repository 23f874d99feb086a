import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';

/**
 * Two API processes on one database and Redis, as when scaling out: a key revoked on one
 * stops working on the other at once, although each keeps resolved keys in memory, and the
 * public rate limit counts an address once across both.
 */
describe('API instances side by side', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '4' });
  let replica: HttpClient;

  beforeAll(async () => {
    await env.start(['api']);
    replica = await env.startApiReplica();
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  it('stops a revoked key on every instance at once', async () => {
    const minted = await env.admin.post('/v1/api-keys', { role: 'staff', label: 'to be revoked' });
    const onReplica = replica.as(minted.body.key);
    // Resolved, and so remembered, on both instances.
    expect((await env.api.as(minted.body.key).get('/v1/tasks')).status).toBe(200);
    expect((await onReplica.get('/v1/tasks')).status).toBe(200);

    expect((await env.admin.delete(`/v1/api-keys/${minted.body.id}`)).status).toBe(204);

    const deadline = Date.now() + 2000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) status = (await onReplica.get('/v1/tasks')).status;
    expect(status).toBe(401);
    expect((await env.api.as(minted.body.key).get('/v1/tasks')).status).toBe(401);
  });

  it('counts public requests of one address across instances', async () => {
    const statuses: number[] = [];
    for (const api of [env.api, replica, env.api, replica, replica])
      statuses.push((await api.get('/v1/tracking/EE000000005RW')).status);

    expect(statuses).toEqual([404, 404, 404, 404, 429]);
  });
});
