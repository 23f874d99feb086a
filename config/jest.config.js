/**
 * The repository's specs in three tiers, as Jest projects (`--selectProjects unit|e2e|reliability`;
 * `npm run test:unit`, `test:e2e`, `test:reliability`):
 * - unit: every `*.spec.ts`, pure and next to the code. No Postgres, no Redis, no built app:
 *   a connect to either fails the spec (jest-unit-guard.js).
 * - e2e: every `*.e2e-spec.ts` outside test/reliability (test/e2e and apps/carrier-sim/test),
 *   starting the built apps in dist/ as processes, or one in process, against the real
 *   Postgres and Redis, each test file in a database and key prefix of its own.
 * - reliability: test/reliability, the same against killed workers and failing carriers.
 * - faults: test/faults, the whole pipeline on a Postgres and a Redis of the suite's own that it
 *   stops, restarts and empties, beside killed and frozen workers (`npm run test:faults`; not
 *   part of `test:services`).
 * Every spec file falls in exactly one tier, by its name and place.
 */
const { resolve } = require('node:path');

const root = resolve(__dirname, '..');

const libs = [
  'domain',
  'config',
  'persistence',
  'queue',
  'auth',
  'http',
  'suppliers',
  'purchase-orders',
  'shipments',
  'customs-documents',
  'views',
  'handoff',
  'tracking',
  'tasks',
  'webhooks',
  'observability',
];

const ignored = ['/node_modules/', '<rootDir>/dist/'];

const shared = {
  rootDir: root,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: Object.fromEntries(libs.map((lib) => [`^@corridor/${lib}(|/.*)$`, `<rootDir>/libs/${lib}/src$1`])),
};

const services = { ...shared, setupFiles: ['<rootDir>/config/jest-services.js'] };

module.exports = {
  rootDir: root,
  maxWorkers: 2,
  // A run-wide setting: Jest ignores it inside a project.
  testTimeout: 120_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testRegex: '\\.spec\\.ts$',
      testPathIgnorePatterns: ignored,
      setupFiles: ['<rootDir>/config/jest-unit-guard.js'],
      setupFilesAfterEnv: ['<rootDir>/config/jest-unit-guard-after.js'],
    },
    {
      ...services,
      displayName: 'e2e',
      testRegex: '\\.e2e-spec\\.ts$',
      testPathIgnorePatterns: [...ignored, '<rootDir>/test/reliability/', '<rootDir>/test/faults/'],
    },
    {
      ...services,
      displayName: 'reliability',
      testMatch: ['<rootDir>/test/reliability/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ignored,
    },
    {
      ...services,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ignored,
    },
  ],
};
