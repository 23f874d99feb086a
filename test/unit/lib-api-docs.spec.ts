import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

const root = resolve(__dirname, '..', '..');

/**
 * TEMPORARY: files being rewritten while the lib APIs were documented, left as they were so the
 * rewrites merge cleanly; their exports are not yet asked for a comment. Empty this list once the
 * rewrites have landed, and document what the check then reports.
 */
const PENDING_FILES: readonly string[] = [
  'libs/tasks/src/tasks.service.ts',
  'libs/tracking/src/tracking.service.ts',
  'libs/tracking/src/tracking-poll.processor.ts',
  'libs/webhooks/src/*.ts',
  'libs/persistence/src/status-transition.ts',
  'libs/persistence/src/status-history.ts',
  'libs/persistence/src/outbox.ts',
  'libs/persistence/src/migrate.ts',
  'libs/queue/src/status-writer.ts',
  'libs/queue/src/jobs.ts',
  'libs/queue/src/job-publisher.ts',
  'libs/queue/src/outbox-relay.service.ts',
  'libs/queue/src/ops-gauges.service.ts',
  'libs/suppliers/src/suppliers.service.ts',
  'libs/suppliers/src/*processor.ts',
];

/**
 * Methods Nest calls on a provider at start and stop. They belong to the framework's contract,
 * not the lib's: nobody calls them, so a comment would only say "Nest calls this".
 */
const LIFECYCLE_HOOKS = new Set([
  'onModuleInit',
  'onApplicationBootstrap',
  'onModuleDestroy',
  'beforeApplicationShutdown',
  'onApplicationShutdown',
]);

/** One exported symbol, or a public member of one, that carries no doc comment. */
interface Undocumented {
  /** The lib whose index.ts exports it, as in `@corridor/<lib>`. */
  lib: string;
  /** `Name`, or `Name.member` for a member of an exported class or interface. */
  symbol: string;
  /** Where it is declared, relative to the repository root, with `/` separators. */
  file: string;
}

/** Whether `file` (repository-relative) matches a pattern whose only wildcard is `*` within one folder. */
function matches(file: string, pattern: string): boolean {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${source}$`).test(file);
}

/** The compiler options of tsconfig.json (its paths included), for a program over `rootNames`. */
function repositoryOptions(): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, { noEmit: true }, configPath);
  return parsed.options;
}

/**
 * Every symbol each entry file exports (through `export *` and re-exports alike) that has no doc
 * comment, with the public members of exported classes and the members of exported interfaces.
 * Not asked of: private, protected and `#` members, constructors, index signatures, Nest lifecycle
 * hooks, members an object literal type or enum lists (the type or enum carries the comment), and
 * anything declared outside `rootDir` (a re-exported package). A member that implements or
 * overrides a documented one inherits its comment, as an editor's hover shows.
 */
function findUndocumented(program: ts.Program, entries: { lib: string; file: string }[], rootDir: string) {
  const checker = program.getTypeChecker();
  const found = new Map<string, Undocumented>();
  const checked = new Set<string>();
  const fileOf = (symbol: ts.Symbol): string | undefined => {
    const declaration = symbol.declarations?.[0];
    if (!declaration) return undefined;
    const path = relative(rootDir, declaration.getSourceFile().fileName);
    return path.startsWith('..') || path.split(sep).includes('node_modules') ? undefined : path.split(sep).join('/');
  };
  const report = (lib: string, name: string, symbol: ts.Symbol) => {
    const file = fileOf(symbol);
    if (file === undefined) return;
    checked.add(`${lib}: ${name}`);
    if (symbol.getDocumentationComment(checker).length > 0) return;
    found.set(`${lib}: ${name}`, { lib, symbol: name, file });
  };
  const isPublic = (member: ts.Symbol) =>
    !member.name.startsWith('#') &&
    (member.declarations ?? []).every(
      (declaration) =>
        (ts.getCombinedModifierFlags(declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) === 0,
    );
  const skippedMember = (member: ts.Symbol) =>
    member.flags & ts.SymbolFlags.Constructor ||
    member.name === ts.InternalSymbolName.Index ||
    member.flags & (ts.SymbolFlags.Prototype | ts.SymbolFlags.TypeParameter) ||
    LIFECYCLE_HOOKS.has(member.name) ||
    !isPublic(member);

  for (const { lib, file } of entries) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${file} is not a module the program loaded`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const name = exported.name;
      report(lib, name, symbol);
      if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
        for (const member of symbol.members?.values() ?? []) {
          if (!skippedMember(member)) report(lib, `${name}.${member.name}`, member);
        }
      }
      if (symbol.flags & ts.SymbolFlags.Class) {
        for (const member of symbol.exports?.values() ?? []) {
          if (!skippedMember(member)) report(lib, `${name}.${member.name}`, member);
        }
      }
    }
  }
  return { checked: checked.size, undocumented: [...found.values()] };
}

/** Each lib under libs/ with its public entry file. */
function libEntries(): { lib: string; file: string }[] {
  return readdirSync(join(root, 'libs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ lib: entry.name, file: join(root, 'libs', entry.name, 'src', 'index.ts') }));
}

describe('the public API of every lib', () => {
  const started = Date.now();
  const entries = libEntries();
  const program = ts.createProgram({
    rootNames: entries.map((entry) => entry.file),
    options: repositoryOptions(),
  });
  const { checked, undocumented } = findUndocumented(program, entries, root);
  const pending = (item: Undocumented) => PENDING_FILES.some((pattern) => matches(item.file, pattern));
  // Printed so a slow check, or a growing exemption, is noticed; no assertion depends on it.
  console.info(
    `lib API docs: ${checked} symbols of ${entries.length} libs read in ${Date.now() - started} ms; ` +
      `${undocumented.filter(pending).length} undocumented in exempt files`,
  );

  it('has a doc comment on every exported symbol and public member', () => {
    const missing = undocumented.filter((item) => !pending(item)).map((item) => `${item.lib}: ${item.symbol}`);
    expect(missing).toEqual([]);
  });

  it('exempts only files that exist', () => {
    const files = program
      .getSourceFiles()
      .map((file) => relative(root, file.fileName).split(sep).join('/'))
      .filter((file) => file.startsWith('libs/'));
    expect(PENDING_FILES.filter((pattern) => !files.some((file) => matches(file, pattern)))).toEqual([]);
  });
});

describe('the lib API docs check', () => {
  /** A program over files held in memory under /virtual, with the repository's options. */
  function virtualProgram(files: Record<string, string>): ts.Program {
    const options = { ...repositoryOptions(), paths: undefined, baseUrl: undefined, types: [] };
    const host = ts.createCompilerHost(options);
    const read = (fileName: string) => files[fileName.replace(/\\/g, '/')];
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, ...rest) => {
      const text = read(fileName);
      return text === undefined
        ? getSourceFile(fileName, languageVersion, ...rest)
        : ts.createSourceFile(fileName, text, languageVersion, true);
    };
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (fileName) => read(fileName) !== undefined || fileExists(fileName);
    const readFile = host.readFile.bind(host);
    host.readFile = (fileName) => read(fileName) ?? readFile(fileName);
    const directoryExists = host.directoryExists?.bind(host);
    host.directoryExists = (name) =>
      Object.keys(files).some((file) => file.startsWith(`${name.replace(/\\/g, '/')}/`)) ||
      (directoryExists?.(name) ?? false);
    return ts.createProgram({ rootNames: ['/virtual/libs/demo/src/index.ts'], options, host });
  }

  it('reports every undocumented export and public member, and nothing documented or private', () => {
    const program = virtualProgram({
      '/virtual/libs/demo/src/index.ts': [
        "export * from './widget';",
        "export { plain as renamed } from './plain';",
        '/** Documented. */',
        'export const documented = 1;',
        'export type Bare = string | number;',
      ].join('\n'),
      '/virtual/libs/demo/src/widget.ts': [
        '/** A widget. */',
        'export class Widget {',
        '  constructor(private readonly size: number) {}',
        '  /** Documented. */',
        '  readonly colour = "red";',
        '  weight = 0;',
        '  static make(): Widget { return new Widget(1); }',
        '  grow(): void {}',
        '  onModuleInit(): void {}',
        '  private shrink(): void {}',
        '  protected polish(): void {}',
        '}',
        'export interface Shape {',
        '  /** Documented. */',
        '  sides: number;',
        '  area(): number;',
        '}',
        'export function unexplained(): void {}',
      ].join('\n'),
      '/virtual/libs/demo/src/plain.ts': 'export const plain = 2;',
    });
    const found = findUndocumented(program, [{ lib: 'demo', file: '/virtual/libs/demo/src/index.ts' }], '/virtual');

    expect(found.undocumented.map((item) => `${item.lib}: ${item.symbol} (${item.file})`).sort()).toEqual([
      'demo: Bare (libs/demo/src/index.ts)',
      'demo: Shape (libs/demo/src/widget.ts)',
      'demo: Shape.area (libs/demo/src/widget.ts)',
      'demo: Widget.grow (libs/demo/src/widget.ts)',
      'demo: Widget.make (libs/demo/src/widget.ts)',
      'demo: Widget.weight (libs/demo/src/widget.ts)',
      'demo: renamed (libs/demo/src/plain.ts)',
      'demo: unexplained (libs/demo/src/widget.ts)',
    ]);
  });

  it('matches exempt files by their pattern', () => {
    expect(matches('libs/webhooks/src/signature.ts', 'libs/webhooks/src/*.ts')).toBe(true);
    expect(matches('libs/webhooks/src/dto/x.dto.ts', 'libs/webhooks/src/*.ts')).toBe(false);
    expect(matches('libs/suppliers/src/supplier-review.processor.ts', 'libs/suppliers/src/*processor.ts')).toBe(true);
    expect(matches('libs/suppliers/src/products.service.ts', 'libs/suppliers/src/*processor.ts')).toBe(false);
  });
});
