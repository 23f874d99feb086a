/**
 * One Jest run for the whole repository: pure specs next to the code (`*.spec.ts`) and the
 * end-to-end and reliability suites under test/ (`*.e2e-spec.ts`), which start the built apps
 * as processes against the real Postgres and Redis, each in a database and key prefix of its own.
 */
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
  'handoff',
  'tracking',
  'tasks',
  'webhooks',
  'observability',
];

module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: Object.fromEntries(libs.map((lib) => [`^@corridor/${lib}(|/.*)$`, `<rootDir>/libs/${lib}/src$1`])),
  testTimeout: 120_000,
  maxWorkers: 2,
};
