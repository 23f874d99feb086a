import { createHmac } from 'node:crypto';
import { parseCarrierSignature, signCarrierPayload, verifyCarrierSignature } from './signature';

describe('carrier signature', () => {
  const secret = 'sandbox-express-secret';
  const rawBody = '{"events":[{"eventId":"b-1","code":"accepted"}]}';

  it('is t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.rawBody">', () => {
    const header = signCarrierPayload({ secret, timestamp: 1795000000, rawBody });
    const expected = createHmac('sha256', secret).update(`1795000000.${rawBody}`).digest('hex');
    expect(header).toBe(`t=1795000000,v1=${expected}`);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it('parses its own header back', () => {
    const header = signCarrierPayload({ secret, timestamp: 42, rawBody });
    expect(parseCarrierSignature(header)).toEqual({ timestamp: 42, v1: header.slice('t=42,v1='.length) });
    expect(parseCarrierSignature('v1=abc')).toBeNull();
  });

  it('verifies only the same secret, body and a fresh timestamp', () => {
    const header = signCarrierPayload({ secret, timestamp: 1000, rawBody });
    expect(verifyCarrierSignature({ secret, header, rawBody, nowSeconds: 1010 })).toBe(true);
    expect(verifyCarrierSignature({ secret: 'other', header, rawBody, nowSeconds: 1010 })).toBe(false);
    expect(verifyCarrierSignature({ secret, header, rawBody: `${rawBody} `, nowSeconds: 1010 })).toBe(false);
    expect(verifyCarrierSignature({ secret, header, rawBody, nowSeconds: 1000 + 301 })).toBe(false);
  });
});
