import type { EventEmitter } from 'node:events';
import type { Logger } from '@nestjs/common';

/**
 * One labelled line when a connection's outage starts and one when it ends, instead of a raw
 * stack trace per reconnect attempt. BullMQ queues, workers and flow producers each hold
 * connections that emit `error` on every failed retry; an emitter with no listener prints
 * the whole trace each time.
 */
export class OutageLog {
  private readonly down = new Map<string, { since: number; errors: number }>();

  constructor(private readonly logger: Pick<Logger, 'warn' | 'log'>) {}

  /**
   * Listens to `emitter` under `label` (e.g. `queue handoff`): its `error` events open an
   * outage, `ready` ends it. BullMQ's classes type their events narrowly, hence the plain
   * `EventEmitter` view.
   */
  watch(label: string, emitter: object): void {
    const events = emitter as EventEmitter;
    events.on('error', (error: Error) => this.failed(label, error));
    events.on('ready', () => this.recovered(label));
  }

  /** Records an error; logs only the first of an outage. */
  failed(label: string, error: Error): void {
    const outage = this.down.get(label);
    if (outage) {
      outage.errors++;
      return;
    }
    this.down.set(label, { since: Date.now(), errors: 1 });
    const code = (error as NodeJS.ErrnoException).code;
    this.logger.warn(`redis unavailable for ${label}: ${code ?? error.message}; retrying quietly until it is back`);
  }

  /** Ends an outage, if one was open, with how long it lasted. */
  recovered(label: string): void {
    const outage = this.down.get(label);
    if (!outage) return;
    this.down.delete(label);
    const seconds = ((Date.now() - outage.since) / 1000).toFixed(1);
    this.logger.log(`redis reachable again for ${label} after ${seconds} s (${outage.errors} failed attempts)`);
  }

  /** Labels of the connections currently down. */
  outages(): string[] {
    return [...this.down.keys()];
  }
}

/** What Redis says about the settings a queue's durability depends on. */
export interface RedisDurability {
  /** `noeviction` keeps job keys; any other policy lets Redis drop them under memory pressure. */
  maxmemoryPolicy: string | null;
  /** Append-only file on: an acknowledged job survives a Redis restart. */
  aof: boolean | null;
}

/** Reads the two settings from `INFO memory` and `INFO persistence` (works where `CONFIG` is disabled). */
export function parseRedisDurability(infoMemory: string, infoPersistence: string): RedisDurability {
  const field = (text: string, name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(text)?.[1]?.trim() ?? null;
  const aof = field(infoPersistence, 'aof_enabled');
  return { maxmemoryPolicy: field(infoMemory, 'maxmemory_policy'), aof: aof === null ? null : aof === '1' };
}

/** The problems with a Redis's settings for BullMQ, in words; empty when it is fit. */
export function durabilityProblems(settings: RedisDurability): string[] {
  const problems: string[] = [];
  if (settings.maxmemoryPolicy !== 'noeviction') {
    problems.push(
      `maxmemory-policy is ${settings.maxmemoryPolicy ?? 'unknown'}: Redis may evict job keys under memory pressure (set noeviction)`,
    );
  }
  if (settings.aof !== true) {
    problems.push('append-only persistence is off: jobs in Redis are lost when it restarts (set appendonly yes)');
  }
  return problems;
}
