import { metricsAuthorized } from './metrics';

describe('who may read /metrics', () => {
  it('lets anyone in when no METRICS_TOKEN is set', () => {
    expect(metricsAuthorized(undefined, undefined)).toBe(true);
  });

  it('asks for exactly Bearer <METRICS_TOKEN> when one is set', () => {
    const token = 'scrape-token-0123456789';

    expect(metricsAuthorized(token, `Bearer ${token}`)).toBe(true);
    expect(metricsAuthorized(token, undefined)).toBe(false);
    expect(metricsAuthorized(token, token)).toBe(false);
    expect(metricsAuthorized(token, `Bearer ${token}x`)).toBe(false);
    expect(metricsAuthorized(token, ['Bearer a', 'Bearer b'])).toBe(false);
  });
});
