import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signatures older (or further in the future) than this are refused: replay protection. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.rawBody">`, as carriers sign their pushes. */
export function signCarrierPayload(
  secret: string,
  rawBody: string | Buffer,
  at = Math.floor(Date.now() / 1000),
): string {
  const mac = createHmac('sha256', secret).update(`${at}.`).update(rawBody).digest('hex');
  return `t=${at},v1=${mac}`;
}

/** Whether the header carries a valid, fresh signature of the raw body for this secret. */
export function verifyCarrierSignature(input: {
  secret: string;
  header: string | undefined;
  rawBody: Buffer;
  now?: number;
}): boolean {
  if (!input.header) return false;
  const parts = new Map(
    input.header.split(',').map((p) => {
      const at = p.indexOf('=');
      return [p.slice(0, at).trim(), p.slice(at + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  const now = input.now ?? Math.floor(Date.now() / 1000);
  if (!Number.isInteger(t) || Math.abs(now - t) > SIGNATURE_TOLERANCE_SECONDS || !/^[0-9a-f]{64}$/.test(v1))
    return false;
  const expected = createHmac('sha256', input.secret).update(`${t}.`).update(input.rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}
