import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { promisify } from 'node:util';
import { DomainError } from '@corridor/domain';
import { addressAllowed, classifyAddress } from './address-policy';

const lookupAll = promisify(dnsLookup) as (host: string, options: { all: true }) => Promise<LookupAddress[]>;

export interface TargetPolicy {
  /** `WEBHOOK_ALLOW_PRIVATE`: loopback and private networks allowed (tests, on-premise receivers). */
  allowPrivate: boolean;
  /** In production only `https` URLs are taken. */
  requireHttps: boolean;
}

/** The host of a URL as the resolver wants it: IPv6 literals without their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Checks a subscription URL before anything is stored: scheme, no credentials, and every
 * address its host resolves to. Link-local and metadata addresses are refused always; private
 * and loopback ones unless allowed. Delivery checks the address again at connect time (see
 * {@link guardedLookup}), so a host that later resolves elsewhere is still refused.
 */
export async function checkWebhookUrl(raw: string, policy: TargetPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw DomainError.validation('url', 'must be an absolute URL');
  }
  const schemes = policy.requireHttps ? ['https:'] : ['https:', 'http:'];
  if (!schemes.includes(url.protocol)) {
    throw DomainError.validation('url', policy.requireHttps ? 'must use https' : 'must use http or https');
  }
  if (url.username || url.password) throw DomainError.validation('url', 'must not carry credentials');
  if (url.hash) throw DomainError.validation('url', 'must not have a fragment');
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : await resolve(host);
  for (const address of addresses) {
    const verdict = classifyAddress(address);
    if (verdict === 'forbidden') {
      throw DomainError.validation(
        'url',
        `resolves to ${address}, a link-local or reserved address webhooks never target`,
      );
    }
    if (verdict === 'private' && !policy.allowPrivate) {
      throw DomainError.validation('url', `resolves to ${address}, a private or loopback address`);
    }
  }
  return url;
}

async function resolve(host: string): Promise<string[]> {
  try {
    const found = await lookupAll(host, { all: true });
    if (found.length === 0) throw new Error('no address');
    return found.map((a) => a.address);
  } catch {
    throw DomainError.validation('url', `host ${host} does not resolve`);
  }
}

/** Thrown at connect time when a webhook host resolves to an address it may not reach. */
export class TargetRefusedError extends Error {
  constructor(host: string, address: string) {
    super(`${host} resolved to ${address}, which webhooks may not reach`);
    this.name = 'TargetRefusedError';
  }
}

/**
 * A `lookup` for `http.request` that refuses addresses the policy forbids. The connection
 * goes to the very address checked here, which closes the DNS-rebinding gap between the
 * subscription check and delivery.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (
    hostname: string,
    options: { family?: number | string; all?: boolean },
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    dnsLookup(hostname, { ...options, all: true } as { all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '');
      const refused = addresses.find((a) => !addressAllowed(a.address, allowPrivate));
      if (refused) return callback(new TargetRefusedError(hostname, refused.address), '');
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      return callback(null, first.address, first.family);
    });
  };
}
