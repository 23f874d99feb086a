import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';

/** Provides the one validated {@link AppConfig}; a bad environment stops the process at boot. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => AppConfig.loadOrExit() }],
  exports: [AppConfig],
})
export class ConfigModule {}
