import { VARIABLES, type VariableName } from './variables';
import type { ValueOf } from './variable';
import { CARRIER_CODES } from '@corridor/domain';

/** `WEBHOOK_ATTEMPTS` → `webhookAttempts`: the name a variable has in {@link AppConfig}. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Lowercase<Head>}${Capitalize<CamelCase<Tail>>}`
  : Lowercase<S>;

/** Each variable's resolved value under its camelCase name. */
type Resolved = { readonly [K in VariableName as CamelCase<K>]: ValueOf<(typeof VARIABLES)[K]> };

/** What {@link AppConfig} holds: every variable, with the importer of record's two read as one. */
export type ConfigValues = Omit<Resolved, 'importerOfRecordName' | 'importerOfRecordAddress'> & {
  readonly importerOfRecord: { name: string; address: string };
};

/** Gives {@link AppConfig} one typed, readonly property per value, from the declarations. */
const ConfigValuesBase = class {
  constructor(values: ConfigValues) {
    Object.assign(this, values);
  }
} as new (values: ConfigValues) => ConfigValues;

/** Thrown when the environment does not validate; the message names each bad variable. */
export class ConfigValidationError extends Error {
  /** @param problems One line per bad variable, `NAME=<value as shown>: what is wrong`; a secret's value is not shown. */
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

/**
 * The validated configuration every app and lib reads; nothing else reads process.env. Each variable of
 * {@link VARIABLES} is a property under its camelCase name (`PORT` as `port`), typed by its declaration.
 */
export class AppConfig extends ConfigValuesBase {
  private constructor(values: ConfigValues) {
    super(values);
  }

  /** Validates a raw environment (process.env by default); throws {@link ConfigValidationError}. */
  static fromEnv(raw: Record<string, string | undefined> = process.env): AppConfig {
    const problems = (Object.keys(VARIABLES) as VariableName[]).flatMap((name) => {
      const value = raw[name];
      const found = value === undefined ? [] : VARIABLES[name].check(name, value);
      return found.length === 0 ? [] : [`${name}=${shown(name, value)}: ${found.join('; ')}`];
    });
    if (problems.length > 0) throw new ConfigValidationError(problems);
    const config = new AppConfig(resolve(raw));
    const missing = CARRIER_CODES.filter((code) => !config.carrierSecret(code));
    if (config.nodeEnv === 'production' && missing.length > 0) {
      throw new ConfigValidationError([
        `CARRIER_SECRETS must name a secret for ${missing.join(', ')} when NODE_ENV=production`,
      ]);
    }
    if (config.nodeEnv === 'production' && !config.secretsKey) {
      throw new ConfigValidationError([
        'SECRETS_KEY is required when NODE_ENV=production: 32 random bytes in base64 (openssl rand -base64 32)',
      ]);
    }
    return config;
  }

  /** Loads the environment or stops the process with a message naming each bad variable. */
  static loadOrExit(): AppConfig {
    try {
      return AppConfig.fromEnv();
    } catch (error) {
      if (error instanceof ConfigValidationError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(78); // EX_CONFIG
      }
      throw error;
    }
  }

  /** The secret of a carrier, or undefined: a carrier without one can neither be booked nor push events. */
  carrierSecret(code: string): string | undefined {
    return Object.hasOwn(this.carrierSecrets, code) ? this.carrierSecrets[code] : undefined;
  }
}

/** Each variable's value under its camelCase name, in declaration order so derived defaults can read theirs. */
function resolve(raw: Record<string, string | undefined>): ConfigValues {
  const byName = new Map<string, unknown>();
  const read = (name: string): unknown => {
    if (!byName.has(name)) throw new Error(`a default reads ${name}, which is not declared before it`);
    return byName.get(name);
  };
  for (const [name, declared] of Object.entries(VARIABLES)) byName.set(name, declared.resolve(raw[name], read));
  const values = Object.fromEntries(
    [...byName].map(([name, value]) => [camelCase(name), value]),
  ) as unknown as Resolved;
  const { importerOfRecordName, importerOfRecordAddress, ...rest } = values;
  return { ...rest, importerOfRecord: { name: importerOfRecordName, address: importerOfRecordAddress } };
}

function camelCase(name: string): string {
  return name.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** A refused value as the message shows it: a secret's only by its length. */
function shown(name: VariableName, value: string | undefined): string {
  if (VARIABLES[name].secret && value !== undefined) return `(hidden, ${value.length} characters)`;
  return JSON.stringify(value);
}
