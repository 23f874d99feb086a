import { UnrecoverableError } from 'bullmq';
import { PROCESSES, TASK_TYPES, type Actor } from '@corridor/domain';
import { JOB_QUEUE, isJobName, taskCompletionJob } from './jobs';
import { effectJobs } from './status-writer';

const actor: Actor = { role: 'staff', keyId: 'k1' };
const effects = [
  { job: 'handoff.book' },
  { job: 'handoff.cancel_booking', when: 'a booking is open' },
  { job: 'task.open', task: 'documents_fix' },
] as const;
const open = {
  type: 'documents_fix' as const,
  subject: { kind: 'shipment' as const, id: 's1' },
  summary: 'fix',
  dedupeKey: 'd1',
};

describe('effectJobs', () => {
  it('publishes the declared jobs in table order, leaving out a conditional one not supplied', () => {
    const jobs = effectJobs(effects, { 'task.open': open, 'handoff.book': { shipmentId: 's1', actor } }, 'shipment x');

    expect(jobs.map(([name]) => name)).toEqual(['handoff.book', 'task.open']);
  });

  it('includes a conditional job when the caller supplies it', () => {
    const jobs = effectJobs(
      effects,
      {
        'handoff.book': { shipmentId: 's1', actor },
        'handoff.cancel_booking': { shipmentId: 's1', actor },
        'task.open': open,
      },
      'shipment x',
    );

    expect(jobs.map(([name]) => name)).toEqual(['handoff.book', 'handoff.cancel_booking', 'task.open']);
  });

  it('refuses a job the table does not name for the move', () => {
    expect(() =>
      effectJobs(
        effects,
        {
          'handoff.book': { shipmentId: 's1', actor },
          'task.open': open,
          'customs.generate': { shipmentId: 's1', actor },
        },
        'shipment x',
      ),
    ).toThrow('shipment x does not set off customs.generate: the transitions table must name it');
  });

  it('fails a job at once when code and table disagree: no retry can mend it', () => {
    expect(() => effectJobs(effects, { 'task.open': open }, 'shipment x')).toThrow(UnrecoverableError);
  });

  it('refuses a move whose unconditional job has no payload', () => {
    expect(() => effectJobs(effects, { 'task.open': open }, 'shipment x')).toThrow(
      'shipment x sets off handoff.book, but no payload was given',
    );
  });

  it('refuses a task of another type than the table names', () => {
    expect(() =>
      effectJobs(
        effects,
        { 'handoff.book': { shipmentId: 's1', actor }, 'task.open': { ...open, type: 'exception_review' } },
        'shipment x',
      ),
    ).toThrow('shipment x opens a documents_fix task, not exception_review');
  });

  it('refuses a table that names a job the registry does not know', () => {
    expect(() => effectJobs([{ job: 'no.such_job' }], {}, 'thing go')).toThrow(
      'thing go names no.such_job, which is not a registered job',
    );
  });
});

describe('the transitions tables', () => {
  const named = PROCESSES.flatMap((machine) =>
    machine.rows().flatMap((row) => row.effects.map((effect) => ({ machine: machine.aggregate, ...effect }))),
  );

  it('name only registered jobs', () => {
    expect(named.filter((e) => !isJobName(e.job))).toEqual([]);
    expect(named.length).toBeGreaterThan(10);
  });

  it('open only task types that exist, through task.open', () => {
    const tasks = named.filter((e) => e.task !== undefined);
    expect(tasks.every((e) => e.job === 'task.open' && (TASK_TYPES as string[]).includes(e.task!))).toBe(true);
    expect([...new Set(tasks.map((e) => e.task))].sort()).toEqual([
      'documents_fix',
      'exception_review',
      'handoff_dropoff',
      'supplier_review',
    ]);
  });

  it('complete every task type with a registered job of its own, or with none', () => {
    const jobs = TASK_TYPES.map((type) => taskCompletionJob(type));
    expect(jobs.filter((job) => job !== null).every((job) => Object.hasOwn(JOB_QUEUE, job!))).toBe(true);
    expect(new Set(jobs.filter(Boolean)).size).toBe(jobs.filter(Boolean).length);
  });
});
