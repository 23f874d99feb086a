import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AppConfig } from '@corridor/config';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';
import { CarrierAuthGuard } from './carrier-auth.guard';
import { ErrorEnvelopeFilter } from './error-envelope.filter';
import { JourneyService } from './journey.service';
import { SandboxController } from './sandbox.controller';
import { StateStore } from './state-store.service';

/**
 * The sandbox carriers. The config is passed in rather than read here, so a test can boot
 * the module with `AppConfig.fromEnv({...})` without touching process.env.
 */
@Module({})
export class CarrierSimModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CarrierSimModule,
      controllers: [BookingsController, SandboxController],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
        StateStore,
        JourneyService,
        BookingsService,
        CarrierAuthGuard,
      ],
    };
  }
}
