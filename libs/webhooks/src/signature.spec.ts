import { Webhook } from 'standardwebhooks';
import { newWebhookSecret, signWebhook } from './signature';

describe('signWebhook', () => {
  it('gives the Standard Webhooks reference signature for the reference message', () => {
    // The example of the Standard Webhooks specification and its reference libraries.
    expect(
      signWebhook({
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        messageId: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
        timestamp: 1614265330,
        body: '{"test": 2432232314}',
      }),
    ).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('is verified by the reference library with a fresh secret, and refused once the body changes', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: 'purchase_order.status_changed', data: { to: 'confirmed', zh: '盒马' } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': '0193a0f2-7c1e-7d6a-9f3b-2a1c5e8d4b6f',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook({ secret, messageId: '0193a0f2-7c1e-7d6a-9f3b-2a1c5e8d4b6f', timestamp, body }),
    };
    const receiver = new Webhook(secret);

    expect(receiver.verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => receiver.verify(body.replace('confirmed', 'cancelled'), headers)).toThrow();
  });

  it('makes secrets of 32 random bytes with the whsec_ prefix, never the same twice', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
