import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { addressAllowed } from './address-policy';
import { guardedLookup, hostOf, TargetRefusedError } from './webhook-target';

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
}

/** What one attempt came to: the receiver's status, or why there was none. */
export interface AttemptResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * Posts one webhook. Redirects are not followed (a 3xx is a failed attempt), the response body
 * is read and dropped, and the address is checked against the policy as the socket connects.
 * Never throws: every outcome is an {@link AttemptResult}.
 */
export function postWebhook(post: WebhookPost): Promise<AttemptResult> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number((process.hrtime.bigint() - started) / 1_000_000n);
  return new Promise((done) => {
    const deadline: { timer?: NodeJS.Timeout } = {};
    const resolve = (result: AttemptResult) => {
      clearTimeout(deadline.timer);
      done(result);
    };
    const url = new URL(post.url);
    const host = hostOf(url);
    if (isIP(host) && !addressAllowed(host, post.allowPrivate)) {
      resolve({ statusCode: null, error: new TargetRefusedError(host, host).message, durationMs: elapsed() });
      return;
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: 'POST',
        headers: {
          ...post.headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(post.body)),
          'user-agent': 'Corridor-Webhooks/1',
        },
        lookup: guardedLookup(post.allowPrivate),
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ statusCode: res.statusCode ?? null, error: null, durationMs: elapsed() }));
        res.on('error', (error) =>
          resolve({ statusCode: res.statusCode ?? null, error: error.message, durationMs: elapsed() }),
        );
      },
    );
    // One deadline for the whole exchange, so a receiver that trickles its answer cannot hold a worker.
    deadline.timer = setTimeout(() => req.destroy(new Error(`no answer within ${post.timeoutMs} ms`)), post.timeoutMs);
    req.on('error', (error) => resolve({ statusCode: null, error: error.message, durationMs: elapsed() }));
    req.end(post.body);
  });
}
