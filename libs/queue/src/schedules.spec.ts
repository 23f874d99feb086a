import { AppConfig } from '@corridor/config';
import { SYSTEM_ACTOR } from '@corridor/domain';
import { JOB_QUEUE, QUEUES } from './jobs';
import type { Queues } from './queues.service';
import { SCHEDULES } from './schedules';
import { JobSchedules } from './schedules.service';

describe('the schedule registry', () => {
  const config = AppConfig.fromEnv({ TRACKING_POLL_INTERVAL_MS: '4321' });

  it('gives each schedule its own scheduler id', () => {
    const ids = SCHEDULES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('runs the certificate check daily at 05:00 UTC, the purge hourly at minute 17, the stale scan on the configured interval', () => {
    const byJob = Object.fromEntries(SCHEDULES.map((s) => [s.job, { id: s.id, cadence: s.cadence(config) }]));
    expect(byJob).toEqual({
      'supplier.check_expiry': { id: 'certificate-expiry-daily', cadence: { pattern: '0 5 * * *', tz: 'UTC' } },
      'tracking.poll_stale': { id: 'tracking-poll-stale', cadence: { every: 4321 } },
      'maintenance.purge_idempotency_keys': {
        id: 'idempotency-purge-hourly',
        cadence: { pattern: '17 * * * *', tz: 'UTC' },
      },
    });
  });
});

describe('JobSchedules', () => {
  it('upserts every schedule at boot on the queue the job registry routes its job to', async () => {
    const upserts: Array<{ queue: string; id: string; repeat: unknown; template: unknown }> = [];
    const queues = {
      get: (queue: string) => ({
        upsertJobScheduler: async (id: string, repeat: unknown, template: unknown) => {
          upserts.push({ queue, id, repeat, template });
        },
      }),
    } as unknown as Queues;
    const config = AppConfig.fromEnv({ TRACKING_POLL_INTERVAL_MS: '60000' });

    await new JobSchedules(queues, config).onApplicationBootstrap();

    expect(upserts).toEqual([
      {
        queue: QUEUES.suppliers,
        id: 'certificate-expiry-daily',
        repeat: { pattern: '0 5 * * *', tz: 'UTC' },
        template: { name: 'supplier.check_expiry', data: { actor: SYSTEM_ACTOR } },
      },
      {
        queue: QUEUES.tracking,
        id: 'tracking-poll-stale',
        repeat: { every: 60_000 },
        template: { name: 'tracking.poll_stale', data: { actor: SYSTEM_ACTOR } },
      },
      {
        queue: QUEUES.maintenance,
        id: 'idempotency-purge-hourly',
        repeat: { pattern: '17 * * * *', tz: 'UTC' },
        template: { name: 'maintenance.purge_idempotency_keys', data: {} },
      },
    ]);
    for (const upsert of upserts) {
      expect(upsert.queue).toBe(JOB_QUEUE[(upsert.template as { name: keyof typeof JOB_QUEUE }).name]);
    }
  });
});
