import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Which lib owns each table: only the owner's code reads or writes it, others call the owner's
 * public service. A name ending in `*` stands for every table with that prefix. This is the one
 * place the map is written; a table a migration creates must appear here.
 */
export const TABLE_OWNERS: Readonly<Record<string, string>> = {
  api_key: 'auth',
  browser_session: 'auth',
  idempotency_key: 'http',
  outbox: 'persistence',
  status_history: 'persistence',
  product: 'suppliers',
  supplier: 'suppliers',
  supplier_document: 'suppliers',
  supplier_notification: 'suppliers',
  purchase_order: 'purchase-orders',
  purchase_order_line: 'purchase-orders',
  store: 'purchase-orders',
  shipment: 'shipments',
  shipment_line: 'shipments',
  shipment_package: 'shipments',
  shipment_document: 'customs-documents',
  tracking_event: 'tracking',
  task: 'tasks',
  'webhook_*': 'webhooks',
};

/** A place where a lib names a table it does not own, or a migration creates a table nobody owns. */
export interface OwnershipViolation {
  /** Path relative to the root given, with `/` separators. */
  file: string;
  line: number;
  /** The lib the file belongs to (`persistence` for migrations). */
  lib: string;
  table: string;
  /** The owning lib, or null for a table with no owner. */
  owner: string | null;
  /** What named the table: `sql`, `entity`, `repository` or `migration`. */
  kind: 'sql' | 'entity' | 'repository' | 'migration';
  text: string;
}

/** One source file as the check reads it. */
export interface SourceFile {
  /** Path with `/` separators; a lib file is `libs/<lib>/src/...`. */
  path: string;
  text: string;
}

/** The owner of a table by the map, or null. */
export function ownerOf(table: string, owners: Readonly<Record<string, string>> = TABLE_OWNERS): string | null {
  if (owners[table]) return owners[table];
  for (const [name, owner] of Object.entries(owners)) {
    if (name.endsWith('*') && table.startsWith(name.slice(0, -1))) return owner;
  }
  return null;
}

// SQL is written in upper-case keywords here, so a lower-case `from` (an import, prose) never counts.
const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+|IF\s+(?:NOT\s+)?EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/g;
const CREATE_TABLE = /\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/g;
const ENTITY = /@Entity\(\s*['"]([a-z_][a-z0-9_]*)['"][\s\S]*?\bclass\s+(\w+)/g;
// Repositories, entity-manager calls and query-builder sources naming an entity class; relations
// to an entity class in a decorator.
const ENTITY_USE = [
  /\b(?:getRepository|InjectRepository|withRepository)\(\s*([A-Z]\w*)\b/g,
  /\.(?:find|findBy|findOne|findOneBy|findOneOrFail|findOneByOrFail|findAndCount|count|countBy|exists|existsBy|insert|update|upsert|delete|save|remove|softDelete|increment|decrement|createQueryBuilder|from|into|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect)\(\s*([A-Z]\w*)\b/g,
  /@(?:ManyToOne|OneToMany|OneToOne|ManyToMany)\(\s*\(\)\s*=>\s*([A-Z]\w*)\b/g,
];

function libOf(path: string): string | null {
  const match = /^libs\/([^/]+)\/src\//.exec(path);
  return match ? match[1] : null;
}

function isMigration(path: string): boolean {
  return /^libs\/persistence\/src\/migrations\//.test(path);
}

function lineAt(text: string, index: number): { line: number; text: string } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const start = before.lastIndexOf('\n') + 1;
  const end = text.indexOf('\n', index);
  return { line, text: text.slice(start, end < 0 ? undefined : end).trim() };
}

/**
 * Lists every place a lib names a table it does not own: in SQL (`FROM`, `JOIN`, `INTO`,
 * `UPDATE`, `DELETE FROM`, `TABLE`), as an `@Entity` declared outside the owner, or through a
 * repository, entity-manager call or relation naming another lib's entity class. Migrations may
 * name any table (the schema is one), but every table they create must have an owner.
 * Words that are not tables (`FROM now()`, aliases) are ignored: only names in the map or created
 * by a migration count.
 */
export function findOwnershipViolations(
  files: readonly SourceFile[],
  owners: Readonly<Record<string, string>> = TABLE_OWNERS,
): OwnershipViolation[] {
  const violations: OwnershipViolation[] = [];
  const created = new Set<string>();
  for (const file of files.filter((f) => isMigration(f.path))) {
    for (const match of file.text.matchAll(CREATE_TABLE)) {
      const table = match[1];
      created.add(table);
      if (ownerOf(table, owners) === null) {
        violations.push({
          file: file.path,
          ...lineAt(file.text, match.index),
          lib: 'persistence',
          table,
          owner: null,
          kind: 'migration',
        });
      }
    }
  }
  const isTable = (name: string) => created.has(name) || ownerOf(name, owners) !== null;

  const entityOwner = new Map<string, { table: string; owner: string | null }>();
  for (const file of files) {
    for (const match of file.text.matchAll(ENTITY)) {
      entityOwner.set(match[2], { table: match[1], owner: ownerOf(match[1], owners) });
    }
  }

  for (const file of files) {
    const lib = libOf(file.path);
    if (!lib || isMigration(file.path)) continue;
    const report = (index: number, table: string, kind: OwnershipViolation['kind']) => {
      const owner = ownerOf(table, owners);
      if (owner === lib) return;
      violations.push({ file: file.path, ...lineAt(file.text, index), lib, table, owner, kind });
    };
    for (const match of file.text.matchAll(SQL_TABLE)) {
      if (isTable(match[1])) report(match.index, match[1], 'sql');
    }
    for (const match of file.text.matchAll(ENTITY)) report(match.index, match[1], 'entity');
    for (const pattern of ENTITY_USE) {
      for (const match of file.text.matchAll(pattern)) {
        const entity = entityOwner.get(match[1]);
        if (entity) report(match.index, entity.table, 'repository');
      }
    }
  }
  return violations;
}

/**
 * The lib sources the check reads under `root`: every `.ts` file below `libs/<lib>/src`, specs,
 * e2e specs and test fixtures aside (they set up rows of any table on purpose).
 */
export function readLibSources(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'testing') walk(full);
      } else if (entry.name.endsWith('.ts') && !/\.(e2e-)?spec\.ts$/.test(entry.name)) {
        files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  for (const lib of readdirSync(join(root, 'libs'), { withFileTypes: true })) {
    if (lib.isDirectory()) walk(join(root, 'libs', lib.name, 'src'));
  }
  return files;
}

/** One line a violation, for a failing assertion or the command line. */
export function formatViolation(v: OwnershipViolation): string {
  const who = v.owner ? `owned by ${v.owner}` : 'with no owner';
  return `${v.file}:${v.line} ${v.lib} names ${v.table} (${who}, ${v.kind}): ${v.text}`;
}
