/**
 * Setup of the e2e and reliability tiers, which talk to the real Postgres and Redis: switches
 * off the unit tier's connection guard (jest-unit-guard.js) in case this Jest worker ran a
 * unit spec before.
 */
const net = require('node:net');

const guard = net[Symbol.for('corridor.unitGuard')];
if (guard) guard.active = false;
