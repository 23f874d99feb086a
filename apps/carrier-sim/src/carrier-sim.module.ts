import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@corridor/config';
import { loggerParams } from '@corridor/observability';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';
import { CarrierAuthGuard } from './carrier-auth.guard';
import { ErrorEnvelopeFilter } from './error-envelope.filter';
import type { FaultConfig } from './faults';
import { FaultsService, INITIAL_FAULTS } from './faults.service';
import { JourneyService } from './journey.service';
import { SandboxController } from './sandbox.controller';
import { StateStore } from './state-store.service';
import { TrackingController } from './tracking.controller';

/**
 * The sandbox carriers. The config is passed in rather than read here, so a test can boot
 * the module with `AppConfig.fromEnv({...})` without touching process.env. `faults` are
 * the injected faults to start with (none by default); `PUT /sandbox/faults` changes them.
 */
@Module({})
export class CarrierSimModule {
  static forRoot(config: AppConfig, options: { faults?: FaultConfig } = {}): DynamicModule {
    return {
      module: CarrierSimModule,
      imports: [LoggerModule.forRoot(loggerParams(config, 'carrier-sim'))],
      controllers: [BookingsController, TrackingController, SandboxController],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: INITIAL_FAULTS, useValue: options.faults ?? null },
        FaultsService,
        { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
        StateStore,
        JourneyService,
        BookingsService,
        CarrierAuthGuard,
      ],
    };
  }
}
