import { TestEnvironment } from '../support/test-environment';
import type { HttpResponse } from '../support/http-client';
import { expectError } from '../support/onboarding';
import { supplierSignUp } from '../support/scenario';

/** A signed-in browser: the cookie it was given and the CSRF token it was told. */
interface Browser {
  cookie: string;
  csrfToken: string;
  setCookie: string;
}

/**
 * Browser sessions of the staff console, over HTTP against the built apps: who may sign in,
 * the cookie's flags, the CSRF rule on changes, sign-out, revocation and idle expiry.
 */
describe('console sessions', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  let staffKey: string;
  let staffKeyId: string;
  let exporterKey: string;
  let buyerKey: string;

  beforeAll(async () => {
    await env.start(['api']);
    const staff = await env.admin.post('/v1/api-keys', { role: 'staff', label: 'Amina Uwimana' });
    staffKey = staff.body.key;
    staffKeyId = staff.body.id;
    const buyer = await env.admin.post('/v1/api-keys', { role: 'buyer', label: 'Freshippo HQ' });
    buyerKey = buyer.body.key;
    const signUp = await env.api.post('/v1/suppliers', supplierSignUp());
    if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${JSON.stringify(signUp.body)}`);
    exporterKey = signUp.body.apiKey;
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  async function mintStaffKey(label: string): Promise<{ keyId: string; key: string }> {
    const response = await env.admin.post('/v1/api-keys', { role: 'staff', label });
    if (response.status !== 201) throw new Error(`minting failed: ${response.status} ${JSON.stringify(response.body)}`);
    return { keyId: response.body.id, key: response.body.key };
  }

  async function signIn(apiKey: string): Promise<Browser> {
    const response = await env.api.post('/v1/sessions', { apiKey });
    if (response.status !== 201) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
    const setCookie = response.headers.get('set-cookie') ?? '';
    return { cookie: setCookie.split(';')[0], csrfToken: response.body.csrfToken, setCookie };
  }

  function as(browser: Browser, csrf = false): Record<string, string> {
    return { cookie: browser.cookie, ...(csrf ? { 'x-csrf-token': browser.csrfToken } : {}) };
  }

  async function sessionRows(): Promise<number> {
    const rows = await env.query<{ n: number }>('SELECT count(*)::int AS n FROM browser_session');
    return rows[0].n;
  }

  async function apiKeyRows(): Promise<number> {
    const rows = await env.query<{ n: number }>('SELECT count(*)::int AS n FROM api_key');
    return rows[0].n;
  }

  describe('signing in', () => {
    it('gives a staff key 201 with the CSRF token, an expiry and an HttpOnly, SameSite=Strict cookie', async () => {
      const before = Date.now();
      const response = await env.api.post('/v1/sessions', { apiKey: staffKey });
      expect(response.status).toBe(201);
      expect(Object.keys(response.body).sort()).toEqual(['csrfToken', 'expiresAt']);
      expect(response.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      const expiresAt = Date.parse(response.body.expiresAt);
      expect(expiresAt).toBeGreaterThan(before + 11 * 3600_000);
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + 12 * 3600_000 + 5_000);
      const setCookie = response.headers.get('set-cookie') ?? '';
      const [pair, ...attributes] = setCookie.split(';').map((part) => part.trim());
      expect(pair).toMatch(/^corridor_session=[A-Za-z0-9_-]{43}$/);
      expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
      // NODE_ENV=test: plain http on loopback, so no Secure flag (production sets it).
      expect(attributes).not.toContain('Secure');
    });

    it('stores only the hash of the session token', async () => {
      const browser = await signIn(staffKey);
      const token = browser.cookie.split('=')[1];
      const rows = await env.query<{ token_hash: string }>('SELECT token_hash FROM browser_session');
      expect(rows.map((r) => r.token_hash)).not.toContain(token);
      const dump = JSON.stringify(await env.query('SELECT * FROM browser_session'));
      expect(dump).not.toContain(token);
      expect(dump).not.toContain(browser.csrfToken);
    });

    it('signs the bootstrap admin key in', async () => {
      const browser = await signIn(env.adminKey);
      const current = await env.api.get('/v1/sessions/current', as(browser));
      expect(current.status).toBe(200);
      expect(current.body.actor).toEqual({ role: 'admin', keyId: expect.any(String), label: 'admin' });
    });

    it('refuses exporter keys with 403 and a message that says the console is for staff', async () => {
      const response = await env.api.post('/v1/sessions', { apiKey: exporterKey });
      expectError(response, 403, 'FORBIDDEN');
      expect(response.body.error.message).toBe('the console is for staff: exporter keys cannot sign in');
      expect(response.headers.get('set-cookie')).toBeNull();
    });

    it('refuses buyer keys with 403', async () => {
      const response = await env.api.post('/v1/sessions', { apiKey: buyerKey });
      expectError(response, 403, 'FORBIDDEN');
      expect(response.body.error.message).toBe('the console is for staff: buyer keys cannot sign in');
    });

    it('refuses an unknown key with 401, and a body without apiKey with 400', async () => {
      const before = await sessionRows();
      expectError(await env.api.post('/v1/sessions', { apiKey: 'cor_staff_not-a-key' }), 401, 'UNAUTHENTICATED');
      expectError(await env.api.post('/v1/sessions', {}), 400, 'VALIDATION_FAILED');
      expect(await sessionRows()).toBe(before);
    });
  });

  describe('using a session', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await signIn(staffKey);
    });

    it('tells who is signed in', async () => {
      const response = await env.api.get('/v1/sessions/current', as(browser));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        expiresAt: expect.any(String),
        csrfToken: browser.csrfToken,
        actor: { role: 'staff', keyId: staffKeyId, label: 'Amina Uwimana' },
      });
    });

    it('answers 401 on /v1/sessions/current without a session, even with a Bearer key', async () => {
      expectError(await env.api.get('/v1/sessions/current'), 401, 'UNAUTHENTICATED');
      expectError(await env.api.as(staffKey).get('/v1/sessions/current'), 401, 'UNAUTHENTICATED');
      expectError(
        await env.api.get('/v1/sessions/current', { cookie: 'corridor_session=forged-token-value' }),
        401,
        'UNAUTHENTICATED',
      );
    });

    it('opens any /v1 route a staff key may use, with the cookie alone', async () => {
      const tasks = await env.api.get('/v1/tasks', as(browser));
      expect(tasks.status).toBe(200);
      expect(tasks.body).toEqual({ items: expect.any(Array), nextCursor: null });
      expectError(await env.api.get('/v1/tasks'), 401, 'UNAUTHENTICATED');
    });

    it('keeps role limits: a staff session may not mint keys', async () => {
      expectError(
        await env.api.post('/v1/api-keys', { role: 'staff', label: 'x' }, as(browser, true)),
        403,
        'FORBIDDEN',
      );
    });
  });

  describe('CSRF', () => {
    let admin: Browser;

    beforeAll(async () => {
      admin = await signIn(env.adminKey);
    });

    it('refuses a change made with the cookie but without X-CSRF-Token, and changes nothing', async () => {
      const before = await apiKeyRows();
      const response = await env.api.post('/v1/api-keys', { role: 'staff', label: 'forged' }, as(admin));
      expectError(response, 403, 'FORBIDDEN');
      expect(response.body.error.message).toMatch(/X-CSRF-Token/);
      expect(await apiKeyRows()).toBe(before);
    });

    it('refuses a wrong X-CSRF-Token', async () => {
      const before = await apiKeyRows();
      const other = await signIn(staffKey);
      for (const token of ['wrong', other.csrfToken, `${admin.csrfToken}x`]) {
        const response = await env.api.post(
          '/v1/api-keys',
          { role: 'staff', label: 'forged' },
          { cookie: admin.cookie, 'x-csrf-token': token },
        );
        expectError(response, 403, 'FORBIDDEN');
      }
      expect(await apiKeyRows()).toBe(before);
    });

    it('carries out the change with the session’s X-CSRF-Token', async () => {
      const before = await apiKeyRows();
      const response = await env.api.post(
        '/v1/api-keys',
        { role: 'staff', label: 'made in the console' },
        as(admin, true),
      );
      expect(response.status).toBe(201);
      expect(response.body.label).toBe('made in the console');
      expect(await apiKeyRows()).toBe(before + 1);
    });

    it('lets a Bearer key win over a cookie, with no CSRF token needed', async () => {
      const exporterOverStaff = await env.api
        .as(exporterKey)
        .get('/v1/tasks', { cookie: (await signIn(staffKey)).cookie });
      expectError(exporterOverStaff, 403, 'FORBIDDEN');
      const bearer = await env.admin.post(
        '/v1/api-keys',
        { role: 'staff', label: 'by script' },
        { cookie: admin.cookie },
      );
      expect(bearer.status).toBe(201);
      expectError(
        await env.api.as('cor_admin_unknown').get('/v1/tasks', { cookie: admin.cookie }),
        401,
        'UNAUTHENTICATED',
      );
    });
  });

  describe('ending a session', () => {
    it('signs out with DELETE /v1/sessions/current: 204, the cookie cleared, the session gone', async () => {
      const browser = await signIn(staffKey);
      const before = await sessionRows();
      expectError(await env.api.delete('/v1/sessions/current', as(browser)), 403, 'FORBIDDEN');
      const response = await env.api.delete('/v1/sessions/current', as(browser, true));
      expect(response.status).toBe(204);
      const cleared = response.headers.get('set-cookie') ?? '';
      expect(cleared).toMatch(/^corridor_session=;/);
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
      expect(await sessionRows()).toBe(before - 1);
      expectError(await env.api.get('/v1/tasks', as(browser)), 401, 'UNAUTHENTICATED');
    });

    it('ends every session of a key the moment the key is revoked', async () => {
      const { keyId, key } = await mintStaffKey('leaving staff member');
      const [first, second] = [await signIn(key), await signIn(key)];
      expect((await env.api.get('/v1/tasks', as(first))).status).toBe(200);
      expect((await env.api.get('/v1/tasks', as(second))).status).toBe(200);
      expect((await env.admin.delete(`/v1/api-keys/${keyId}`)).status).toBe(204);
      expectError(await env.api.get('/v1/tasks', as(first)), 401, 'UNAUTHENTICATED');
      expectError(await env.api.get('/v1/sessions/current', as(second)), 401, 'UNAUTHENTICATED');
      const rows = await env.query('SELECT id FROM browser_session WHERE key_id = $1', [keyId]);
      expect(rows).toEqual([]);
    });

    it('ends the sessions on every API instance, not just the one that revoked the key', async () => {
      const replica = await env.startApiReplica();
      const { keyId, key } = await mintStaffKey('signed in on two instances');
      const browser = await signIn(key);
      expect((await replica.get('/v1/tasks', as(browser))).status).toBe(200);
      expect((await env.admin.delete(`/v1/api-keys/${keyId}`)).status).toBe(204);
      expectError(await replica.get('/v1/tasks', as(browser)), 401, 'UNAUTHENTICATED');
    });

    it('refuses a session whose key was revoked behind its back (a row left over is not enough)', async () => {
      const { keyId, key } = await mintStaffKey('revoked directly');
      const browser = await signIn(key);
      await env.query('UPDATE api_key SET revoked_at = now() WHERE id = $1', [keyId]);
      expectError(await env.api.get('/v1/tasks', as(browser)), 401, 'UNAUTHENTICATED');
    });

    it('ends a session after 12 hours idle', async () => {
      const browser = await signIn(staffKey);
      const id = await sessionIdOf(browser);
      await env.query(`UPDATE browser_session SET last_seen_at = now() - interval '12 hours 1 minute' WHERE id = $1`, [
        id,
      ]);
      expectError(await env.api.get('/v1/tasks', as(browser)), 401, 'UNAUTHENTICATED');
    });

    it('slides the idle limit while the session is used', async () => {
      const browser = await signIn(staffKey);
      const id = await sessionIdOf(browser);
      await env.query(
        `UPDATE browser_session SET last_seen_at = now() - interval '11 hours 50 minutes' WHERE id = $1`,
        [id],
      );
      const current: HttpResponse = await env.api.get('/v1/sessions/current', as(browser));
      expect(current.status).toBe(200);
      expect(Date.parse(current.body.expiresAt)).toBeGreaterThan(Date.now() + 11 * 3600_000);
      const [row] = await env.query<{ idle: number }>(
        `SELECT extract(epoch FROM now() - last_seen_at)::int AS idle FROM browser_session WHERE id = $1`,
        [id],
      );
      expect(row.idle).toBeLessThan(600);
    });

    it('ends the bootstrap admin key’s sessions when the API restarts with another ADMIN_API_KEY', async () => {
      const admin = await signIn(env.adminKey);
      const staff = await signIn(staffKey);
      await env.kill('api', 'SIGTERM');
      env.env.ADMIN_API_KEY = `${env.adminKey}-rotated`;
      await env.startApp('api');
      expectError(await env.api.get('/v1/tasks', as(admin)), 401, 'UNAUTHENTICATED');
      expect((await env.api.get('/v1/tasks', as(staff))).status).toBe(200);
    });

    async function sessionIdOf(browser: Browser): Promise<string> {
      const rows = await env.query<{ id: string }>(
        `SELECT id FROM browser_session WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [browser.cookie.split('=')[1]],
      );
      if (!rows[0]) throw new Error('no session row for the cookie');
      return rows[0].id;
    }
  });
});
