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
    const { status, logged } = answer(queryFailure('42703', 'column "contact_fax" does not exist'));

    expect(status).toBe(500);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('POST /v1/suppliers 500 INTERNAL');
    expect(logged[0]).toContain('does not exist');
    expect(logged[0]).toMatch(/\n\s+at /);
    for (const absent of ['INSERT', EMAIL, PHONE, '102345678']) expect(logged[0]).not.toContain(absent);
  });
});

describe('a dependency that is down', () => {
  const errno = (code: string, message = `connect ${code} 127.0.0.1:5432`) =>
    Object.assign(new Error(message), { code, errno: -111, syscall: 'connect' });
  const down: [string, unknown][] = [
    ['Postgres refusing connections (ECONNREFUSED)', errno('ECONNREFUSED')],
    ['a connect that timed out (ETIMEDOUT)', errno('ETIMEDOUT')],
    ['a connect tried on several addresses (AggregateError)', new AggregateError([errno('ECONNREFUSED')], '')],
    ['a connection dropped mid-query', queryFailure('', 'Connection terminated unexpectedly')],
    ['the pool timing out', new Error('timeout exceeded when trying to connect')],
    ['admin_shutdown (57P01)', queryFailure('57P01', 'terminating connection due to administrator command')],
    ['crash_shutdown (57P02)', queryFailure('57P02', 'terminating connection because of crash of another server')],
    ['cannot_connect_now (57P03)', queryFailure('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', queryFailure('08006', 'connection failure')],
    ['a connection exception (08001)', queryFailure('08001', 'unable to establish connection')],
    ['too many connections (53300)', queryFailure('53300', 'sorry, too many clients already')],
    ['a failure wrapped in a cause', new Error('could not read the supplier', { cause: errno('ECONNREFUSED') })],
    ['Redis gone (ioredis, Connection is closed)', new Error('Connection is closed.')],
    [
      'Redis retries exhausted (ioredis)',
      Object.assign(new Error('Reached the max retries per request limit (which is 20).'), {
        name: 'MaxRetriesPerRequestError',
      }),
    ],
    ['Redis offline queue off (ioredis)', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    [
      "a transaction's connection dropped by a Postgres restart (TypeORM)",
      Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), {
        name: 'QueryRunnerAlreadyReleasedError',
      }),
    ],
    [
      'a query on a connection dropped mid-request (TypeORM)',
      Object.assign(new Error('Database connection provided by a query runner was already released'), {
        name: 'QueryRunnerProviderAlreadyReleasedError',
      }),
    ],
  ];

  it.each(down)('%s is 503 UNAVAILABLE in the envelope, logged as a fault', (_what, exception) => {
    const { status, body, logged } = answer(exception);

    expect(status).toBe(503);
    expect(body).toEqual({
      error: { code: 'UNAVAILABLE', message: expect.any(String), details: [], requestId: 'req-1' },
    });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|5432|INSERT|ECONN/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('503 UNAVAILABLE');
  });

  const notDown: [string, unknown, number, string][] = [
    ['a duplicate key', queryFailure('23505', 'duplicate key value violates unique constraint'), 409, 'CONFLICT'],
    ['a value the column cannot hold', queryFailure('22001', 'value too long'), 400, 'VALIDATION_FAILED'],
    ['a syntax error in our SQL', queryFailure('42601', 'syntax error at or near "FROM"'), 500, 'INTERNAL'],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')"), 500, 'INTERNAL'],
  ];

  it.each(notDown)('%s keeps its own answer (%s)', (_what, exception, status, code) => {
    const answered = answer(exception);

    expect(answered.status).toBe(status);
    expect(answered.body).toMatchObject({ error: { code } });
  });
});
