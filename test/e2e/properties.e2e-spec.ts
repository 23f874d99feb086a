import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { Client } from 'pg';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient, HttpResponse } from '../support/http-client';
import { completeTask, mintKey, supplierSignUp, uploadRequiredDocuments, waitForStatus } from '../support/scenario';

/**
 * Property-based tests of the supplier and product routes, against the built API over HTTP.
 * fast-check throws thousands of generated bodies at them: valid ones, valid ones with one to
 * three mutations (a field dropped, nulled, retyped, made huge, nested thousands deep, filled
 * with odd Unicode; an unknown field added), arbitrary JSON and bytes that are not JSON at all.
 *
 * Whatever the body, the API never answers 5xx, every refusal is the contract's error envelope,
 * and a refusal writes nothing. A small model of the contract (`judge…` below) says which bodies
 * the contract surely accepts or surely refuses; where it cannot tell (a value the contract is
 * silent on), only those invariants are checked.
 *
 * The seed is fixed so CI is deterministic; FC_SEED=<n> explores another part of the space and
 * FC_STATS=1 prints how the answers were spread.
 */

const SEED = Number(process.env.FC_SEED ?? 20261128);
const RUNS = { signUp: 1500, product: 1500, patch: 400 };

// ---------------------------------------------------------------------------------------------
// The contract, as data: what it says about each field, written by hand from api-contract.md.
// ---------------------------------------------------------------------------------------------

interface Base {
  optional?: boolean;
  /** null is not obviously wrong here (an optional field): the answer may go either way. */
  nullable?: boolean;
}
interface StringSpec extends Base {
  type: 'string';
  min?: number;
  max?: number;
  /** Outside these the contract is silent (no length named): either answer is fine. */
  softMin?: number;
  softMax?: number;
  pattern?: RegExp;
  /** Failing `pattern` but matching `loose` is not surely wrong (e.g. an unusual e-mail address). */
  loose?: RegExp;
  oneOf?: readonly string[];
  ignoreCase?: boolean;
}
interface NumberSpec extends Base {
  type: 'integer' | 'number';
  min?: number;
  max?: number;
  softMin?: number;
  softMax?: number;
}
interface ObjectSpec extends Base {
  type: 'object';
  fields: Record<string, Spec>;
}
interface ArraySpec extends Base {
  type: 'array';
  minItems: number;
  items: StringSpec;
}
type Spec = StringSpec | NumberSpec | ObjectSpec | ArraySpec;

const DISTRICTS = [
  ...['Gasabo', 'Kicukiro', 'Nyarugenge'],
  ...['Bugesera', 'Gatsibo', 'Kayonza', 'Kirehe', 'Ngoma', 'Nyagatare', 'Rwamagana'],
  ...['Burera', 'Gakenke', 'Gicumbi', 'Musanze', 'Rulindo'],
  ...['Gisagara', 'Huye', 'Kamonyi', 'Muhanga', 'Nyamagabe', 'Nyanza', 'Nyaruguru', 'Ruhango'],
  ...['Karongi', 'Ngororero', 'Nyabihu', 'Nyamasheke', 'Rubavu', 'Rusizi', 'Rutsiro'],
];
const SUPPLIER_TYPES = ['cooperative', 'company', 'sole_proprietor'];
const CATEGORIES = ['chili', 'coffee'];
const PACKAGING = ['bag', 'sack', 'carton', 'bottle', 'jar', 'box'];
const FORMS: Record<string, { category: string; subheading: string }> = {
  dried_whole: { category: 'chili', subheading: '090421' },
  dried_crushed: { category: 'chili', subheading: '090422' },
  chili_oil: { category: 'chili', subheading: '210390' },
  chili_paste: { category: 'chili', subheading: '210390' },
  green_beans: { category: 'coffee', subheading: '090111' },
  roasted_beans: { category: 'coffee', subheading: '090121' },
};
const SUBHEADINGS = [...new Set(Object.values(FORMS).map((f) => f.subheading))];

/** Plain addresses every validator agrees on; anything without an @ is surely not an address. */
const PLAIN_EMAIL = /^[a-z0-9]+(\.[a-z0-9]+)*@[a-z0-9]+(\.[a-z0-9]+)*\.[a-z]{2,6}$/;
/** "12.500": kg with up to 3 decimals; a huge or oddly written number is not surely wrong. */
const KG = /^\d{1,6}(\.\d{1,3})?$/;

const str = (spec: Omit<StringSpec, 'type'> = {}): StringSpec => ({ type: 'string', ...spec });
const int = (spec: Omit<NumberSpec, 'type'> = {}): NumberSpec => ({ type: 'integer', ...spec });
const num = (spec: Omit<NumberSpec, 'type'> = {}): NumberSpec => ({ type: 'number', ...spec });
const obj = (fields: Record<string, Spec>, spec: Base = {}): ObjectSpec => ({ type: 'object', fields, ...spec });

const SIGN_UP: ObjectSpec = obj({
  legalName: str({ min: 2, max: 200 }),
  tradingName: str({ optional: true, nullable: true, softMin: 1, softMax: 200 }),
  type: str({ oneOf: SUPPLIER_TYPES }),
  tin: str({ pattern: /^\d{9}$/ }),
  rdbRegistrationNumber: str({ min: 1, max: 40 }),
  district: str({ oneOf: DISTRICTS, ignoreCase: true }),
  address: str({ min: 1, max: 500 }),
  contact: obj({
    name: str({ softMin: 1, softMax: 200 }),
    email: str({ pattern: PLAIN_EMAIL, loose: /@/, softMax: 254 }),
    phone: str({ pattern: /^\+[1-9]\d{7,14}$/, loose: /^\+[1-9]\d{1,14}$/ }),
  }),
  categories: { type: 'array', minItems: 1, items: str({ oneOf: CATEGORIES }) },
});

/** PATCH takes any subset of the sign-up fields; only tradingName may plausibly be cleared with null. */
const SUPPLIER_PATCH: ObjectSpec = obj(
  Object.fromEntries(Object.entries(SIGN_UP.fields).map(([key, spec]) => [key, { ...spec, optional: true }])),
);

const ATTRIBUTES: Record<string, Record<string, Spec>> = {
  chili: {
    variety: str({ nullable: true, optional: true, softMin: 1, softMax: 200 }),
    heatScoville: int({ nullable: true, optional: true, softMin: 0, softMax: 3_000_000 }),
  },
  coffee: {
    process: str({ nullable: true, optional: true, oneOf: ['washed', 'natural', 'honey'] }),
    screenSize: int({ nullable: true, optional: true, min: 10, max: 20 }),
    cuppingScore: num({ nullable: true, optional: true, min: 0, max: 100 }),
    altitudeM: int({ nullable: true, optional: true, softMin: 0, softMax: 5000 }),
    washingStation: str({ nullable: true, optional: true, softMin: 1, softMax: 200 }),
  },
};

/** A product body; its attributes are those of its category (any other key is unknown). */
function productSpec(category: string): ObjectSpec {
  return obj({
    sku: str({ pattern: /^[A-Za-z0-9._-]{1,64}$/ }),
    name: obj({ en: str({ min: 1, softMax: 200 }), zh: str({ min: 1, softMax: 200 }) }),
    category: str({ oneOf: CATEGORIES }),
    form: str({ oneOf: Object.keys(FORMS) }),
    hsCode: str({ pattern: /^(\d{6}|\d{8}|\d{10})$/ }),
    botanicalName: str({ optional: true, nullable: true, softMin: 1, softMax: 200 }),
    packaging: str({ oneOf: PACKAGING }),
    unitNetWeightKg: str({ pattern: KG, loose: /^[\d.]+$/ }),
    unitGrossWeightKg: str({ pattern: KG, loose: /^[\d.]+$/ }),
    shelfLifeDays: int({ min: 1, softMax: 3650 }),
    attributes: obj(Object.hasOwn(ATTRIBUTES, category) ? ATTRIBUTES[category] : ATTRIBUTES.chili, {
      optional: true,
      nullable: true,
    }),
  });
}

type Verdict = { kind: 'valid' } | { kind: 'invalid'; why: string[] } | { kind: 'unsure'; why: string[] };

class Findings {
  readonly invalid: string[] = [];
  readonly unsure: string[] = [];

  verdict(): Verdict {
    if (this.invalid.length > 0) return { kind: 'invalid', why: this.invalid };
    if (this.unsure.length > 0) return { kind: 'unsure', why: this.unsure };
    return { kind: 'valid' };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
/** NUL, lone surrogates and variation selectors: text the contract never thought about. */
const ODD_CODE_POINTS = /[\u0000\uFE0E\uFE0F]|\p{Cs}/u;

function judge(spec: Spec, value: unknown, path: string, f: Findings): void {
  if (value === null) {
    (spec.nullable ? f.unsure : f.invalid).push(`${path} is null`);
    return;
  }
  switch (spec.type) {
    case 'object':
      if (!isObject(value)) return void f.invalid.push(`${path || 'the body'} is not an object`);
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(spec.fields, key)) f.invalid.push(`${at(path, key)} is not a known field`);
      }
      for (const [key, field] of Object.entries(spec.fields)) {
        if (!Object.hasOwn(value, key)) {
          if (!field.optional) f.invalid.push(`${at(path, key)} is missing`);
        } else judge(field, value[key], at(path, key), f);
      }
      return;
    case 'array': {
      if (!Array.isArray(value)) return void f.invalid.push(`${path} is not an array`);
      if (value.length < spec.minItems) f.invalid.push(`${path} has fewer than ${spec.minItems} items`);
      value.forEach((item, i) => judge(spec.items, item, `${path}[${i}]`, f));
      const strings = value.filter((v) => typeof v === 'string');
      if (new Set(strings).size !== strings.length) f.invalid.push(`${path} repeats an item`);
      return;
    }
    case 'integer':
    case 'number':
      if (typeof value !== 'number') return void f.invalid.push(`${path} is not a number`);
      if (spec.type === 'integer' && !Number.isInteger(value)) return void f.invalid.push(`${path} is not an integer`);
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
        return void f.invalid.push(`${path} is out of range`);
      }
      if (
        (spec.softMin !== undefined && value < spec.softMin) ||
        (spec.softMax !== undefined && value > spec.softMax)
      ) {
        f.unsure.push(`${path} is beyond what the contract names`);
      }
      return;
    case 'string': {
      if (typeof value !== 'string') return void f.invalid.push(`${path} is not a string`);
      if (spec.oneOf) {
        const fold = (s: string) => (spec.ignoreCase ? s.toLowerCase() : s);
        if (spec.oneOf.some((o) => fold(o) === fold(value))) return;
        if (spec.ignoreCase && spec.oneOf.some((o) => fold(o) === fold(value.trim()))) {
          return void f.unsure.push(`${path} is one of the values only once trimmed`);
        }
        return void f.invalid.push(`${path} is not one of the allowed values`);
      }
      if (spec.pattern && !spec.pattern.test(value)) {
        return void (spec.loose?.test(value) ? f.unsure : f.invalid).push(`${path} does not have the form asked for`);
      }
      const length = [...value].length;
      if (spec.min !== undefined && length < spec.min) return void f.invalid.push(`${path} is too short`);
      if (ODD_CODE_POINTS.test(value))
        return void f.unsure.push(`${path} holds NUL, a lone surrogate or a variation selector`);
      if (spec.max !== undefined && length > spec.max) return void f.invalid.push(`${path} is too long`);
      if (
        (spec.softMin !== undefined && length < spec.softMin) ||
        (spec.softMax !== undefined && length > spec.softMax)
      ) {
        f.unsure.push(`${path} has a length the contract does not name`);
      }
      return;
    }
  }
}

function judgeBody(spec: ObjectSpec, body: unknown): Findings {
  const f = new Findings();
  if (body === undefined) f.invalid.push('there is no body');
  else judge(spec, body, '', f);
  return f;
}

const kgToGrams = (kg: string) => {
  const [whole, fraction = ''] = kg.split('.');
  return Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
};

/** The product rules: form ↔ category ↔ HS subheading, net weight > 0, gross ≥ net. */
function judgeProduct(body: unknown): Verdict {
  const category = isObject(body) && typeof body.category === 'string' ? body.category : 'chili';
  const f = judgeBody(productSpec(category), body);
  if (!isObject(body)) return f.verdict();
  const { form, hsCode, unitNetWeightKg: net, unitGrossWeightKg: gross } = body;
  const rule = typeof form === 'string' && Object.hasOwn(FORMS, form) ? FORMS[form] : undefined;
  if (rule && CATEGORIES.includes(category) && rule.category !== category) f.invalid.push(`${form} is not ${category}`);
  if (rule && typeof hsCode === 'string' && /^\d+$/.test(hsCode) && !hsCode.startsWith(rule.subheading)) {
    f.invalid.push(`hsCode ${hsCode} is not under ${rule.subheading}`);
  }
  const netOk = typeof net === 'string' && KG.test(net);
  if (netOk && kgToGrams(net) === 0) f.invalid.push('unitNetWeightKg is 0');
  if (netOk && typeof gross === 'string' && KG.test(gross) && kgToGrams(gross) < kgToGrams(net)) {
    f.invalid.push('unitGrossWeightKg is below unitNetWeightKg');
  }
  return f.verdict();
}

const judgeSignUp = (body: unknown): Verdict => judgeBody(SIGN_UP, body).verdict();
/** No body at all, or `null`, changes nothing: refusing it or taking it as `{}` are both fair. */
const judgePatch = (body: unknown): Verdict =>
  body === undefined || body === null
    ? { kind: 'unsure', why: ['an empty PATCH'] }
    : judgeBody(SUPPLIER_PATCH, body).verdict();

// ---------------------------------------------------------------------------------------------
// Generators: valid bodies, mutations of them, arbitrary JSON, and bytes.
// ---------------------------------------------------------------------------------------------

/** Names in Kinyarwanda, French, English and Chinese, with an emoji or two. */
const LETTERS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...[' ', "'", '-', '&', '.', ',', 'é', 'è', 'ç', 'ü', 'ñ', 'Ø', 'ß', '干', '辣', '椒', '咖', '啡', '豆', '（', '）'],
  ...['🌶', '☕'],
];
const text = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...LETTERS), minLength, maxLength });

const signUpFields = {
  legalName: text(2, 80),
  tradingName: text(1, 60),
  type: fc.constantFrom(...SUPPLIER_TYPES),
  tin: fc.stringMatching(/^\d{9}$/),
  rdbRegistrationNumber: fc.stringMatching(/^[0-9A-Z/-]{1,40}$/),
  district: fc.mixedCase(fc.constantFrom(...DISTRICTS)),
  address: text(1, 120),
  contact: fc.record({
    name: text(1, 60),
    email: fc.stringMatching(/^[a-z0-9]{1,12}(\.[a-z0-9]{1,8})?@[a-z0-9]{1,12}\.(rw|com|cn|org)$/),
    phone: fc.stringMatching(/^\+[1-9]\d{7,14}$/),
  }),
  categories: fc.shuffledSubarray(CATEGORIES, { minLength: 1 }),
};
const validSignUp = fc.record(signUpFields, {
  requiredKeys: ['legalName', 'type', 'tin', 'rdbRegistrationNumber', 'district', 'address', 'contact', 'categories'],
});
const validPatch = fc.record(signUpFields, { requiredKeys: [] });

/** A weight in grams as kg: always 3 decimals, or with trailing zeros cut ("5", "5.2"). */
const formatKg = (grams: number, trim: boolean) => {
  const kg = `${Math.floor(grams / 1000)}.${String(grams % 1000).padStart(3, '0')}`;
  return trim ? kg.replace(/\.?0+$/, '') : kg;
};

const validProduct = fc
  .record({
    form: fc.constantFrom(...Object.keys(FORMS)),
    hsSuffix: fc.constantFrom('', '00', '10', '0000', '9090'),
    sku: fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/),
    name: fc.record({ en: text(1, 80), zh: text(1, 40) }),
    botanicalName: fc.option(text(1, 60), { nil: undefined }),
    packaging: fc.constantFrom(...PACKAGING),
    netGrams: fc.integer({ min: 1, max: 1_000_000 }),
    tareGrams: fc.integer({ min: 0, max: 50_000 }),
    trimKg: fc.boolean(),
    shelfLifeDays: fc.integer({ min: 1, max: 3650 }),
    chili: fc.record(
      { variety: text(1, 40), heatScoville: fc.integer({ min: 0, max: 2_000_000 }) },
      { requiredKeys: [] },
    ),
    coffee: fc.record(
      {
        process: fc.constantFrom('washed', 'natural', 'honey'),
        screenSize: fc.integer({ min: 10, max: 20 }),
        cuppingScore: fc.double({ min: 0, max: 100, noNaN: true }),
        altitudeM: fc.integer({ min: 0, max: 3000 }),
        washingStation: text(1, 40),
      },
      { requiredKeys: [] },
    ),
    withAttributes: fc.boolean(),
  })
  .map((g) => {
    const { category, subheading } = FORMS[g.form];
    return {
      sku: g.sku,
      name: g.name,
      category,
      form: g.form,
      hsCode: `${subheading}${g.hsSuffix}`,
      ...(g.botanicalName === undefined ? {} : { botanicalName: g.botanicalName }),
      packaging: g.packaging,
      unitNetWeightKg: formatKg(g.netGrams, g.trimKg),
      unitGrossWeightKg: formatKg(g.netGrams + g.tareGrams, g.trimKg),
      shelfLifeDays: g.shelfLifeDays,
      ...(g.withAttributes ? { attributes: category === 'chili' ? g.chili : g.coffee } : {}),
    };
  });

/**
 * One change to a body, as data so a counterexample reads as a recipe. `deep` and `long` are
 * built only when applied, to keep the printed counterexample short.
 */
type Mutation =
  | { op: 'drop'; path: string }
  | { op: 'null'; path: string }
  | { op: 'set'; path: string; value: unknown }
  | { op: 'unknown'; parent: string; key: string; value: unknown }
  | { op: 'long'; path: string; unit: string; times: number }
  | { op: 'deep'; path: string; depth: number; shape: 'array' | 'object' };

function fieldPaths(spec: ObjectSpec, prefix = ''): { fields: string[]; objects: string[] } {
  const fields: string[] = [];
  const objects = [prefix];
  for (const [key, field] of Object.entries(spec.fields)) {
    fields.push(at(prefix, key));
    if (field.type === 'object') {
      const inner = fieldPaths(field, at(prefix, key));
      fields.push(...inner.fields);
      objects.push(...inner.objects);
    }
  }
  return { fields, objects };
}

/** Strings the contract never asked for: control characters, bidi overrides, lone surrogates… */
const ODD_STRINGS = ['', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\u202eevil', '\ufeff', 'e\u0301', '🌶️'];
const TRICKY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'status', 'version'];

function mutations(paths: { fields: string[]; objects: string[] }, extra: fc.Arbitrary<Mutation>[] = []) {
  const path = fc.constantFrom(...paths.fields);
  const junk = fc.oneof(fc.anything({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }));
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constant('drop' as const), path }),
    fc.record({ op: fc.constant('null' as const), path }),
    // Arbitrary values of any type, JSON or not (undefined, NaN, -0 and Infinity meet JSON.stringify).
    fc.record({ op: fc.constant('set' as const), path, value: junk }),
    // Numbers and booleans where strings are expected, strings where numbers are.
    fc.record({
      op: fc.constant('set' as const),
      path,
      value: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.string({ maxLength: 8 }), fc.constant('365')),
    }),
    // Unicode of every plane, and a few known troublemakers.
    fc.record({
      op: fc.constant('set' as const),
      path,
      value: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...ODD_STRINGS)),
    }),
    // Long strings, around the contract's maximum lengths and far beyond them.
    fc.record({
      op: fc.constant('long' as const),
      path,
      unit: fc.constantFrom('x', 'é', '辣', '🌶', 'ab'),
      times: fc.oneof(fc.constantFrom(39, 40, 41, 64, 65, 199, 200, 201, 254, 255, 499, 500, 501), fc.nat(60_000)),
    }),
    // Arrays or objects nested thousands deep.
    fc.record({
      op: fc.constant('deep' as const),
      path,
      depth: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1000, max: 5000 })),
      shape: fc.constantFrom('array' as const, 'object' as const),
    }),
    fc.record({
      op: fc.constant('unknown' as const),
      parent: fc.constantFrom(...paths.objects),
      key: fc.oneof(fc.constantFrom(...TRICKY_KEYS), fc.string({ minLength: 1, maxLength: 12 })),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
    ...extra,
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
}

/** Rule-level changes to products: another subheading, category, weights that do not add up. */
const productRuleMutations: fc.Arbitrary<Mutation>[] = [
  fc.record({
    op: fc.constant('set' as const),
    path: fc.constant('hsCode'),
    value: fc.tuple(fc.constantFrom(...SUBHEADINGS), fc.constantFrom('', '00', '0000')).map(([s, x]) => s + x),
  }),
  fc.record({ op: fc.constant('set' as const), path: fc.constant('category'), value: fc.constantFrom(...CATEGORIES) }),
  fc.record({
    op: fc.constant('set' as const),
    path: fc.constantFrom('unitNetWeightKg', 'unitGrossWeightKg'),
    value: fc.constantFrom('0', '0.000', '0.001', '0.5', '1', '999999.999'),
  }),
];

/**
 * Nesting this deep is beyond JSON.stringify's own stack, so the body carries a placeholder that
 * `wire` replaces with the nested text.
 */
const DEEP = /"@@deep:(\d+):(array|object)@@"/g;
const deepPlaceholder = (depth: number, shape: 'array' | 'object') => `@@deep:${depth}:${shape}@@`;
const deepText = (depth: number, shape: string) =>
  shape === 'array'
    ? `${'['.repeat(depth)}"chili"${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}"chili"${'}'.repeat(depth)}`;

/** Applies one mutation in place; a path whose parent is gone or is not an object is left alone. */
function apply(body: unknown, m: Mutation): void {
  const path = m.op === 'unknown' ? m.parent : m.path;
  const segments = path === '' ? [] : path.split('.');
  const last = m.op === 'unknown' ? m.key : segments.pop()!;
  let parent: unknown = body;
  for (const segment of segments) {
    if (!isObject(parent)) return;
    if (parent[segment] === undefined && m.op !== 'drop' && m.op !== 'null') parent[segment] = {};
    parent = parent[segment];
  }
  if (!isObject(parent)) return;
  const value =
    m.op === 'drop'
      ? undefined
      : m.op === 'null'
        ? null
        : m.op === 'long'
          ? m.unit.repeat(m.times)
          : m.op === 'deep'
            ? deepPlaceholder(m.depth, m.shape)
            : m.value;
  if (m.op === 'drop') delete parent[last];
  // defineProperty: a key such as __proto__ must become a field, not the object's prototype.
  else Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
}

type Case =
  | { kind: 'valid'; body: Record<string, unknown>; reuse: number | null }
  | { kind: 'mutated'; body: Record<string, unknown>; reuse: number | null; mutations: Mutation[] }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array };

/** Valid bodies (a share reusing an existing natural key), mutated ones, and random input. */
function cases(valid: fc.Arbitrary<Record<string, unknown>>, mutation: fc.Arbitrary<Mutation[]>): fc.Arbitrary<Case> {
  const reuse = fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() });
  return fc.oneof(
    { weight: 20, arbitrary: fc.record({ kind: fc.constant('valid' as const), body: valid, reuse }) },
    {
      weight: 60,
      arbitrary: fc.record({ kind: fc.constant('mutated' as const), body: valid, reuse, mutations: mutation }),
    },
    {
      weight: 12,
      arbitrary: fc.record({
        kind: fc.constant('json' as const),
        value: fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.anything({ maxDepth: 4 })),
      }),
    },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('raw' as const), text: fc.string({ unit: 'binary' }) }) },
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 200 }) }),
    },
  );
}

const NOT_JSON = Symbol('not JSON');

/** What goes over the wire for a case, and what the server parses it to. */
function wire(c: Case, naturalKey: { field: string; taken: string[] }): { payload?: string | Buffer; parsed: unknown } {
  if (c.kind === 'bytes') return { payload: Buffer.from(c.bytes), parsed: NOT_JSON };
  if (c.kind === 'raw') {
    try {
      return { payload: c.text, parsed: JSON.parse(c.text) };
    } catch {
      return { payload: c.text, parsed: NOT_JSON };
    }
  }
  let value: unknown;
  if (c.kind === 'json') value = c.value;
  else {
    const body = structuredClone(c.body);
    if (c.reuse !== null && naturalKey.taken.length > 0) {
      body[naturalKey.field] = naturalKey.taken[c.reuse % naturalKey.taken.length];
    }
    if (c.kind === 'mutated') for (const m of c.mutations) apply(body, m);
    value = body;
  }
  const payload = JSON.stringify(value)?.replace(DEEP, (_, depth: string, shape: string) =>
    deepText(Number(depth), shape),
  );
  return payload === undefined ? { parsed: undefined } : { payload, parsed: JSON.parse(payload) };
}

// ---------------------------------------------------------------------------------------------
// What every answer must satisfy.
// ---------------------------------------------------------------------------------------------

const CODES_BY_STATUS: Record<number, string[]> = {
  400: ['VALIDATION_FAILED', 'BUSINESS_RULE_VIOLATED'],
  409: ['CONFLICT', 'INVALID_STATE_TRANSITION', 'IDEMPOTENCY_KEY_IN_USE'],
  413: ['PAYLOAD_TOO_LARGE'],
};

/** The contract's error envelope, exactly, with the request id of the header and nothing internal. */
function envelopeProblems(response: HttpResponse): string[] {
  const problems: string[] = [];
  const body = response.body;
  const error = isObject(body) ? body.error : undefined;
  if (!isObject(body) || Object.keys(body).join() !== 'error' || !isObject(error)) {
    return ['the body is not { error: {...} }'];
  }
  if (Object.keys(error).sort().join() !== 'code,details,message,requestId') {
    problems.push(`error has the keys ${Object.keys(error).sort().join()}`);
  }
  if (!(CODES_BY_STATUS[response.status] ?? []).includes(error.code as string)) {
    problems.push(`code ${String(error.code)} does not go with ${response.status}`);
  }
  if (typeof error.message !== 'string' || error.message.length === 0) problems.push('message is empty');
  if (!Array.isArray(error.details)) problems.push('details is not an array');
  if (error.requestId !== response.headers.get('x-request-id')) problems.push('requestId differs from X-Request-Id');
  if (/\n\s+at |node_modules|\.[jt]s:\d+|QueryFailedError|SELECT |INSERT /.test(response.raw.toString('utf8'))) {
    problems.push('the body leaks internals');
  }
  return problems;
}

/** The tables a request on these routes could write. */
const TABLES = [
  'supplier',
  'supplier_document',
  'product',
  'api_key',
  'outbox',
  'status_history',
  'task',
  'idempotency_key',
  'supplier_notification',
] as const;
type Counts = Record<(typeof TABLES)[number], number>;

function delta(before: Counts, after: Counts): Partial<Counts> {
  const changed: Partial<Counts> = {};
  for (const t of TABLES) if (after[t] !== before[t]) changed[t] = after[t] - before[t];
  return changed;
}

/** Tallies of what came back, to prove both sides of each property were exercised. */
class Tally {
  readonly byStatus = new Map<number, number>();
  readonly byVerdict = new Map<string, number>();

  add(status: number, verdict: Verdict): void {
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    this.byVerdict.set(verdict.kind, (this.byVerdict.get(verdict.kind) ?? 0) + 1);
  }

  count(status: number): number {
    return this.byStatus.get(status) ?? 0;
  }

  report(name: string): void {
    if (process.env.FC_STATS !== '1') return;
    const fmt = (m: Map<unknown, number>) => [...m].map(([k, n]) => `${String(k)}: ${n}`).join(', ');
    process.stdout.write(`${name}: statuses { ${fmt(this.byStatus)} }, verdicts { ${fmt(this.byVerdict)} }\n`);
  }
}

/**
 * What was sent, as it should read back. A lone surrogate cannot be written as UTF-8: the API
 * stores U+FFFD in its place (the contract is silent on ill-formed text; see the model's
 * "unsure"), so that is what is compared.
 */
function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\p{Cs}/gu, '\uFFFD');
  if (Array.isArray(value)) return value.map(wellFormed);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormed(v)]));
  return value;
}

/** A supplier answers back what was sent (district in its official spelling, categories sorted). */
function supplierEchoProblems(sent: Record<string, unknown>, answer: Record<string, unknown>): string[] {
  return Object.entries(wellFormed(sent) as Record<string, unknown>).flatMap(([key, value]) => {
    const same =
      key === 'district'
        ? String(answer.district).toLowerCase() === String(value).trim().toLowerCase()
        : key === 'categories'
          ? isDeepStrictEqual(answer.categories, [...(value as string[])].sort())
          : isDeepStrictEqual(answer[key], value);
    return same ? [] : [`${key} was sent as ${JSON.stringify(value)} but reads ${JSON.stringify(answer[key])}`];
  });
}

/** A product answers back what was sent (weights as grams: "5" and "5.000" are the same weight). */
function productEchoProblems(sent: Record<string, unknown>, answer: Record<string, unknown>): string[] {
  return Object.entries(wellFormed(sent) as Record<string, unknown>).flatMap(([key, value]) => {
    const same =
      key === 'unitNetWeightKg' || key === 'unitGrossWeightKg'
        ? kgToGrams(String(answer[key])) === kgToGrams(String(value))
        : key === 'attributes' && value === null
          ? isDeepStrictEqual(answer.attributes, {})
          : isDeepStrictEqual(answer[key], value);
    return same ? [] : [`${key} was sent as ${JSON.stringify(value)} but reads ${JSON.stringify(answer[key])}`];
  });
}

function describeFailure(problems: string[], sent: string | Buffer | undefined, verdict: Verdict, r: HttpResponse) {
  const shown = sent === undefined ? '(no body)' : String(sent).slice(0, 1500);
  return new Error(
    `${problems.join('; ')}\n  model: ${verdict.kind}${'why' in verdict ? ` (${verdict.why.slice(0, 5).join('; ')})` : ''}` +
      `\n  sent: ${shown}\n  answer: ${r.status} ${r.raw.toString('utf8').slice(0, 800)}`,
  );
}

const NOT_JSON_VERDICT: Verdict = { kind: 'invalid', why: ['not JSON'] };

/** The statuses a verdict allows, given whether the body's natural key (TIN, SKU) is already taken. */
function allowedStatuses(verdict: Verdict, success: number, keyTaken: boolean): number[] {
  if (verdict.kind === 'invalid') return [400];
  if (verdict.kind === 'valid') return [keyTaken ? 409 : success];
  return [keyTaken ? 409 : success, 400, 413];
}

/**
 * What holds for every answer: never a 5xx; a status the model allows; and anything but the
 * success status is the envelope, stored nothing, and a 409 names the natural key.
 */
function commonProblems(input: {
  verdict: Verdict;
  success: number;
  keyField: string;
  keyTaken: boolean;
  response: HttpResponse;
  changed: Partial<Counts>;
}): string[] {
  const { verdict, success, keyField, keyTaken, response, changed } = input;
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`answered ${response.status}`);
  const allowed = allowedStatuses(verdict, success, keyTaken);
  if (!allowed.includes(response.status)) {
    problems.push(`answered ${response.status}, the model allows ${allowed.join(' or ')}`);
  }
  if (response.status === success) return problems;
  if (Object.keys(changed).length > 0) problems.push(`a ${response.status} changed ${JSON.stringify(changed)}`);
  if (response.status < 500) problems.push(...envelopeProblems(response));
  const details: unknown = response.body?.error?.details;
  if (response.status === 409 && !(Array.isArray(details) && details.some((d) => d?.field === keyField))) {
    problems.push(`a 409 does not name ${keyField}`);
  }
  return problems;
}

describe('generated bodies on the supplier and product routes', () => {
  // Thousands of sign-ups come from one address here; the public rate limit is not under test.
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  let db: Client;
  let seller: { supplierId: string; exporter: HttpClient }; // approved, chili and coffee
  let draft: { supplierId: string; exporter: HttpClient; tin: string };
  /** TINs registered so far, and SKUs of `seller`: the natural keys a repeat must conflict on. */
  const tins = new Set<string>();
  const skus = new Set<string>();
  /** Set when a request had no answer: later runs would only wait, so they end at once. */
  let hung: Error | undefined;

  beforeAll(async () => {
    await env.start(['worker', 'api']);
    const staff = await mintKey(env, { role: 'staff' });
    const signUp = await env.api.post(
      '/v1/suppliers',
      supplierSignUp({ legalName: 'Huye Mountain Chili and Coffee Ltd', district: 'Huye', categories: CATEGORIES }),
    );
    if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${JSON.stringify(signUp.body)}`);
    seller = { supplierId: signUp.body.supplier.id, exporter: env.api.as(signUp.body.apiKey) };
    await uploadRequiredDocuments(seller.exporter, seller.supplierId);
    await seller.exporter.post(`/v1/suppliers/${seller.supplierId}/submit`);
    await waitForStatus(seller.exporter, `/v1/suppliers/${seller.supplierId}`, 'in_review');
    await completeTask(staff, { type: 'supplier_review', subjectId: seller.supplierId, outcome: 'approve' });
    await waitForStatus(seller.exporter, `/v1/suppliers/${seller.supplierId}`, 'approved');

    const draftBody = supplierSignUp({ legalName: 'Nyamasheke Coffee Company', district: 'Nyamasheke' });
    const draftSignUp = await env.api.post('/v1/suppliers', draftBody);
    if (draftSignUp.status !== 201) throw new Error(`sign-up failed: ${draftSignUp.status}`);
    draft = {
      supplierId: draftSignUp.body.supplier.id,
      exporter: env.api.as(draftSignUp.body.apiKey),
      tin: draftBody.tin as string,
    };

    // From here on only the requests under test write: with the worker stopped, nothing else does.
    await env.kill('worker');
    // Counting takes milliseconds; a count that waits longer fails the run instead of hanging it.
    db = new Client({ connectionString: env.env.DATABASE_URL, query_timeout: 10_000 });
    await db.connect();
    for (const row of (await db.query<{ tin: string }>('SELECT tin FROM supplier')).rows) tins.add(row.tin);
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await env.stop();
  });

  beforeEach(() => {
    if (hung) throw new Error(`not run: the API hung in an earlier property (${hung.message})`);
  });

  async function counts(): Promise<Counts> {
    const sql = `SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`;
    return (await db.query<Counts>(sql)).rows[0];
  }

  /** Sends a payload as JSON; no answer within 10 s means the API hung, which fails the property too. */
  async function send(client: HttpClient, method: 'POST' | 'PATCH', path: string, payload?: string | Buffer) {
    const request =
      payload === undefined
        ? method === 'POST'
          ? client.post(path)
          : client.patch(path)
        : client.send(method, path, payload, { 'content-type': 'application/json' });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const shown = payload === undefined ? '(no body)' : String(payload).slice(0, 1500);
        hung = new Error(`${method} ${path} had no answer within 10 s\n  sent: ${shown}`);
        reject(hung);
      }, 10_000);
    });
    try {
      return await Promise.race([request, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  it(`POST /v1/suppliers: ${RUNS.signUp} bodies, never a 5xx, a refusal stores nothing, a 201 one supplier`, async () => {
    const tally = new Tally();
    const property = fc.asyncProperty(cases(validSignUp, mutations(fieldPaths(SIGN_UP))), async (c) => {
      if (hung) return;
      const { payload, parsed } = wire(c, { field: 'tin', taken: [...tins] });
      const verdict = parsed === NOT_JSON ? NOT_JSON_VERDICT : judgeSignUp(parsed);
      if (c.kind === 'valid' && verdict.kind !== 'valid') throw new Error(`generator bug: ${JSON.stringify(verdict)}`);
      const tin = isObject(parsed) && typeof parsed.tin === 'string' ? parsed.tin : undefined;

      const before = await counts();
      const response = await send(env.api, 'POST', '/v1/suppliers', payload);
      const changed = delta(before, await counts());
      tally.add(response.status, verdict);

      const keyTaken = tin !== undefined && tins.has(tin);
      const problems = commonProblems({ verdict, success: 201, keyField: 'tin', keyTaken, response, changed });
      if (response.status === 201) {
        // One supplier and its exporter key; its first history entry is not counted here.
        if (changed.supplier !== 1 || changed.api_key !== 1 || changed.product || changed.supplier_document) {
          problems.push(`a 201 changed ${JSON.stringify(changed)}`);
        }
        const supplier = response.body?.supplier;
        if (supplier?.status !== 'draft' || typeof response.body?.apiKey !== 'string') {
          problems.push('the 201 body is not a draft supplier with its key');
        }
        if (isObject(parsed) && isObject(supplier)) problems.push(...supplierEchoProblems(parsed, supplier));
        if (tin !== undefined) tins.add(tin);
      }
      if (problems.length > 0) throw describeFailure(problems, payload, verdict, response);
    });
    await fc.assert(property, { numRuns: RUNS.signUp, seed: SEED });
    tally.report('POST /v1/suppliers');
    expect(tally.count(201)).toBeGreaterThan(RUNS.signUp * 0.1);
    expect(tally.count(409)).toBeGreaterThan(RUNS.signUp * 0.01);
    expect(tally.count(400)).toBeGreaterThan(RUNS.signUp * 0.5);
  }, 300_000);

  it(`POST /v1/suppliers/:id/products: ${RUNS.product} bodies, never a 5xx, a refusal stores nothing, a 201 one product`, async () => {
    const tally = new Tally();
    const paths = fieldPaths(productSpec('chili'));
    paths.fields.push(...Object.keys(ATTRIBUTES.coffee).map((key) => `attributes.${key}`));
    const path = `/v1/suppliers/${seller.supplierId}/products`;
    const property = fc.asyncProperty(cases(validProduct, mutations(paths, productRuleMutations)), async (c) => {
      if (hung) return;
      const { payload, parsed } = wire(c, { field: 'sku', taken: [...skus] });
      const verdict = parsed === NOT_JSON ? NOT_JSON_VERDICT : judgeProduct(parsed);
      if (c.kind === 'valid' && verdict.kind !== 'valid') throw new Error(`generator bug: ${JSON.stringify(verdict)}`);
      const sku = isObject(parsed) && typeof parsed.sku === 'string' ? parsed.sku : undefined;

      const before = await counts();
      const response = await send(seller.exporter, 'POST', path, payload);
      const changed = delta(before, await counts());
      tally.add(response.status, verdict);

      const keyTaken = sku !== undefined && skus.has(sku);
      const problems = commonProblems({ verdict, success: 201, keyField: 'sku', keyTaken, response, changed });
      if (response.status === 201) {
        if (changed.product !== 1 || changed.supplier || changed.api_key || changed.supplier_document) {
          problems.push(`a 201 changed ${JSON.stringify(changed)}`);
        }
        if (response.body?.supplierId !== seller.supplierId) problems.push('the product is not the supplier’s');
        if (isObject(parsed)) problems.push(...productEchoProblems(parsed, response.body));
        if (sku !== undefined) skus.add(sku);
      }
      if (problems.length > 0) throw describeFailure(problems, payload, verdict, response);
    });
    await fc.assert(property, { numRuns: RUNS.product, seed: SEED });
    tally.report('POST /v1/suppliers/:id/products');
    expect(tally.count(201)).toBeGreaterThan(RUNS.product * 0.1);
    expect(tally.count(409)).toBeGreaterThan(RUNS.product * 0.01);
    expect(tally.count(400)).toBeGreaterThan(RUNS.product * 0.5);
  }, 300_000);

  it(`PATCH /v1/suppliers/:id (draft): ${RUNS.patch} bodies, never a 5xx, a refusal changes nothing`, async () => {
    const tally = new Tally();
    const path = `/v1/suppliers/${draft.supplierId}`;
    const row = async () =>
      (await db.query('SELECT to_jsonb(s) AS row FROM supplier s WHERE id = $1', [draft.supplierId])).rows[0].row;
    const property = fc.asyncProperty(cases(validPatch, mutations(fieldPaths(SUPPLIER_PATCH))), async (c) => {
      if (hung) return;
      const { payload, parsed } = wire(c, { field: 'tin', taken: [...tins].filter((t) => t !== draft.tin) });
      const verdict = parsed === NOT_JSON ? NOT_JSON_VERDICT : judgePatch(parsed);
      if (c.kind === 'valid' && verdict.kind !== 'valid') throw new Error(`generator bug: ${JSON.stringify(verdict)}`);
      const tin = isObject(parsed) && typeof parsed.tin === 'string' ? parsed.tin : undefined;

      const [before, rowBefore] = [await counts(), await row()];
      const response = await send(draft.exporter, 'PATCH', path, payload);
      const [changed, rowAfter] = [delta(before, await counts()), await row()];
      tally.add(response.status, verdict);

      const keyTaken = tin !== undefined && tin !== draft.tin && tins.has(tin);
      const problems = commonProblems({ verdict, success: 200, keyField: 'tin', keyTaken, response, changed });
      // A PATCH never adds a row, whatever it answers; only a 200 with fields changes the supplier.
      if (response.status === 200 && Object.keys(changed).length > 0) {
        problems.push(`a 200 changed ${JSON.stringify(changed)}`);
      }
      const edits = isObject(parsed) && Object.keys(parsed).length > 0;
      if (response.status !== 200 && !isDeepStrictEqual(rowAfter, rowBefore)) {
        problems.push('a refused PATCH changed the supplier');
      }
      if (response.status === 200 && !edits && !isDeepStrictEqual(rowAfter, rowBefore)) {
        problems.push('a PATCH without fields changed the supplier');
      }
      if (response.status === 200 && isObject(parsed)) {
        if (response.body?.status !== 'draft') problems.push(`the supplier is ${response.body?.status}`);
        problems.push(...supplierEchoProblems(parsed, response.body));
        if (tin !== undefined) {
          tins.delete(draft.tin);
          tins.add(tin);
          draft.tin = tin;
        }
      }
      if (problems.length > 0) throw describeFailure(problems, payload, verdict, response);
    });
    await fc.assert(property, { numRuns: RUNS.patch, seed: SEED });
    tally.report('PATCH /v1/suppliers/:id');
    expect(tally.count(200)).toBeGreaterThan(RUNS.patch * 0.1);
    expect(tally.count(400)).toBeGreaterThan(RUNS.patch * 0.5);
  }, 300_000);
});
