import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@corridor/config';
import { loggerParams } from '@corridor/observability';
import { PersistenceModule } from '@corridor/persistence';
import {
  FailedJobRecorder,
  FailedJobResolver,
  JobSchedules,
  JobWorkers,
  OpsGauges,
  OutboxRelay,
  QueueModule,
  Reconciler,
} from '@corridor/queue';
import { AuthModule } from '@corridor/auth';
import {
  SupplierExpiryProcessor,
  SupplierReviewProcessor,
  SupplierVerificationProcessor,
  SuppliersModule,
} from '@corridor/suppliers';
import { PurchaseOrdersModule } from '@corridor/purchase-orders';
import { OrderProgressProcessor, ShipmentsModule } from '@corridor/shipments';
import { CustomsDocumentsModule, CustomsDocumentsProcessor } from '@corridor/customs-documents';
import { HandoffModule, HandoffProcessor } from '@corridor/handoff';
import { TrackingModule, TrackingPollProcessor, TrackingProcessor } from '@corridor/tracking';
import { FailedJobTaskRecorder, TasksModule, TasksProcessor } from '@corridor/tasks';
import { WebhookDeliveryProcessor } from '@corridor/webhooks';
import { IdempotencyPurgeProcessor } from '@corridor/http';

/** The job side: every handler, the BullMQ workers and the outbox relay. No HTTP. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => loggerParams(config, 'worker'),
    }),
    DiscoveryModule,
    PersistenceModule,
    QueueModule,
    AuthModule,
    SuppliersModule,
    PurchaseOrdersModule,
    ShipmentsModule,
    CustomsDocumentsModule,
    HandoffModule,
    TrackingModule,
    TasksModule,
  ],
  providers: [
    SupplierVerificationProcessor,
    SupplierReviewProcessor,
    SupplierExpiryProcessor,
    OrderProgressProcessor,
    CustomsDocumentsProcessor,
    HandoffProcessor,
    TrackingPollProcessor,
    TrackingProcessor,
    TasksProcessor,
    WebhookDeliveryProcessor,
    IdempotencyPurgeProcessor,
    FailedJobResolver,
    { provide: FailedJobRecorder, useClass: FailedJobTaskRecorder },
    JobWorkers,
    OutboxRelay,
    OpsGauges,
    JobSchedules,
    Reconciler,
  ],
})
export class WorkerModule {}
