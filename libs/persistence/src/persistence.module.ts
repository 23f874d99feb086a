import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@corridor/config';
import { dataSourceOptions } from './data-source-options';
import { FileStore, LocalDiskFileStore } from './file-store';
import { SecretBox } from './secret-box';

/**
 * The TypeORM connection (entities registered by each lib), the file store, and the
 * {@link SecretBox} over `SECRETS_KEY` (boot stops, naming the variable, when it is unset).
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config), autoLoadEntities: true }),
    }),
  ],
  providers: [
    { provide: FileStore, inject: [AppConfig], useFactory: (c: AppConfig) => new LocalDiskFileStore(c.dataDir) },
    { provide: SecretBox, inject: [AppConfig], useFactory: (c: AppConfig) => SecretBox.fromConfig(c) },
  ],
  exports: [FileStore, SecretBox],
})
export class PersistenceModule {}
