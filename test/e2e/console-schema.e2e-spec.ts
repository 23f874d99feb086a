import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TestEnvironment } from '../support/test-environment';

const ROOT = resolve(__dirname, '..', '..');
const COMMITTED = join(ROOT, 'apps', 'console', 'src', 'api', 'schema.d.ts');

/**
 * The staff console's API types are generated from the spec the API serves, so the spec is
 * held to a real client: regenerated here (by the same script as `npm run console:schema`)
 * from the built API's live /docs/openapi.json, they must equal the committed file.
 */
describe("the console's generated API client", () => {
  const env = new TestEnvironment();
  const work = mkdtempSync(join(tmpdir(), 'corridor-console-schema-'));

  beforeAll(async () => {
    await env.start(['api']);
  }, 120_000);

  afterAll(async () => {
    await env.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('matches the live spec of the built API', async () => {
    const spec = await env.api.get('/docs/openapi.json');
    expect(spec.status).toBe(200);
    const specFile = join(work, 'openapi.json');
    const generatedFile = join(work, 'schema.d.ts');
    writeFileSync(specFile, spec.raw);
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'console-schema.mjs'), specFile, generatedFile], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const generated = readFileSync(generatedFile, 'utf8').split('\n');
    // UPDATE_CONSOLE_SCHEMA=1 rewrites the committed file from the live spec (after a spec change).
    if (process.env.UPDATE_CONSOLE_SCHEMA === '1') writeFileSync(COMMITTED, readFileSync(generatedFile));
    const committed = readFileSync(COMMITTED, 'utf8').split('\n');
    const at = generated.findIndex((line, i) => line !== committed[i]);
    const stale =
      at === -1 && generated.length === committed.length
        ? null
        : `apps/console/src/api/schema.d.ts is stale: after npm run build, start the API and run ` +
          `npm run console:schema -- http://127.0.0.1:3000/docs/openapi.json. First difference at line ${at + 1}: ` +
          `committed ${JSON.stringify(committed[at])}, generated ${JSON.stringify(generated[at])}`;
    expect(stale).toBeNull();
  }, 60_000);
});
