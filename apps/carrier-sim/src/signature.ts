import { createHmac, timingSafeEqual } from 'node:crypto';

/** The value of `X-Carrier-Signature` for `rawBody` sent at `timestamp` (unix seconds). */
export function signCarrierPayload(params: { secret: string; timestamp: number; rawBody: string }): string {
  const { secret, timestamp, rawBody } = params;
  const digest = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/** Splits a signature header into its timestamp and v1 digest; null when malformed. */
export function parseCarrierSignature(header: string): { timestamp: number; v1: string } | null {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header.trim());
  return match ? { timestamp: Number(match[1]), v1: match[2] } : null;
}

/**
 * Checks a signature the way a receiver should: the digest must match in constant time
 * and the timestamp must be within `toleranceSeconds` of `nowSeconds` (replay window).
 */
export function verifyCarrierSignature(params: {
  secret: string;
  header: string;
  rawBody: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): boolean {
  const parsed = parseCarrierSignature(params.header);
  if (!parsed) return false;
  if (Math.abs(params.nowSeconds - parsed.timestamp) > (params.toleranceSeconds ?? 300)) return false;
  const expected = signCarrierPayload({ secret: params.secret, timestamp: parsed.timestamp, rawBody: params.rawBody });
  const a = Buffer.from(expected);
  const b = Buffer.from(`t=${parsed.timestamp},v1=${parsed.v1}`);
  return a.length === b.length && timingSafeEqual(a, b);
}
