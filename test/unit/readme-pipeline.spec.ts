import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderPipeline } from '@corridor/domain';

const README = join(resolve(__dirname, '..', '..'), 'README.md');
const START =
  '<!-- pipeline: rendered from the transitions tables in libs/domain; see test/unit/readme-pipeline.spec.ts -->';
const END = '<!-- /pipeline -->';

describe("README.md's pipeline", () => {
  it('is the transitions tables as they are (UPDATE_PIPELINE_DOCS=1 rewrites it)', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
    const current = readme.slice(start + START.length + 1, end);
    const expected = renderPipeline();
    if (process.env.UPDATE_PIPELINE_DOCS === '1' && current !== expected) {
      writeFileSync(README, readme.slice(0, start + START.length + 1) + expected + readme.slice(end));
      return;
    }
    expect(current).toBe(expected);
  });
});
