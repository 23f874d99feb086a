import { Logger, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ErrorEnvelopeFilter } from './error-envelope.filter';

const EMAIL = 'aline@example.rw';
const PHONE = '+250788123456';
const SQL = 'INSERT INTO supplier (id, tin, contact_email, contact_phone) VALUES ($1, $2, $3, $4)';

function queryFailure(code: string, message: string): QueryFailedError {
  const driverError = Object.assign(new Error(message), {
    code,
    detail: `Key (contact_email)=(${EMAIL}) already exists.`,
  });
  return new QueryFailedError(SQL, ['id-1', '102345678', EMAIL, PHONE], driverError);
}

/** Runs the filter on `exception` as if a request to POST /v1/suppliers had thrown it. */
function answer(exception: unknown): { status: number; body: unknown; logged: string[] } {
  const logged: string[] = [];
  const spies = (['error', 'warn', 'log'] as const).map((level) =>
    jest.spyOn(Logger.prototype, level).mockImplementation((message: unknown, ..._rest: unknown[]) => {
      logged.push(String(message));
    }),
  );
  let status = 0;
  let body: unknown;
  const reply = {
    raw: {},
    status: (s: number) => ((status = s), reply),
    header: () => reply,
    send: (b: unknown) => ((body = b), reply),
  };
  const request = {
    id: 'req-1',
    method: 'POST',
    url: `/v1/suppliers?email=${EMAIL}`,
    routeOptions: { url: '/v1/suppliers' },
    raw: { socket: { destroyed: false } },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  try {
    new ErrorEnvelopeFilter().catch(exception, host);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return { status, body, logged };
}

describe('what the error filter logs', () => {
  it('logs nothing itself for a duplicate key: the request line tells the 409', () => {
    const { status, body, logged } = answer(queryFailure('23505', 'duplicate key value violates unique constraint'));

    expect(status).toBe(409);
    expect(body).toMatchObject({ error: { code: 'CONFLICT', requestId: 'req-1' } });
    expect(logged).toEqual([]);
  });

  it("logs Corridor's own fault once, with its stack, but no SQL, parameters or query string", () => {
    const { status, logged } = answer(queryFailure('57P01', 'terminating connection due to administrator command'));

    expect(status).toBe(500);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('POST /v1/suppliers 500 INTERNAL');
    expect(logged[0]).toContain('terminating connection');
    expect(logged[0]).toMatch(/\n\s+at /);
    for (const absent of ['INSERT', EMAIL, PHONE, '102345678']) expect(logged[0]).not.toContain(absent);
  });
});
