import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyCache } from './api-key-cache';
import { BrowserSession } from './browser-session.entity';
import { SessionsService } from './sessions.service';
import { RequestAuthenticator } from './request-authenticator';

/**
 * API keys and console sessions, global so any module's guard or controller can resolve a caller. Needs the persistence
 * module's data source.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ApiKey, BrowserSession])],
  providers: [ApiKeysService, ApiKeyCache, SessionsService, RequestAuthenticator],
  exports: [ApiKeysService, SessionsService, RequestAuthenticator],
})
export class AuthModule {}
