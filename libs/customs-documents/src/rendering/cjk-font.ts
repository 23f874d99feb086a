import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Noto Sans SC Regular (SIL OFL 1.1; see assets/fonts/OFL.txt), for Chinese text. */
export const CJK_FONT_FILE = 'NotoSansSC_400Regular.ttf';

const FONT_DIR = join('libs', 'customs-documents', 'assets', 'fonts');

let cached: Buffer | undefined;

/**
 * Finds the font by walking up to the repository root, so one rule works both from the
 * TypeScript sources under Jest (`__dirname` is this folder) and from a webpack bundle
 * (`__dirname` is `dist/apps/<app>`); the working directory is tried second, for a bundle
 * copied elsewhere but started from the repository root.
 */
export function locateCjkFont(starts: readonly string[] = [__dirname, process.cwd()]): string {
  for (const start of starts) {
    let dir = start;
    for (;;) {
      const candidate = join(dir, FONT_DIR, CJK_FONT_FILE);
      if (existsSync(candidate)) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(`${CJK_FONT_FILE} not found under ${FONT_DIR} in any parent of: ${starts.join(', ')}`);
}

/** The font's bytes, read once per process (10 MB; pdfkit embeds only the glyphs used). */
export function cjkFont(): Buffer {
  cached ??= readFileSync(locateCjkFont());
  return cached;
}
