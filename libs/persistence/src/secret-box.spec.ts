import { randomBytes } from 'node:crypto';
import { SecretBox, SecretBoxOpenError } from './secret-box';

describe('SecretBox', () => {
  const key = randomBytes(32).toString('base64');
  const box = SecretBox.fromBase64(key);
  const secret = `whsec_${randomBytes(32).toString('base64')}`;

  it('opens what it sealed, for the same context', () => {
    expect(box.open(box.seal(secret, 'row:1'), 'row:1')).toBe(secret);
  });

  it('never holds the plaintext, and seals the same value differently each time (random nonce)', () => {
    const first = box.seal(secret, 'row:1');
    const second = box.seal(secret, 'row:1');

    expect(first).not.toContain(secret);
    expect(first).not.toContain(secret.slice('whsec_'.length));
    expect(first).not.toBe(second);
    expect(SecretBox.isSealed(first)).toBe(true);
    expect(SecretBox.isSealed(secret)).toBe(false);
  });

  it('does not open for another context, under another key, or once altered', () => {
    const sealed = box.seal(secret, 'row:1');
    const flipped = sealed.slice(0, -3) + (sealed.at(-3) === 'A' ? 'B' : 'A') + sealed.slice(-2);

    expect(() => box.open(sealed, 'row:2')).toThrow(SecretBoxOpenError);
    expect(() => SecretBox.fromBase64(randomBytes(32).toString('base64')).open(sealed, 'row:1')).toThrow(
      SecretBoxOpenError,
    );
    expect(() => box.open(flipped, 'row:1')).toThrow(SecretBoxOpenError);
    expect(() => box.open('sb1.', 'row:1')).toThrow(SecretBoxOpenError);
    expect(() => box.open(secret, 'row:1')).toThrow(SecretBoxOpenError);
  });

  it('derives keys (HKDF) that open only what the same derivation sealed', () => {
    const forKey = (idempotencyKey: string, scope = 'key:a') =>
      box.derive({ purpose: 'idempotent-replay', salt: idempotencyKey, info: scope });
    const sealed = forKey('sign-up-1').seal(secret, 'ctx');

    expect(forKey('sign-up-1').open(sealed, 'ctx')).toBe(secret);
    expect(() => forKey('sign-up-2').open(sealed, 'ctx')).toThrow(SecretBoxOpenError);
    expect(() => forKey('sign-up-1', 'key:b').open(sealed, 'ctx')).toThrow(SecretBoxOpenError);
    expect(() => box.open(sealed, 'ctx')).toThrow(SecretBoxOpenError);
  });

  it('wants a 32-byte key, and names SECRETS_KEY when the config has none', () => {
    expect(() => SecretBox.fromBase64(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => SecretBox.fromConfig({ secretsKey: undefined })).toThrow(/SECRETS_KEY/);
    expect(SecretBox.fromConfig({ secretsKey: key }).open(box.seal('x', 'c'), 'c')).toBe('x');
  });
});
