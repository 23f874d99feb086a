/**
 * The unit tier runs without Postgres and Redis. Loaded before every unit spec (setupFiles):
 * from here on, any TCP connect to their ports (5432 and 6379, and the ports of DATABASE_URL,
 * REDIS_URL, TEST_PG_ADMIN_URL and TEST_REDIS_URL when set) throws, and is remembered, so the
 * spec file fails even when a client swallows the error and retries (jest-unit-guard-after.js).
 *
 * Core modules are shared by every spec a Jest worker runs, whatever its project, so the guard
 * is installed once per worker and switched on for unit specs only: the other tiers' setup
 * (jest-services.js) switches it off.
 */
const net = require('node:net');

const GUARD = Symbol.for('corridor.unitGuard');

function blockedPorts() {
  const ports = new Set([5432, 6379]);
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'TEST_PG_ADMIN_URL', 'TEST_REDIS_URL']) {
    const value = process.env[name];
    if (!value) continue;
    try {
      const url = new URL(value);
      if (url.port) ports.add(Number(url.port));
    } catch {
      // Not a URL: nothing to block.
    }
  }
  return ports;
}

/** The port and host a `Socket.prototype.connect` call asks for, in any of its call forms. */
function target(args) {
  let first = args[0];
  // net.connect() hands the socket its arguments already normalised, as an array.
  if (Array.isArray(first)) first = first[0];
  if (first !== null && typeof first === 'object') return { port: Number(first.port), host: first.host ?? 'localhost' };
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first)))
    return { port: Number(first), host: typeof args[1] === 'string' ? args[1] : 'localhost' };
  return { port: NaN, host: '' }; // a Unix socket path
}

if (!net[GUARD]) {
  const guard = { active: false, ports: blockedPorts(), attempts: [] };
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(...args) {
    const { port, host } = target(args);
    if (guard.active && guard.ports.has(port)) {
      const message =
        `unit specs run without Postgres and Redis, but this one connected to ${host}:${port}; ` +
        'make it pure, or make it an e2e spec (*.e2e-spec.ts)';
      guard.attempts.push(message);
      throw new Error(message);
    }
    return original.apply(this, args);
  };
  net[GUARD] = guard;
}
net[GUARD].active = true;
net[GUARD].attempts = [];
