/**
 * The second half of jest-unit-guard.js (setupFilesAfterEnv of the unit tier): fails the spec
 * file if it tried to reach Postgres or Redis at all, even where the client swallowed the error.
 */
const net = require('node:net');

const GUARD = Symbol.for('corridor.unitGuard');

afterAll(() => {
  const attempts = net[GUARD]?.attempts ?? [];
  if (attempts.length > 0) throw new Error(`${attempts.length} connection(s) refused: ${attempts[0]}`);
});
