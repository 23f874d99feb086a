import { AppConfig, ConfigValidationError } from './app-config';

function configError(env: Record<string, string>): ConfigValidationError {
  try {
    AppConfig.fromEnv(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error;
    throw error;
  }
  throw new Error(`AppConfig.fromEnv accepted ${JSON.stringify(env)}`);
}

describe('AppConfig.fromEnv', () => {
  it('defaults PORT to 3000, PUBLIC_URL and CARRIER_SIM_URL to loopback on PORT and PORT + 1', () => {
    const config = AppConfig.fromEnv({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
    expect(config.carrierSimUrl).toBe('http://127.0.0.1:3001');
  });

  it('derives PUBLIC_URL and CARRIER_SIM_URL from a given PORT', () => {
    const config = AppConfig.fromEnv({ PORT: '4100' });
    expect(config.port).toBe(4100);
    expect(config.publicUrl).toBe('http://127.0.0.1:4100');
    expect(config.carrierSimUrl).toBe('http://127.0.0.1:4101');
  });

  it('keeps an explicit PUBLIC_URL and CARRIER_SIM_URL over the derived ones', () => {
    const config = AppConfig.fromEnv({
      PORT: '4100',
      PUBLIC_URL: 'https://corridor.example.rw/',
      CARRIER_SIM_URL: 'http://sim.internal:9000',
    });
    expect(config.publicUrl).toBe('https://corridor.example.rw');
    expect(config.carrierSimUrl).toBe('http://sim.internal:9000');
  });

  it('defaults the contract’s other settings', () => {
    const config = AppConfig.fromEnv({});
    expect(config.carrierSimStepMs).toBe(5000);
    expect(config.rateLimitPublic).toBe(60);
    expect(config.webhookAllowPrivate).toBe(false);
  });

  it('reads WEBHOOK_ALLOW_PRIVATE=true', () => {
    expect(AppConfig.fromEnv({ WEBHOOK_ALLOW_PRIVATE: 'true' }).webhookAllowPrivate).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '0'],
    ['PORT', '70000'],
    ['REDIS_URL', 'http://x'],
    ['DATABASE_URL', 'mysql://db/corridor'],
    ['CARRIER_SIM_STEP_MS', '-1'],
    ['RATE_LIMIT_PUBLIC', 'lots'],
    ['WEBHOOK_ALLOW_PRIVATE', 'maybe'],
    ['PUBLIC_URL', 'corridor.example.rw'],
  ])('refuses %s=%s with a ConfigValidationError naming the variable', (name, value) => {
    const error = configError({ [name]: value });
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect(error.message).toContain(name);
    expect(error.problems).toEqual([expect.stringMatching(new RegExp(`^${name}=`))]);
  });

  it('names every bad variable at once', () => {
    const error = configError({ PORT: 'abc', REDIS_URL: 'http://x' });
    expect(error.problems).toHaveLength(2);
    expect(error.message).toMatch(/PORT/);
    expect(error.message).toMatch(/REDIS_URL/);
  });
});

describe('TRUST_PROXY and CARRIER_SECRETS', () => {
  it('trusts no proxy by default, a hop count or a list of proxies when set', () => {
    expect(AppConfig.fromEnv({}).trustProxy).toBe(false);
    expect(AppConfig.fromEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(AppConfig.fromEnv({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).trustProxy).toBe('10.0.0.0/8,127.0.0.1');
  });

  it('refuses TRUST_PROXY=true, which would let any client pick its own address', () => {
    expect(configError({ TRUST_PROXY: 'true' }).message).toContain('TRUST_PROXY');
  });

  it('has no default carrier secret, and answers nothing for inherited names', () => {
    const config = AppConfig.fromEnv({ CARRIER_SECRETS: 'express=s3cret' });

    expect(config.carrierSecret('express')).toBe('s3cret');
    expect(config.carrierSecret('iposita-ems')).toBeUndefined();
    expect(config.carrierSecret('constructor')).toBeUndefined();
  });

  it('requires a secret for every carrier in production', () => {
    const error = configError({ NODE_ENV: 'production', CARRIER_SECRETS: 'express=s3cret' });

    expect(error.message).toContain('CARRIER_SECRETS');
    expect(error.message).toContain('iposita-ems');
  });

  it('requires SECRETS_KEY in production, without it refusing to boot with a message naming it', () => {
    const carriers = 'iposita-ems=a,express=b,air-cargo=c';
    const key = Buffer.alloc(32, 7).toString('base64');

    expect(configError({ NODE_ENV: 'production', CARRIER_SECRETS: carriers }).message).toMatch(
      /SECRETS_KEY is required when NODE_ENV=production/,
    );
    expect(AppConfig.fromEnv({ NODE_ENV: 'production', CARRIER_SECRETS: carriers, SECRETS_KEY: key }).secretsKey).toBe(
      key,
    );
    expect(AppConfig.fromEnv({ NODE_ENV: 'development' }).secretsKey).toBeUndefined();
  });

  it.each([
    ['too short', Buffer.alloc(16, 1).toString('base64')],
    ['too long', Buffer.alloc(33, 1).toString('base64')],
    ['not base64', `${'!'.repeat(43)}=`],
    ['unpadded', Buffer.alloc(32, 1).toString('base64').slice(0, 43)],
  ])('refuses a SECRETS_KEY that is %s, without showing it', (_, value) => {
    const error = configError({ SECRETS_KEY: value });

    expect(error.problems).toEqual([expect.stringMatching(/^SECRETS_KEY=\(hidden, \d+ characters\): .*32 bytes/)]);
    expect(error.message).not.toContain(value);
  });
});

describe('customs settings', () => {
  it('has SDR rates for every currency, overridden one by one', () => {
    expect(AppConfig.fromEnv({}).sdrRates).toEqual({ USD: '1.36', CNY: '9.70', RWF: '1950' });
    expect(AppConfig.fromEnv({ SDR_RATES: 'CNY=9.81' }).sdrRates).toEqual({ USD: '1.36', CNY: '9.81', RWF: '1950' });
  });

  it.each(['USD=', 'USD=1,36', 'EUR=1.2', 'USD=0.5;CNY=9', 'USD=-1'])('refuses SDR_RATES=%p', (value) => {
    expect(() => AppConfig.fromEnv({ SDR_RATES: value })).toThrow(/SDR_RATES/);
  });

  it('names Freshippo’s importer of record, from the environment when set', () => {
    expect(AppConfig.fromEnv({}).importerOfRecord.name).toContain('Hema');
    expect(
      AppConfig.fromEnv({ IMPORTER_OF_RECORD_NAME: 'Freshippo Import Co.', IMPORTER_OF_RECORD_ADDRESS: 'Hangzhou' })
        .importerOfRecord,
    ).toEqual({ name: 'Freshippo Import Co.', address: 'Hangzhou' });
    expect(() => AppConfig.fromEnv({ IMPORTER_OF_RECORD_NAME: 'x' })).toThrow(/IMPORTER_OF_RECORD_NAME/);
  });
});

describe('carrier and mode settings', () => {
  it('defaults the carrier timeout, postal value cap, courier weight and tracking poll', () => {
    const config = AppConfig.fromEnv({});

    expect(config.carrierTimeoutMs).toBe(10_000);
    expect(config.postalMaxParcelValueSdr).toBe(4000);
    expect(config.courierMaxParcelKg).toBe(70);
    expect(config.trackingPollIntervalMs).toBe(300_000);
    expect(config.trackingStaleAfterMs).toBe(7_200_000);
  });

  it('reads each from the environment', () => {
    const config = AppConfig.fromEnv({
      CARRIER_TIMEOUT_MS: '1500',
      POSTAL_MAX_PARCEL_VALUE_SDR: '300',
      COURIER_MAX_PARCEL_KG: '50',
      TRACKING_POLL_INTERVAL_MS: '1000',
      TRACKING_STALE_AFTER_MS: '2000',
    });

    expect(config.carrierTimeoutMs).toBe(1500);
    expect(config.postalMaxParcelValueSdr).toBe(300);
    expect(config.courierMaxParcelKg).toBe(50);
    expect(config.trackingPollIntervalMs).toBe(1000);
    expect(config.trackingStaleAfterMs).toBe(2000);
  });

  it.each([
    ['CARRIER_TIMEOUT_MS', '0'],
    ['CARRIER_TIMEOUT_MS', '10s'],
    ['POSTAL_MAX_PARCEL_VALUE_SDR', '-1'],
    ['POSTAL_MAX_PARCEL_VALUE_SDR', '4000.5'],
    ['COURIER_MAX_PARCEL_KG', '0'],
    ['COURIER_MAX_PARCEL_KG', 'heavy'],
    ['TRACKING_POLL_INTERVAL_MS', '5m'],
    ['TRACKING_STALE_AFTER_MS', '0'],
  ])('refuses %s=%p, naming it', (name, value) => {
    expect(configError({ [name]: value }).message).toContain(name);
  });
});

describe('operations settings', () => {
  it('leaves the worker listener off and /metrics open by default', () => {
    const config = AppConfig.fromEnv({});

    expect(config.workerPort).toBeUndefined();
    expect(config.metricsToken).toBeUndefined();
  });

  it('reads WORKER_PORT and METRICS_TOKEN', () => {
    const config = AppConfig.fromEnv({ WORKER_PORT: '3002', METRICS_TOKEN: 'scrape-token-0123456789' });

    expect(config.workerPort).toBe(3002);
    expect(config.metricsToken).toBe('scrape-token-0123456789');
  });

  it.each([
    ['WORKER_PORT', '0'],
    ['WORKER_PORT', 'http'],
    ['WORKER_PORT', '70000'],
    ['METRICS_TOKEN', 'short'],
    ['METRICS_TOKEN', 'has a space in the middle'],
  ])('refuses %s=%p, naming it', (name, value) => {
    expect(configError({ [name]: value }).message).toContain(name);
  });
});

describe('refusing a secret', () => {
  it.each([
    ['ADMIN_API_KEY', 'short secret'],
    ['METRICS_TOKEN', 'tiny'],
    ['CARRIER_SECRETS', 'express:s3cret-value'],
  ])('names %s without repeating its value', (name, value) => {
    const message = configError({ [name]: value }).message;

    expect(message).toContain(name);
    expect(message).not.toContain(value);
  });
});
