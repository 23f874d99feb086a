import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@corridor/config';
import {
  Public,
  Roles,
  SESSION_COOKIE,
  SessionsService,
  type AuthenticatedRequest,
  type ConsoleSession,
} from '@corridor/auth';
import { ApiError } from '@corridor/http';
import { SignInDto } from '../dto/sign-in.dto';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { CurrentSessionView, SessionView } from '../openapi/session.view';
import { RateLimited } from '../rate-limit.guard';

/**
 * Browser sessions of the staff console: a staff or admin key is exchanged for an HttpOnly
 * cookie, so the key never sits in the browser's storage.
 */
@ApiTags('sessions')
// Only staff and admin keys sign in (the service refuses others with 403); the spec's x-roles says so.
@Roles('staff', 'admin')
@Controller('v1/sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /** Signs a staff or admin key in: `201` with the CSRF token, and the session cookie. */
  @Post()
  @Public()
  @RateLimited()
  @ApiCreatedResponse({
    type: SessionView,
    description: 'Signed in; `Set-Cookie` carries the session (`HttpOnly`, `SameSite=Strict`, `Path=/`).',
    headers: { 'Set-Cookie': { description: `\`${SESSION_COOKIE}=…\``, schema: { type: 'string' } } },
  })
  @ApiErrors(
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'RATE_LIMITED',
  )
  async signIn(@Body() dto: SignInDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionView> {
    const signedIn = await this.sessions.signIn(dto.apiKey);
    void reply.setCookie(SESSION_COOKIE, signedIn.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.nodeEnv === 'production',
    });
    return { expiresAt: signedIn.expiresAt.toISOString(), csrfToken: signedIn.csrfToken };
  }

  /**
   * Who is signed in; `401` without a session cookie (a staff or admin Bearer key is not a session), `403` for a
   * Bearer key of a role that can never sign in (the role check answers before the session is looked for).
   */
  @Get('current')
  @ApiCookieAuth()
  @ApiOkResponse({ type: CurrentSessionView })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN')
  current(@Req() request: AuthenticatedRequest): CurrentSessionView {
    const session = sessionOf(request);
    return {
      expiresAt: session.expiresAt.toISOString(),
      csrfToken: session.csrfToken,
      actor: { role: session.actor.role as 'staff' | 'admin', keyId: session.actor.keyId ?? '', label: session.label },
    };
  }

  /** Signs out: the session is gone server-side and the cookie is cleared. Needs `X-CSRF-Token`. */
  @Delete('current')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'Signed out; the cookie is cleared.' })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN')
  async signOut(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const session = sessionOf(request);
    await this.sessions.end(session.id);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}

function sessionOf(request: AuthenticatedRequest): ConsoleSession {
  if (!request.consoleSession) throw new ApiError(401, 'UNAUTHENTICATED', 'no console session: sign in first');
  return request.consoleSession;
}
