import { OutageLog, durabilityProblems, parseRedisDurability } from './redis-health';

class FakeEmitter {
  private readonly listeners = new Map<string, ((arg?: unknown) => void)[]>();
  on(event: string, listener: (arg?: unknown) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, arg?: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(arg);
  }
}

describe('OutageLog', () => {
  it('logs one labelled line when an outage starts and one when it ends, whatever the retries in between', () => {
    const lines: string[] = [];
    const log = new OutageLog({
      warn: (m: string) => lines.push(`warn ${m}`),
      log: (m: string) => lines.push(`log ${m}`),
    });
    const queue = new FakeEmitter();
    log.watch('queue handoff', queue);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });

    for (let i = 0; i < 50; i++) queue.emit('error', refused);
    expect(log.outages()).toEqual(['queue handoff']);
    queue.emit('ready');

    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('warn redis unavailable for queue handoff: ECONNREFUSED; retrying quietly until it is back');
    expect(lines[1]).toMatch(/^log redis reachable again for queue handoff after \d+\.\d s \(50 failed attempts\)$/);
    expect(log.outages()).toEqual([]);
  });

  it('says nothing when a connection becomes ready without an outage', () => {
    const lines: string[] = [];
    const log = new OutageLog({ warn: (m: string) => lines.push(m), log: (m: string) => lines.push(m) });
    const worker = new FakeEmitter();
    log.watch('worker tasks', worker);
    worker.emit('ready');
    expect(lines).toEqual([]);
  });
});

describe('Redis durability settings', () => {
  it('reads the eviction policy and AOF from INFO', () => {
    expect(
      parseRedisDurability(
        '# Memory\r\nused_memory:1\r\nmaxmemory_policy:allkeys-lru\r\n',
        '# Persistence\r\naof_enabled:0\r\n',
      ),
    ).toEqual({ maxmemoryPolicy: 'allkeys-lru', aof: false });
  });

  it('finds nothing wrong with noeviction and AOF on', () => {
    expect(durabilityProblems({ maxmemoryPolicy: 'noeviction', aof: true })).toEqual([]);
  });

  it('names an evicting policy and missing persistence', () => {
    const problems = durabilityProblems({ maxmemoryPolicy: 'allkeys-lru', aof: false });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('maxmemory-policy is allkeys-lru');
    expect(problems[1]).toContain('append-only persistence is off');
  });
});
