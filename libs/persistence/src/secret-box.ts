import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { AppConfig } from '@corridor/config';

/** What a sealed value starts with: the format, so a reader tells it from a plaintext left by an older release. */
const MARKER = 'sb1.';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Thrown when a sealed value does not open: another key, another context, or altered bytes. */
export class SecretBoxOpenError extends Error {
  constructor() {
    super('a sealed secret did not open: wrong key or context, or the stored value was altered');
    this.name = 'SecretBoxOpenError';
  }
}

/**
 * Encrypts secrets Corridor must keep but must not store in the clear (webhook signing secrets,
 * one-time secrets kept for idempotent replays): AES-256-GCM under a 32-byte key with a random
 * 96-bit nonce per value. A value is sealed for a context (such as the row it belongs to),
 * authenticated with it, so a sealed value copied to another row does not open there.
 * Sealed text is `sb1.` and base64url of nonce, ciphertext and tag.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** A box over a 32-byte key given in base64 (`SECRETS_KEY`); throws when it is not 32 bytes. */
  static fromBase64(key: string): SecretBox {
    const bytes = Buffer.from(key, 'base64');
    if (bytes.length !== KEY_BYTES) throw new Error(`a SecretBox key is ${KEY_BYTES} bytes, got ${bytes.length}`);
    return new SecretBox(bytes);
  }

  /**
   * The box over `SECRETS_KEY`. Throws, naming the variable, when it is unset: `npm start`
   * generates one, production requires it (AppConfig refuses to boot without it there).
   */
  static fromConfig(config: Pick<AppConfig, 'secretsKey'>): SecretBox {
    if (!config.secretsKey) {
      throw new Error(
        'SECRETS_KEY is not set: npm start generates one into DATA_DIR/secrets.key; ' +
          'an API or worker started on its own needs it set (openssl rand -base64 32)',
      );
    }
    return SecretBox.fromBase64(config.secretsKey);
  }

  /** Whether `value` is in the sealed format (and so not a plaintext). */
  static isSealed(value: string): boolean {
    return value.startsWith(MARKER);
  }

  /**
   * A box under a key derived from this one with HKDF-SHA256 for one purpose and its inputs
   * (e.g. a caller's `Idempotency-Key`): what it seals opens only with the same derivation.
   */
  derive(input: { purpose: string; salt: string; info: string }): SecretBox {
    const derived = hkdfSync(
      'sha256',
      this.key,
      Buffer.from(input.salt, 'utf8'),
      Buffer.from(`corridor:${input.purpose}\n${input.info}`, 'utf8'),
      KEY_BYTES,
    );
    return new SecretBox(Buffer.from(derived));
  }

  /** Encrypts `plaintext` for `context` (authenticated, not secret); a new nonce each call. */
  seal(plaintext: string, context: string): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return MARKER + Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
  }

  /** The plaintext of a value {@link seal}ed for `context`; throws {@link SecretBoxOpenError} otherwise. */
  open(sealed: string, context: string): string {
    if (!SecretBox.isSealed(sealed)) throw new SecretBoxOpenError();
    const bytes = Buffer.from(sealed.slice(MARKER.length), 'base64url');
    if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new SecretBoxOpenError();
    const decipher = createDecipheriv(ALGORITHM, this.key, bytes.subarray(0, NONCE_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new SecretBoxOpenError();
    }
  }
}
