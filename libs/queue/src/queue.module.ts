import { Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { AppConfig } from '@corridor/config';
import { QUEUE_NAMES, QUEUES } from './jobs';
import { producerRedisOptionsFromUrl } from './redis-options';
import { defaultJobOptions, webhookDeliveryJobOptions } from './job-options';
import { JobPublisher } from './job-publisher';
import { Queues } from './queues.service';
import { RedisDurabilityCheck } from './redis-durability.check';

/** The producer side: every queue registered once, and the outbox publisher. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: producerRedisOptionsFromUrl(config.redisUrl),
        prefix: config.queuePrefix,
        defaultJobOptions: defaultJobOptions(config),
      }),
    }),
    BullModule.registerQueue(
      ...QUEUE_NAMES.filter((name) => name !== QUEUES.webhookDeliveries).map((name) => ({ name })),
    ),
    BullModule.registerQueueAsync({
      name: QUEUES.webhookDeliveries,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ defaultJobOptions: webhookDeliveryJobOptions(config) }),
    }),
  ],
  providers: [JobPublisher, Queues, RedisDurabilityCheck],
  exports: [JobPublisher, Queues, BullModule],
})
export class QueueModule {}
