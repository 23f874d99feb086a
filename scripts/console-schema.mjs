#!/usr/bin/env node
// Regenerates the staff console's API types (apps/console/src/api/schema.d.ts) from the
// OpenAPI spec: a file, or a running API's /docs/openapi.json (the default is the one
// `npm start` serves). `npm run console:schema -- [file or URL] [output file]`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const COMMITTED = fileURLToPath(new URL('../apps/console/src/api/schema.d.ts', import.meta.url));
const given = process.argv[2] ?? 'http://127.0.0.1:3000/docs/openapi.json';
const out = process.argv[3] ? resolve(process.argv[3]) : COMMITTED;
const source = /^https?:\/\//.test(given) ? new URL(given) : pathToFileURL(resolve(given));

const ast = await openapiTS(source);
writeFileSync(out, astToString(ast));
process.stdout.write(`wrote ${out} from ${source.href}\n`);
