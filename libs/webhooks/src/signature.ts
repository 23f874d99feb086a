import { createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** A new signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/**
 * What a subscription's secret is sealed for (its row, as the sealing migration has it): a
 * sealed secret copied onto another subscription does not open there.
 */
export function webhookSecretContext(subscriptionId: string): string {
  return `webhook_subscription:${subscriptionId}`;
}

/**
 * The Standard Webhooks signature header value for one message: `v1,` and the base64
 * HMAC-SHA256 of `id.timestamp.body` keyed with the secret's decoded bytes.
 */
export function signWebhook(input: { secret: string; messageId: string; timestamp: number; body: string }): string {
  const key = Buffer.from(
    input.secret.startsWith(SECRET_PREFIX) ? input.secret.slice(SECRET_PREFIX.length) : input.secret,
    'base64',
  );
  const mac = createHmac('sha256', key).update(`${input.messageId}.${input.timestamp}.${input.body}`).digest('base64');
  return `v1,${mac}`;
}
