import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@corridor/config';
import { dataSourceOptions } from './data-source-options';
import { FileStore, LocalDiskFileStore } from './file-store';

/** The TypeORM connection (entities registered by each lib) and the file store. */
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
  ],
  exports: [FileStore],
})
export class PersistenceModule {}
