import { Queue } from 'bullmq';
import { QUEUES } from '@corridor/queue/jobs';
import { redisOptionsFromUrl } from '@corridor/queue/redis-options';
import { TestEnvironment } from '../support/test-environment';
import { PipelineProbe } from '../support/pipeline';
import { waitFor } from '../support/wait-for';

/**
 * `Idempotency-Key` records are kept at least 24 h (48 h here) and then forgotten by a job
 * the worker schedules hourly: the worker alone, its real scheduler and handler.
 */
describe('Idempotency-Key retention', () => {
  const env = new TestEnvironment();
  let probe: PipelineProbe;
  let queue: Queue;

  beforeAll(async () => {
    await env.start(['worker']);
    probe = await new PipelineProbe(env).open();
    queue = new Queue(QUEUES.maintenance, {
      connection: redisOptionsFromUrl(env.env.REDIS_URL),
      prefix: env.queuePrefix,
    });
  }, 120_000);

  afterAll(async () => {
    await queue.close();
    await probe.close();
    await env.stop();
  });

  it('is scheduled hourly by the worker', async () => {
    const scheduler = await waitFor(
      () => queue.getJobScheduler('idempotency-purge-hourly'),
      (s) => s !== undefined && s !== null,
      { what: 'the purge scheduler' },
    );
    expect(scheduler).toMatchObject({ pattern: '17 * * * *', name: 'maintenance.purge_idempotency_keys' });
  });

  it('forgets keys past 48 hours and keeps younger ones, answered or still running', async () => {
    const insert = (key: string, ageHours: number, answered: boolean) =>
      probe.query(
        `INSERT INTO idempotency_key (scope, key, request_hash, status_code, response, created_at)
         VALUES ('key:test', $1, repeat('a', 64), $2, $3, now() - make_interval(hours => $4))`,
        [key, answered ? 201 : null, answered ? '{"id":"x"}' : null, ageHours],
      );
    await insert('expired-answered', 49, true);
    await insert('expired-abandoned', 72, false);
    await insert('day-old', 25, true);
    await insert('fresh', 0, true);

    const job = await queue.add('maintenance.purge_idempotency_keys', {});
    const finished = await waitFor(
      async () => ({ state: await job.getState(), job: await queue.getJob(job.id!) }),
      (r) => r.state === 'completed' || r.state === 'failed',
      { what: 'the purge job' },
    );

    expect(finished.state).toBe('completed');
    expect(finished.job?.returnvalue).toEqual({ deleted: 2 });
    const left = await probe.query<{ key: string }>(`SELECT key FROM idempotency_key ORDER BY key`);
    expect(left.map((r) => r.key)).toEqual(['day-old', 'fresh']);
  });
});
