import { isIn, isJSON, isURL } from 'class-validator';

/** A default that follows from another variable's value (declared before it), such as PUBLIC_URL from PORT. */
export interface Derived<T> {
  /** The variable whose value this default follows from. */
  readonly from: string;
  /** Computes the default from that variable's (resolved) value. */
  readonly derive: (value: never) => T;
}

/**
 * One configuration variable: what it means, how a set value is checked, and what it resolves to
 * (its default when unset). Built by {@link int}, {@link bool}, {@link oneOf}, {@link text},
 * {@link url}, {@link baseUrl}, {@link json} or {@link parsed}; the table of them is `VARIABLES`.
 */
export interface Variable<T> {
  /** What the variable sets, in a few words. */
  readonly doc: string;
  /** Its value is a secret: a refusal names the variable but never repeats the value. */
  readonly secret: boolean;
  /** The default as it is written in an environment; undefined when there is none or it is derived. */
  readonly defaultText: string | undefined;
  /** The default as the README states it, where that is not simply {@link defaultText}. */
  readonly shown: string | undefined;
  /** The problems with a set value, each a sentence naming the variable; none when it is valid. */
  check(name: string, raw: string): string[];
  /** The value of a valid setting, or the default when unset; `read` gives an earlier variable's value. */
  resolve(raw: string | undefined, read: (name: string) => unknown): T;
}

/** The type a variable resolves to. */
export type ValueOf<V> = V extends Variable<infer T> ? T : never;

/** Says what every variable declaration says besides its checks. */
interface Described {
  /** What the variable sets, in a few words. */
  doc: string;
  /** The default as the README states it, where that is not the value itself. */
  shown?: string;
  /** Refusals name the variable without its value. */
  secret?: boolean;
}

/** A declaration's value type: `T`, or `T | undefined` when it has no default. */
type Valued<T, O> = O extends { default: unknown } ? T : T | undefined;

/** The default of `from`'s value, computed by `derive`. */
export function from<A, T>(variable: string, derive: (value: A) => T): Derived<T> {
  return { from: variable, derive: derive as (value: never) => T };
}

function isDerived<T>(value: T | Derived<T> | undefined): value is Derived<T> {
  return typeof value === 'object' && value !== null && 'derive' in value;
}

/**
 * Builds a variable from its checks: `convert` turns the raw text into what `problems` checks
 * (and what the config holds), `blankIsUnset` makes an empty value count as unset.
 */
function variable<T>(options: {
  described: Described;
  default: T | Derived<T> | undefined;
  blankIsUnset?: boolean;
  convert: (raw: string) => unknown;
  problems: (name: string, value: unknown) => string[];
  finish?: (value: T) => T;
}): Variable<T> {
  const { described, blankIsUnset = false, convert, problems, finish = (value: T) => value } = options;
  const fallback = options.default;
  const unset = (raw: string | undefined): raw is undefined => raw === undefined || (blankIsUnset && raw === '');
  return {
    doc: described.doc,
    secret: described.secret ?? false,
    shown: described.shown,
    defaultText: fallback === undefined || isDerived(fallback) ? undefined : String(fallback),
    check: (name, raw) => (unset(raw) ? [] : problems(name, convert(raw))),
    resolve: (raw, read) => {
      if (!unset(raw)) return finish(convert(raw) as T);
      if (isDerived(fallback)) return finish(fallback.derive(read(fallback.from) as never));
      return fallback === undefined ? (undefined as T) : finish(fallback);
    },
  };
}

/** The refusal of a value that does not match `pattern`: `${name} ${message}`. */
function matching(pattern: RegExp | undefined, message: string | undefined) {
  return (name: string, value: unknown): string[] =>
    pattern && !pattern.test(String(value)) ? [`${name} ${message ?? `must match ${pattern}`}`] : [];
}

/** An integer from `min` to `max`; an empty value counts as unset. */
export function int<O extends Described & { min: number; max: number; default?: number | Derived<number> }>(
  options: O,
): Variable<Valued<number, O>> {
  const { min, max } = options;
  return variable<Valued<number, O>>({
    described: options,
    default: options.default as Valued<number, O> | undefined,
    blankIsUnset: true,
    convert: (raw) => (/^-?\d+$/.test(raw) ? Number(raw) : raw),
    problems: (name, value) => [
      ...(typeof value === 'number' && value <= max ? [] : [`${name} must not be greater than ${max}`]),
      ...(typeof value === 'number' && value >= min ? [] : [`${name} must not be less than ${min}`]),
      ...(typeof value === 'number' && Number.isInteger(value) ? [] : [`${name} must be an integer number`]),
    ],
  });
}

/** `true` or `false`; an empty value counts as unset. */
export function bool<O extends Described & { default?: boolean }>(options: O): Variable<Valued<boolean, O>> {
  return variable<Valued<boolean, O>>({
    described: options,
    default: options.default as Valued<boolean, O> | undefined,
    blankIsUnset: true,
    convert: (raw) => (raw === 'true' ? true : raw === 'false' ? false : raw),
    problems: (name, value) => (typeof value === 'boolean' ? [] : [`${name} must be a boolean value`]),
  });
}

/** One of `values`. */
export function oneOf<const V extends string, O extends Described & { default?: V | Derived<V> }>(
  options: O & { values: readonly V[] },
): Variable<Valued<V, O>> {
  const { values } = options;
  return variable<Valued<V, O>>({
    described: options,
    default: options.default as Valued<V, O> | undefined,
    convert: (raw) => raw,
    problems: (name, value) =>
      isIn(value, [...values]) ? [] : [`${name} must be one of the following values: ${values.join(', ')}`],
  });
}

/** Free text, or text matching `pattern` (refused with `${name} ${message}`). */
export function text<O extends Described & { default?: string; pattern?: RegExp; message?: string }>(
  options: O,
): Variable<Valued<string, O>> {
  return variable<Valued<string, O>>({
    described: options,
    default: options.default as Valued<string, O> | undefined,
    convert: (raw) => raw,
    problems: matching(options.pattern, options.message),
  });
}

/** The refusal of a value that is not a URL with one of `protocols`. */
function urlWith(protocols: string[]) {
  return (name: string, value: unknown): string[] =>
    isURL(String(value), { require_tld: false, require_protocol: true, protocols })
      ? []
      : [`${name} must be a URL address`];
}

/** A URL with one of `protocols`. */
export function url<O extends Described & { protocols: string[]; default?: string | Derived<string> }>(
  options: O,
): Variable<Valued<string, O>> {
  return variable<Valued<string, O>>({
    described: options,
    default: options.default as Valued<string, O> | undefined,
    convert: (raw) => raw,
    problems: urlWith(options.protocols),
  });
}

/** An http(s) URL other paths are joined to, so it is kept without trailing slashes. */
export function baseUrl(options: Described & { default: string | Derived<string> }): Variable<string> {
  return variable<string>({
    described: options,
    default: options.default,
    convert: (raw) => raw,
    problems: urlWith(['http', 'https']),
    finish: (value) => value.replace(/\/+$/, ''),
  });
}

/** A JSON object or array, kept as its text (refused with `${name} ${message}`). */
export function json<O extends Described & { message: string }>(options: O): Variable<string | undefined> {
  return variable<string | undefined>({
    described: options,
    default: undefined,
    convert: (raw) => raw,
    problems: (name, value) => (isJSON(value) ? [] : [`${name} ${options.message}`]),
  });
}

/**
 * Text matching `pattern` (refused with `${name} ${message}`), turned into a value by `parse`,
 * which also gets the default (or undefined) when the variable is unset.
 */
export function parsed<T>(
  options: Described & { pattern: RegExp; message: string; default?: string; parse: (raw: string | undefined) => T },
): Variable<T> {
  const variableOfText = text(options);
  return {
    ...variableOfText,
    resolve: (raw, read) => options.parse(variableOfText.resolve(raw, read)),
  };
}
