import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUE_NAMES, type QueueName } from './jobs';

/** The producer side of every registered queue, by name. */
@Injectable()
export class Queues implements OnModuleInit {
  private readonly byName = new Map<QueueName, Queue>();

  constructor(private readonly moduleRef: ModuleRef) {}

  /** Resolved once the module graph exists: the queue providers live in BullModule's own module. */
  onModuleInit(): void {
    for (const name of QUEUE_NAMES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      if (!queue) throw new Error(`queue ${name} is not registered`);
      this.byName.set(name, queue);
    }
  }

  get(name: QueueName): Queue {
    const queue = this.byName.get(name);
    if (!queue) throw new Error(`queue ${name} is not registered`);
    return queue;
  }
}
