import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { Queue } from 'bullmq';
import { QUEUES } from '@corridor/queue/jobs';
import { redisOptionsFromUrl } from '@corridor/queue/redis-options';
import type { HttpClient, HttpResponse } from './http-client';
import { PipelineProbe } from './pipeline';
import { futureDate, supplierSignUp, uploadDocument } from './scenario';
import type { TestEnvironment } from './test-environment';
import { waitFor } from './wait-for';

/**
 * Helpers for the onboarding and upload suites: keys with their ids, sign-up, the supplier's
 * documents, the certificate check's job, and what an upload left on disk and in the database.
 */

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A staff key and its id (history entries name the key that acted). */
export async function mintStaff(
  env: TestEnvironment,
  label = 'onboarding staff',
): Promise<{ client: HttpClient; keyId: string }> {
  const response = await env.admin.post('/v1/api-keys', { role: 'staff', label });
  if (response.status !== 201)
    throw new Error(`minting staff failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { client: env.api.as(response.body.key), keyId: response.body.id };
}

export interface SignedUp {
  supplierId: string;
  exporter: HttpClient;
  /** The id of the exporter key sign-up returned. */
  keyId: string;
  tin: string;
  body: Record<string, any>;
}

/** Self-onboarding over HTTP; throws unless it answers 201. */
export async function signUp(env: TestEnvironment, overrides: Record<string, unknown> = {}): Promise<SignedUp> {
  const body = supplierSignUp(overrides);
  const response = await env.api.post('/v1/suppliers', body);
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  const supplierId: string = response.body.supplier.id;
  const [key] = await env.query<{ id: string }>(`SELECT id FROM api_key WHERE supplier_id = $1`, [supplierId]);
  return {
    supplierId,
    exporter: env.api.as(response.body.apiKey),
    keyId: key.id,
    tin: body.tin as string,
    body: response.body,
  };
}

export const REQUIRED_DOCUMENTS: Record<string, Record<string, string>> = {
  rdb_certificate: { type: 'rdb_certificate' },
  tax_clearance: { type: 'tax_clearance' },
  naeb_registration: { type: 'naeb_registration', number: 'NAEB-EXP-2026-0417' },
  gacc_registration: { type: 'gacc_registration', number: 'CRWA12345678901' },
};

/** Uploads the named documents (valid for a year unless `expiresOn` says otherwise); throws unless each is 201. */
export async function uploadDocuments(
  exporter: HttpClient,
  supplierId: string,
  types: string[],
  expiresOn = futureDate(365),
): Promise<string[]> {
  const ids: string[] = [];
  for (const type of types) {
    const response = await uploadDocument(exporter, supplierId, {
      ...REQUIRED_DOCUMENTS[type],
      issuedOn: futureDate(-30),
      expiresOn,
    });
    if (response.status !== 201)
      throw new Error(`upload ${type} failed: ${response.status} ${JSON.stringify(response.body)}`);
    ids.push(response.body.id);
  }
  return ids;
}

/** Submits (expecting 202) and waits for the automated checks to settle on `status`. */
export async function submitAndWait(exporter: HttpClient, supplierId: string, status: string): Promise<any> {
  const submitted = await exporter.post(`/v1/suppliers/${supplierId}/submit`);
  if (submitted.status !== 202) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return waitFor(
    () => exporter.get(`/v1/suppliers/${supplierId}`),
    (r) => r.status === 200 && r.body.status === status,
    { what: `supplier ${supplierId} to be ${status}` },
  ).then((r) => r.body);
}

/** Where a BullMQ job of the suppliers queue ended: its state and what the handler returned. */
export async function waitForSupplierJob(
  env: TestEnvironment,
  jobId: string,
): Promise<{ state: string; returnvalue: unknown; failedReason?: string }> {
  const queue = new Queue(QUEUES.suppliers, {
    connection: redisOptionsFromUrl(env.env.REDIS_URL),
    prefix: env.queuePrefix,
  });
  try {
    return await waitFor(
      async () => {
        // State first, then the job: read the other way round, a job fetched while active and
        // found completed a moment later would report no return value.
        const state = await queue.getJobState(jobId);
        const job = await queue.getJob(jobId);
        if (!job) return { state: 'unknown', returnvalue: undefined };
        return { state, returnvalue: job.returnvalue, failedReason: job.failedReason };
      },
      (r) => r.state === 'completed' || r.state === 'failed',
      { what: `suppliers job ${jobId} to finish` },
    );
  } finally {
    await queue.close();
  }
}

/**
 * Waits until the job pipeline is quiet: every outbox row published and no job waiting,
 * delayed or running (the daily scheduler's next run is left out by the probe).
 */
export async function waitForQuiet(env: TestEnvironment): Promise<void> {
  const probe = await new PipelineProbe(env).open();
  try {
    await waitFor(
      async () => {
        const outbox = await probe.unpublishedOutbox();
        const counts = await probe.jobCounts();
        return { outbox, counts };
      },
      ({ outbox, counts }) =>
        outbox.length === 0 &&
        ['active', 'wait', 'delayed', 'prioritized', 'waiting-children'].every((state) => (counts[state] ?? 0) === 0),
      { what: 'the job pipeline to be quiet' },
    );
  } finally {
    await probe.close();
  }
}

/** Runs the certificate check on demand and waits until its job has finished; returns what it did. */
export async function runCertificateCheck(
  env: TestEnvironment,
  staff: HttpClient,
): Promise<{ state: string; returnvalue: any }> {
  const response = await staff.post('/v1/suppliers/certificate-checks');
  if (response.status !== 202)
    throw new Error(`certificate check refused: ${response.status} ${JSON.stringify(response.body)}`);
  return waitForSupplierJob(env, response.body.jobId);
}

/** The contract's error envelope, with the request id of the response header and nothing internal. */
export function expectError(response: HttpResponse, status: number, code: string): void {
  expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { error: { code } } });
  expect(Object.keys(response.body)).toEqual(['error']);
  expect(Object.keys(response.body.error).sort()).toEqual(['code', 'details', 'message', 'requestId']);
  expect(response.body.error.requestId).toBe(response.headers.get('x-request-id'));
  expect(response.raw.toString('utf8')).not.toMatch(
    /\n\s+at |node_modules|\.[jt]s:\d+|QueryFailedError|SELECT |INSERT /,
  );
}

export function expectFieldError(response: HttpResponse, field: string): void {
  expectError(response, 400, 'VALIDATION_FAILED');
  expect(response.body.error.details).toContainEqual(expect.objectContaining({ field, issue: expect.any(String) }));
}

/** Every file under the data directory (recursively), relative to it. */
export function filesUnder(root: string, dir = root): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(root, join(dir, entry.name)) : [join(dir, entry.name)]))
    .map((path) => (path.startsWith(root) ? path.slice(root.length + 1) : path))
    .sort();
}

export async function documentRows(env: TestEnvironment, supplierId?: string): Promise<number> {
  const [row] = supplierId
    ? await env.query<{ n: number }>(`SELECT count(*)::int AS n FROM supplier_document WHERE supplier_id = $1`, [
        supplierId,
      ])
    : await env.query<{ n: number }>(`SELECT count(*)::int AS n FROM supplier_document`);
  return row.n;
}

// ---------- sample files ----------

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 1×1 white PNG (signature, IHDR, IDAT, IEND with correct CRCs). */
export function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0); // width
  ihdr.writeUInt32BE(1, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const scanline = Buffer.from([0, 0xff, 0xff, 0xff]); // filter byte + one RGB pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(scanline)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a JPEG/JFIF file (SOI, APP0 JFIF) followed by an end marker: enough to be judged a JPEG. */
export function tinyJpeg(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** The header of a Linux ELF executable, padded out. */
export function elfExecutable(): Buffer {
  return Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120, 0)]);
}

/** The header of a Windows PE executable ("MZ" … "This program cannot be run in DOS mode"). */
export function mzExecutable(): Buffer {
  return Buffer.concat([
    Buffer.from('MZ', 'latin1'),
    Buffer.alloc(62, 0x90),
    Buffer.from('This program cannot be run in DOS mode.\r\r\n$', 'latin1'),
    Buffer.alloc(64, 0),
  ]);
}

// ---------- a multipart upload cut off mid-stream ----------

/**
 * The sockets of a TCP connection as the kernel lists them (/proc/net/tcp and tcp6), by local
 * and remote port: state (hex, `01` established, `08` close-wait …), send and receive queues.
 */
function tcpSockets(): { localPort: number; remotePort: number; state: string; txQueue: number; rxQueue: number }[] {
  const rows: { localPort: number; remotePort: number; state: string; txQueue: number; rxQueue: number }[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 5) continue;
      const [, local, remote, state, queues] = cols;
      const [tx, rx] = queues.split(':');
      rows.push({
        localPort: parseInt(local.split(':')[1], 16),
        remotePort: parseInt(remote.split(':')[1], 16),
        state,
        txQueue: parseInt(tx, 16),
        rxQueue: parseInt(rx, 16),
      });
    }
  }
  return rows;
}

/**
 * Sends a multipart upload whose Content-Length promises the whole file, writes the form
 * fields and only the first `sentBytes` of the file, waits until the API has read everything
 * sent (its socket's receive queue is empty, ours has nothing unacknowledged), then destroys
 * the socket; finally waits until the API has closed its side of the connection, which it
 * does once it has seen the upload cut off.
 */
export async function uploadCutOffMidStream(input: {
  baseUrl: string;
  apiKey: string;
  supplierId: string;
  fields: Record<string, string>;
  file: Buffer;
  sentBytes: number;
}): Promise<void> {
  const url = new URL(input.baseUrl);
  const boundary = `----corridor-cut-${Date.now().toString(36)}`;
  const head = Buffer.concat([
    ...Object.entries(input.fields).map(([name, value]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`, 'utf8'),
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="certificate.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      'utf8',
    ),
  ]);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  const contentLength = head.length + input.file.length + tail.length;
  const requestHead = Buffer.from(
    [
      `POST /v1/suppliers/${input.supplierId}/documents HTTP/1.1`,
      `Host: ${url.host}`,
      `Authorization: Bearer ${input.apiKey}`,
      `Content-Type: multipart/form-data; boundary=${boundary}`,
      `Content-Length: ${contentLength}`,
      'Connection: close',
      '',
      '',
    ].join('\r\n'),
    'latin1',
  );

  const socket: Socket = await new Promise((resolve, reject) => {
    const s = connect({ host: url.hostname, port: Number(url.port) }, () => resolve(s));
    s.once('error', reject);
  });
  let answered = '';
  socket.on('data', (chunk) => (answered += chunk.toString('latin1')));
  socket.on('error', () => undefined); // the reset we cause is expected
  const clientPort = socket.localPort as number;
  const apiPort = Number(url.port);
  const write = (bytes: Buffer) =>
    new Promise<void>((resolve, reject) => socket.write(bytes, (error) => (error ? reject(error) : resolve())));
  await write(requestHead);
  await write(head);
  await write(input.file.subarray(0, input.sentBytes));

  // The API has taken in the fields and half the file: it is mid-stream when we cut.
  await waitFor(
    async () => {
      const sockets = tcpSockets();
      const ours = sockets.find((s) => s.localPort === clientPort && s.remotePort === apiPort);
      const theirs = sockets.find((s) => s.localPort === apiPort && s.remotePort === clientPort);
      return { ours, theirs, answered };
    },
    ({ ours, theirs }) => ours !== undefined && theirs !== undefined && ours.txQueue === 0 && theirs.rxQueue === 0,
    { what: 'the API to read what was sent of the upload', intervalMs: 20 },
  );
  if (answered.length > 0)
    throw new Error(`the API answered before the upload was complete: ${answered.slice(0, 500)}`);

  socket.destroy();

  // Until the API sees the cut it holds its end open (established or close-wait).
  await waitFor(
    async () => tcpSockets().filter((s) => s.localPort === apiPort && s.remotePort === clientPort),
    (theirs) => theirs.every((s) => s.state !== '01' && s.state !== '08'),
    { what: 'the API to close its end of the cut-off upload', intervalMs: 20 },
  );
}
