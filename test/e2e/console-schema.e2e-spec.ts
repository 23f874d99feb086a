import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { TestEnvironment } from '../support/test-environment';

const COMMITTED = resolve(__dirname, '..', '..', 'apps', 'console', 'src', 'api', 'schema.d.ts');

/**
 * The staff console's API types are generated from the spec the API serves, so the spec is
 * held to a real client: regenerated here from the built API's live /docs/openapi.json, they
 * must equal the committed file (`npm run console:schema -- <spec file or URL>` refreshes it).
 */
describe("the console's generated API client", () => {
  const env = new TestEnvironment();

  beforeAll(async () => {
    await env.start(['api']);
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  it('matches the live spec of the built API', async () => {
    const spec = await env.api.get('/docs/openapi.json');
    expect(spec.status).toBe(200);
    const generated = astToString(await openapiTS(spec.body));
    const committed = readFileSync(COMMITTED, 'utf8');
    if (generated !== committed) {
      const lines = { generated: generated.split('\n'), committed: committed.split('\n') };
      const at = lines.generated.findIndex((line, i) => line !== lines.committed[i]);
      throw new Error(
        `apps/console/src/api/schema.d.ts is stale: run npm run build, start the API and ` +
          `npm run console:schema -- http://127.0.0.1:3000/docs/openapi.json. First difference at line ${at + 1}:\n` +
          `  committed: ${lines.committed[at]}\n  generated: ${lines.generated[at]}`,
      );
    }
  }, 60_000);
});
