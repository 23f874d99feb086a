import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the first folder above this one with a package.json. */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** Where the previews land, for a person to look at: `test-output/documents/` under the repository root. */
export const PREVIEW_DIR = join(repositoryRoot(), 'test-output', 'documents');

/** True when poppler's `pdftoppm` can be started. */
export function hasPdftoppm(): boolean {
  return spawnSync('pdftoppm', ['-v']).error === undefined;
}

/**
 * Writes the PDF and a 60 dpi PNG of its first page to `test-output/documents/<name>.pdf` and
 * `<name>.png`, and returns the PNG's path. Needs `pdftoppm` (poppler-utils); without it the
 * preview cannot be made, and the error says how to get it.
 */
export function writePagePreview(name: string, pdf: Buffer): string {
  if (!hasPdftoppm()) {
    throw new Error(
      'pdftoppm was not found on PATH: install poppler-utils (e.g. `apt-get install -y poppler-utils`) to render ' +
        'the document previews; CI installs it.',
    );
  }
  mkdirSync(PREVIEW_DIR, { recursive: true });
  const pdfPath = join(PREVIEW_DIR, `${name}.pdf`);
  const pngPath = join(PREVIEW_DIR, `${name}.png`);
  // A preview left by an earlier run must not pass for this one.
  rmSync(pngPath, { force: true });
  writeFileSync(pdfPath, pdf);
  const result = spawnSync(
    'pdftoppm',
    ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(PREVIEW_DIR, name)],
    { encoding: 'utf8' },
  );
  if (result.error || result.status !== 0) {
    throw new Error(`pdftoppm failed on ${pdfPath} (exit ${result.status}): ${result.error?.message ?? result.stderr}`);
  }
  return pngPath;
}
