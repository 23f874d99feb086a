import { AppConfig } from '@corridor/config';
import { webhookDeliveryJobOptions } from './job-options';

/** How long after the first attempt the last retry comes: BullMQ waits delay × 2^(n-1) before retry n. */
function webhookRetrySpanMs(config: Pick<AppConfig, 'webhookAttempts' | 'webhookBackoffMs'>): number {
  const options = webhookDeliveryJobOptions(config as AppConfig);
  const delay = (options.backoff as { delay: number }).delay;
  return delay * (2 ** ((options.attempts ?? 1) - 1) - 1);
}

describe('webhook delivery retries', () => {
  it('keep trying for more than a day by default, with exponential backoff', () => {
    const config = AppConfig.fromEnv({});
    const options = webhookDeliveryJobOptions(config);

    expect(options.backoff).toEqual({ type: 'exponential', delay: 30_000 });
    expect(options.attempts).toBe(13);
    expect(webhookRetrySpanMs(config)).toBeGreaterThanOrEqual(24 * 3600 * 1000);
    expect(webhookRetrySpanMs(config)).toBeLessThan(48 * 3600 * 1000);
  });

  it('follow WEBHOOK_ATTEMPTS and WEBHOOK_BACKOFF_MS', () => {
    const config = AppConfig.fromEnv({ WEBHOOK_ATTEMPTS: '5', WEBHOOK_BACKOFF_MS: '100' });

    expect(webhookDeliveryJobOptions(config)).toMatchObject({ attempts: 5, backoff: { delay: 100 } });
    // 100 + 200 + 400 + 800 ms between the five attempts.
    expect(webhookRetrySpanMs(config)).toBe(1500);
  });

  it('are refused at boot when out of range', () => {
    expect(() => AppConfig.fromEnv({ WEBHOOK_ATTEMPTS: '0' })).toThrow(/WEBHOOK_ATTEMPTS/);
    expect(() => AppConfig.fromEnv({ WEBHOOK_BACKOFF_MS: 'soon' })).toThrow(/WEBHOOK_BACKOFF_MS/);
    expect(() => AppConfig.fromEnv({ WEBHOOK_TIMEOUT_MS: '10' })).toThrow(/WEBHOOK_TIMEOUT_MS/);
  });
});
