import { TestEnvironment } from '../support/test-environment';
import { supplierSignUp } from '../support/scenario';

/** Public routes are limited per client address (RATE_LIMIT_PUBLIC a minute); keyed routes are not. */
describe('rate limits on public routes', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '3' });

  beforeAll(async () => {
    await env.start(['api']);
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  it('answers 429 RATE_LIMITED with Retry-After once an address is over the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await env.api.get('/v1/tracking/EE000000005RW')).status);
    const limited = await env.api.get('/v1/tracking/EE000000005RW');

    expect(statuses).toEqual([404, 404, 404]);
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: 'RATE_LIMITED', requestId: limited.headers.get('x-request-id') });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('counts sign-ups against the same address and stores nothing when refused', async () => {
    const response = await env.api.post('/v1/suppliers', supplierSignUp());

    expect(response.status).toBe(429);
    expect(await env.query('SELECT id FROM supplier')).toEqual([]);
  });

  it('does not limit routes that need a key', async () => {
    for (let i = 0; i < 5; i++) expect((await env.admin.get('/v1/stores?limit=1')).status).toBe(200);
  });
});
