import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@corridor/config';
import { loggerParams } from '@corridor/observability';
import { PersistenceModule } from '@corridor/persistence';
import { OpsGauges, QueueModule } from '@corridor/queue';
import { ApiKeyGuard, AuthModule } from '@corridor/auth';
import { ErrorEnvelopeFilter, IdempotencyInterceptor, IdempotencyStore } from '@corridor/http';
import { SuppliersModule } from '@corridor/suppliers';
import { PurchaseOrdersModule } from '@corridor/purchase-orders';
import { ShipmentsModule } from '@corridor/shipments';
import { CustomsDocumentsModule } from '@corridor/customs-documents';
import { TrackingModule } from '@corridor/tracking';
import { TasksModule } from '@corridor/tasks';
import { WebhooksModule } from '@corridor/webhooks';
import { ViewsModule } from '@corridor/views';
import { ApiKeysController } from './controllers/api-keys.controller';
import { StoresController } from './controllers/stores.controller';
import { SuppliersController } from './controllers/suppliers.controller';
import { ProductsController } from './controllers/products.controller';
import { PurchaseOrdersController } from './controllers/purchase-orders.controller';
import { ShipmentsController } from './controllers/shipments.controller';
import { TasksController } from './controllers/tasks.controller';
import { TrackingController } from './controllers/tracking.controller';
import { HealthController } from './controllers/health.controller';
import { MetricsController } from './controllers/metrics.controller';
import { WebhookSubscriptionsController } from './controllers/webhook-subscriptions.controller';
import { SessionsController } from './controllers/sessions.controller';
import { FrontDoorController } from './controllers/front-door.controller';
import { RedisClient } from './redis-client';
import { ShutdownState } from './shutdown-state';
import { RateLimitGuard } from './rate-limit.guard';

/** The HTTP API: controllers over the capability libs. No job handlers run here. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => loggerParams(config, 'api') }),
    PersistenceModule,
    QueueModule,
    AuthModule,
    TerminusModule,
    SuppliersModule,
    PurchaseOrdersModule,
    ShipmentsModule,
    CustomsDocumentsModule,
    TrackingModule,
    TasksModule,
    WebhooksModule,
    ViewsModule,
  ],
  controllers: [
    ApiKeysController,
    StoresController,
    SuppliersController,
    ProductsController,
    PurchaseOrdersController,
    ShipmentsController,
    TasksController,
    TrackingController,
    WebhookSubscriptionsController,
    HealthController,
    SessionsController,
    FrontDoorController,
    MetricsController,
  ],
  providers: [
    IdempotencyStore,
    RedisClient,
    ShutdownState,
    OpsGauges,
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class ApiModule {}
