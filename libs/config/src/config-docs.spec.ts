import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig } from './app-config';
import { VARIABLES, type VariableName } from './variables';

const root = resolve(__dirname, '..', '..', '..');
const NAMES = Object.keys(VARIABLES) as VariableName[];

/** Each variable's default as an environment would spell it (derived ones under an empty environment). */
function defaultTexts(): Map<VariableName, string | undefined> {
  const values = new Map<string, unknown>();
  const texts = new Map<VariableName, string | undefined>();
  for (const name of NAMES) {
    const declared = VARIABLES[name];
    const value = declared.resolve(undefined, (other) => values.get(other));
    values.set(name, value);
    const scalar = ['string', 'number', 'boolean'].includes(typeof value) ? String(value) : undefined;
    texts.set(name, declared.defaultText ?? scalar);
  }
  return texts;
}

/** The rows of README.md's configuration table: the variables each names, and its default cell. */
function readmeRows(): { names: string[]; meaning: string; defaultCell: string }[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Configuration\n'));
  const lines = section.split('\n');
  const header = lines.findIndex((line) => /^\| variable \| meaning \| default \|$/.test(line));
  if (header < 0) throw new Error('README.md has no "| variable | meaning | default |" table under ## Configuration');
  const rows: { names: string[]; meaning: string; defaultCell: string }[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    rows.push({
      names: [...cells[0].matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]),
      meaning: cells[1],
      defaultCell: cells[2],
    });
  }
  return rows;
}

/** The variable lines of config/.env.example, set (`NAME=value`) or shown commented out (`# NAME=value`). */
function exampleLines(): { name: string; value: string; commented: boolean }[] {
  const example = readFileSync(join(root, 'config', '.env.example'), 'utf8');
  return [...example.matchAll(/^(# ?)?([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => ({
    name: m[2],
    value: m[3].startsWith('"') ? (JSON.parse(m[3]) as string) : m[3],
    commented: m[1] !== undefined,
  }));
}

describe("README.md's configuration table", () => {
  const rows = readmeRows();
  const defaults = defaultTexts();

  it('names every declared variable once, and nothing else', () => {
    const named = rows.flatMap((row) => row.names);
    expect([...named].sort()).toEqual([...NAMES].sort());
  });

  it('states the declared meaning of each variable it gives a row of its own', () => {
    for (const row of rows.filter((candidate) => candidate.names.length === 1)) {
      const doc = VARIABLES[row.names[0] as VariableName].doc;
      expect({ variable: row.names[0], meaning: row.meaning.slice(0, doc.length) }).toEqual({
        variable: row.names[0],
        meaning: doc,
      });
    }
  });

  it.each(NAMES)('states the default of %s', (name) => {
    const row = rows.find((candidate) => candidate.names.includes(name));
    if (!row) throw new Error(`README.md's configuration table has no row for ${name}`);
    const declared = VARIABLES[name];
    const value = defaults.get(name);
    expect(row.defaultCell).toContain(declared.shown ?? (value === undefined ? 'none' : `\`${value}\``));
  });

  it('gives plain defaults exactly, in the order the row names the variables', () => {
    for (const row of rows) {
      const plain = row.names.map((name) => {
        const value = defaults.get(name as VariableName);
        return VARIABLES[name as VariableName].shown === undefined && value !== undefined ? `\`${value}\`` : undefined;
      });
      if (plain.every((text) => text !== undefined)) expect(row.defaultCell).toBe(plain.join(', '));
    }
  });
});

describe('config/.env.example', () => {
  const lines = exampleLines();
  const defaults = defaultTexts();

  it('has a line for every declared variable once, and for nothing else', () => {
    expect(lines.map((line) => line.name).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('shows %s with its default, or commented out with a valid example', (name) => {
    const line = lines.find((candidate) => candidate.name === name);
    if (!line) throw new Error(`config/.env.example has no line for ${name}`);
    const value = defaults.get(name);
    if (value !== undefined) {
      expect(line.value).toBe(value);
    } else {
      expect(line.commented).toBe(true);
      if (line.value !== '') expect(() => AppConfig.fromEnv({ [name]: line.value })).not.toThrow();
    }
  });

  it('validates as a whole', () => {
    const set = Object.fromEntries(lines.filter((line) => !line.commented).map((line) => [line.name, line.value]));
    expect(() => AppConfig.fromEnv(set)).not.toThrow();
  });
});
