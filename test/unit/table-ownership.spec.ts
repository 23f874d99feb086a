import { resolve } from 'node:path';
import {
  TABLE_OWNERS,
  findOwnershipViolations,
  formatViolation,
  ownerOf,
  readLibSources,
} from '../support/table-ownership';

const root = resolve(__dirname, '../..');

/** Each lib owns its tables: no lib's SQL, entity or repository names a table of another lib. */
describe('table ownership', () => {
  it('holds over the libs tree', () => {
    const violations = findOwnershipViolations(readLibSources(root));
    expect(violations.map(formatViolation)).toEqual([]);
  });

  it('gives every table a migration creates an owner', () => {
    const files = readLibSources(root);
    const created = files
      .filter((f) => f.path.startsWith('libs/persistence/src/migrations/'))
      .flatMap((f) => [...f.text.matchAll(/CREATE TABLE (\w+)/g)].map((m) => m[1]));
    expect(created.length).toBeGreaterThan(15);
    expect(created.filter((t) => ownerOf(t) === null)).toEqual([]);
  });

  it('reports SQL in one lib that reads or writes another lib’s table', () => {
    const violations = findOwnershipViolations([
      {
        path: 'libs/tracking/src/tracking.service.ts',
        text: [
          'const own = await manager.query(`SELECT id FROM tracking_event WHERE shipment_id = $1`, [id]);',
          'const rows = await manager.query(`SELECT s.id FROM shipment s',
          '  JOIN purchase_order o ON o.id = s.purchase_order_id WHERE s.id = $1`, [id]);',
          "await manager.query('DELETE FROM task WHERE id = $1', [id]);",
          'await manager.query(`UPDATE webhook_delivery SET status = $2`, [id]);',
          "const at = await manager.query('SELECT EXTRACT(EPOCH FROM now() - min(created_at)) FROM outbox');",
        ].join('\n'),
      },
    ]);
    expect(violations.map((v) => [v.line, v.table, v.owner, v.kind])).toEqual([
      [2, 'shipment', 'shipments', 'sql'],
      [3, 'purchase_order', 'purchase-orders', 'sql'],
      [4, 'task', 'tasks', 'sql'],
      [5, 'webhook_delivery', 'webhooks', 'sql'],
      [6, 'outbox', 'persistence', 'sql'],
    ]);
  });

  it('reports an entity declared outside its owner, and a repository of another lib’s entity', () => {
    const violations = findOwnershipViolations([
      {
        path: 'libs/shipments/src/entities/shipment.entity.ts',
        text: "@Entity('shipment')\nexport class Shipment {}",
      },
      {
        path: 'libs/tracking/src/tracking-event.entity.ts',
        text: "@Entity('shipment_line')\nexport class TrackedLine {}",
      },
      {
        path: 'libs/webhooks/src/webhook-delivery.processor.ts',
        text: 'const s = await manager.getRepository(Shipment).findOneBy({ id });\nawait manager.findOne(Shipment, {});',
      },
    ]);
    expect(violations.map((v) => [v.file, v.line, v.table, v.kind])).toEqual([
      ['libs/tracking/src/tracking-event.entity.ts', 1, 'shipment_line', 'entity'],
      ['libs/webhooks/src/webhook-delivery.processor.ts', 1, 'shipment', 'repository'],
      ['libs/webhooks/src/webhook-delivery.processor.ts', 2, 'shipment', 'repository'],
    ]);
  });

  it('fails a migration that creates a table with no owner, and any lib touching it', () => {
    const violations = findOwnershipViolations([
      {
        path: 'libs/persistence/src/migrations/1800000000000-lot-trace.ts',
        text: 'await q.query(`CREATE TABLE lot_trace (id uuid PRIMARY KEY); CREATE TABLE webhook_secret (id uuid)`);',
      },
      { path: 'libs/shipments/src/lots.ts', text: "manager.query('INSERT INTO lot_trace (id) VALUES ($1)')" },
    ]);
    expect(violations.map((v) => [v.lib, v.table, v.owner, v.kind])).toEqual([
      ['persistence', 'lot_trace', null, 'migration'],
      ['shipments', 'lot_trace', null, 'sql'],
    ]);
  });

  it('keeps one owner map, with owners that are libs of the tree', () => {
    const libs = new Set(readLibSources(root).map((f) => f.path.split('/')[1]));
    expect([...new Set(Object.values(TABLE_OWNERS))].filter((lib) => !libs.has(lib))).toEqual([]);
  });
});
