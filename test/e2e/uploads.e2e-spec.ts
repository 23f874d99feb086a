import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { SAMPLE_PDF, futureDate, uploadDocument } from '../support/scenario';
import {
  documentRows,
  elfExecutable,
  expectError,
  expectFieldError,
  filesUnder,
  mintStaff,
  mzExecutable,
  sha256,
  signUp,
  tinyJpeg,
  tinyPng,
  uploadCutOffMidStream,
} from '../support/onboarding';

/**
 * Supplier document uploads over HTTP against the built apps: a file is judged by its bytes,
 * not by its name or declared type; a refused or broken upload leaves no row in the database
 * and no file (finished or temporary) under the data directory.
 */
describe('supplier document uploads', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '100000' });
  let staff: HttpClient;
  let supplierId: string;
  let exporter: HttpClient;
  let exporterKey: string;

  beforeAll(async () => {
    await env.start();
    staff = (await mintStaff(env)).client;
    const supplier = await signUp(env, { legalName: 'Kinazi Chili Farmers', district: 'Ruhango' });
    supplierId = supplier.supplierId;
    exporter = supplier.exporter;
    exporterKey = supplier.body.apiKey;
  }, 120_000);

  afterAll(async () => {
    await env.stop();
  });

  const files = () => filesUnder(join(env.dataDir, 'files'));
  const tempFiles = () => filesUnder(env.dataDir).filter((f) => f.endsWith('.tmp'));

  /** Runs `upload` and checks it stored nothing: no row, no file, no temporary file. */
  async function expectNothingStored(upload: () => Promise<void>): Promise<void> {
    const rowsBefore = await documentRows(env);
    const filesBefore = files();
    await upload();
    expect(await documentRows(env)).toBe(rowsBefore);
    expect(files()).toEqual(filesBefore);
    expect(tempFiles()).toEqual([]);
  }

  describe('judged by content', () => {
    it.each([
      ['a PNG', 'scan.pdf', 'application/pdf', tinyPng, 'image/png'],
      ['a JPEG', 'photo.pdf', 'application/pdf', tinyJpeg, 'image/jpeg'],
      ['a PDF', 'scan.png', 'image/png', () => SAMPLE_PDF, 'application/pdf'],
    ] as [string, string, string, () => Buffer, string][])(
      'stores %s named %s and declared %s as what its bytes are, and serves it back unchanged',
      async (_what, filename, declared, bytes, expected) => {
        const file = bytes();
        const form = new FormData();
        form.append('type', 'other');
        form.append('file', new Blob([file], { type: declared }), filename);
        const rowsBefore = await documentRows(env, supplierId);
        const filesBefore = files();

        const response = await exporter.send('POST', `/v1/suppliers/${supplierId}/documents`, form);

        expect(response.status).toBe(201);
        expect(response.body).toMatchObject({
          type: 'other',
          number: null,
          contentType: expected,
          sha256: sha256(file),
          sizeBytes: file.length,
        });
        expect(await documentRows(env, supplierId)).toBe(rowsBefore + 1);
        const added = files().filter((f) => !filesBefore.includes(f));
        expect(added).toHaveLength(1);
        expect(readFileSync(join(env.dataDir, 'files', added[0])).equals(file)).toBe(true);
        expect(tempFiles()).toEqual([]);

        const listed = await exporter.get(`/v1/suppliers/${supplierId}/documents`);
        expect(listed.body.items).toContainEqual(response.body);

        for (const reader of [exporter, staff]) {
          const download = await reader.get(`/v1/suppliers/${supplierId}/documents/${response.body.id}/file`);
          expect(download.status).toBe(200);
          expect(download.headers.get('content-type')).toBe(expected);
          expect(download.raw.equals(file)).toBe(true);
          expect(sha256(download.raw)).toBe(response.body.sha256);
        }
      },
    );

    it('records the registration number, issue and expiry dates of a GACC registration', async () => {
      const response = await uploadDocument(exporter, supplierId, {
        type: 'gacc_registration',
        number: 'CRWA12345678901',
        issuedOn: '2026-01-15',
        expiresOn: '2031-01-14',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        type: 'gacc_registration',
        number: 'CRWA12345678901',
        issuedOn: '2026-01-15',
        expiresOn: '2031-01-14',
        contentType: 'application/pdf',
      });
    });
  });

  describe('refused', () => {
    it.each([
      ['an ELF executable', elfExecutable],
      ['an MZ (Windows) executable', mzExecutable],
    ] as [string, () => Buffer][])(
      'answers 415 UNSUPPORTED_MEDIA_TYPE to %s renamed .pdf and declared application/pdf, storing nothing',
      async (_what, bytes) => {
        await expectNothingStored(async () => {
          const form = new FormData();
          form.append('type', 'rdb_certificate');
          form.append('file', new Blob([bytes()], { type: 'application/pdf' }), 'rdb-certificate.pdf');
          const response = await exporter.send('POST', `/v1/suppliers/${supplierId}/documents`, form);
          expectError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
        });
      },
    );

    it('answers 413 PAYLOAD_TOO_LARGE to an 11 MiB file, storing nothing', async () => {
      await expectNothingStored(async () => {
        const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(11 * 1024 * 1024 - SAMPLE_PDF.length, 0x20)]);
        const response = await uploadDocument(
          exporter,
          supplierId,
          { type: 'tax_clearance', expiresOn: futureDate(365) },
          big,
          'tax-clearance.pdf',
        );
        expectError(response, 413, 'PAYLOAD_TOO_LARGE');
      });
    });

    it('accepts a file of exactly 10 MiB (the limit is inclusive)', async () => {
      const limit = Buffer.concat([SAMPLE_PDF, Buffer.alloc(10 * 1024 * 1024 - SAMPLE_PDF.length, 0x20)]);
      const response = await uploadDocument(exporter, supplierId, { type: 'tax_clearance' }, limit, 'tax.pdf');
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ sizeBytes: 10 * 1024 * 1024, sha256: sha256(limit) });
    });

    it.each(['naeb_registration', 'gacc_registration'])(
      'answers 400 VALIDATION_FAILED naming number to a %s without its number, storing nothing',
      async (type) => {
        await expectNothingStored(async () => {
          const response = await uploadDocument(exporter, supplierId, { type, expiresOn: futureDate(365) });
          expectFieldError(response, 'number');
        });
      },
    );

    // The number goes on customs documents and labels: blanks are no registration number.
    it.each(['naeb_registration', 'gacc_registration'])(
      'answers 400 VALIDATION_FAILED naming number to a %s whose number is only blanks, storing nothing',
      async (type) => {
        await expectNothingStored(async () => {
          const response = await uploadDocument(exporter, supplierId, { type, number: '   ' });
          expectFieldError(response, 'number');
        });
      },
    );

    it('answers 400 VALIDATION_FAILED to an unknown field in the form, storing nothing', async () => {
      await expectNothingStored(async () => {
        const response = await uploadDocument(exporter, supplierId, { type: 'rdb_certificate', colour: 'blue' });
        expectFieldError(response, 'colour');
      });
    });

    it('answers 400 VALIDATION_FAILED to an unknown document type, storing nothing', async () => {
      await expectNothingStored(async () => {
        const response = await uploadDocument(exporter, supplierId, { type: 'passport' });
        expectFieldError(response, 'type');
      });
    });

    it('answers 400 VALIDATION_FAILED naming file when the form has no file, storing nothing', async () => {
      await expectNothingStored(async () => {
        const form = new FormData();
        form.append('type', 'rdb_certificate');
        const response = await exporter.send('POST', `/v1/suppliers/${supplierId}/documents`, form);
        expectFieldError(response, 'file');
      });
    });

    it('answers 400 VALIDATION_FAILED to a file sent under another field name, storing nothing', async () => {
      await expectNothingStored(async () => {
        const form = new FormData();
        form.append('type', 'rdb_certificate');
        form.append('document', new Blob([SAMPLE_PDF]), 'rdb.pdf');
        const response = await exporter.send('POST', `/v1/suppliers/${supplierId}/documents`, form);
        expectFieldError(response, 'document');
      });
    });

    it('answers 400 VALIDATION_FAILED to an empty file, storing nothing', async () => {
      await expectNothingStored(async () => {
        const response = await uploadDocument(exporter, supplierId, { type: 'rdb_certificate' }, Buffer.alloc(0));
        expectFieldError(response, 'file');
      });
    });

    it.each([
      [
        'a JSON body',
        'application/json',
        JSON.stringify({ type: 'rdb_certificate', file: SAMPLE_PDF.toString('base64') }),
      ],
      ['raw bytes', 'application/octet-stream', SAMPLE_PDF],
      ['a urlencoded form', 'application/x-www-form-urlencoded', 'type=rdb_certificate&file=x'],
    ] as [string, string, string | Buffer][])(
      'answers 415 UNSUPPORTED_MEDIA_TYPE to %s instead of multipart/form-data, storing nothing',
      async (_what, contentType, body) => {
        await expectNothingStored(async () => {
          const response = await exporter.send('POST', `/v1/suppliers/${supplierId}/documents`, body, {
            'content-type': contentType,
          });
          expectError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
        });
      },
    );
  });

  // The contract: every POST that creates something honours Idempotency-Key. An exporter on a
  // rural mobile connection retries an upload whose answer it never saw.
  describe('Idempotency-Key', () => {
    /** A multipart body with a fixed boundary, so that a retry sends exactly the same bytes. */
    function multipart(fields: Record<string, string>, file: Buffer): { body: Buffer; contentType: string } {
      const boundary = 'corridor-idempotent-upload';
      const body = Buffer.concat([
        ...Object.entries(fields).map(([name, value]) =>
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
        ),
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="tax.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        file,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return { body, contentType: `multipart/form-data; boundary=${boundary}` };
    }

    it('replays a retried upload with the same key: the first answer, one row, one file', async () => {
      const { body, contentType } = multipart({ type: 'tax_clearance' }, SAMPLE_PDF);
      const headers = { 'content-type': contentType, 'idempotency-key': 'upload-tax-clearance-0001' };
      const rowsBefore = await documentRows(env, supplierId);
      const filesBefore = files();

      const first = await exporter.send('POST', `/v1/suppliers/${supplierId}/documents`, body, headers);
      const retry = await exporter.send('POST', `/v1/suppliers/${supplierId}/documents`, body, headers);

      expect(first.status).toBe(201);
      expect({ status: retry.status, body: retry.body }).toEqual({ status: 201, body: first.body });
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await documentRows(env, supplierId)).toBe(rowsBefore + 1);
      expect(files()).toHaveLength(filesBefore.length + 1);
    });

    it('answers 422 IDEMPOTENCY_KEY_REUSED to the same key with another file, storing nothing more', async () => {
      const headers = (contentType: string) => ({ 'content-type': contentType, 'idempotency-key': 'upload-rdb-0001' });
      const pdf = multipart({ type: 'rdb_certificate' }, SAMPLE_PDF);
      const first = await exporter.send(
        'POST',
        `/v1/suppliers/${supplierId}/documents`,
        pdf.body,
        headers(pdf.contentType),
      );
      expect(first.status).toBe(201);
      const rowsBefore = await documentRows(env, supplierId);
      const filesBefore = files();

      const png = multipart({ type: 'rdb_certificate' }, tinyPng());
      const reused = await exporter.send(
        'POST',
        `/v1/suppliers/${supplierId}/documents`,
        png.body,
        headers(png.contentType),
      );

      expectError(reused, 422, 'IDEMPOTENCY_KEY_REUSED');
      expect(await documentRows(env, supplierId)).toBe(rowsBefore);
      expect(files()).toEqual(filesBefore);
    });
  });

  describe('cut off mid-stream', () => {
    it('leaves no row, no file and no temporary file when the connection drops halfway through the file', async () => {
      const file = Buffer.concat([SAMPLE_PDF, Buffer.alloc(4 * 1024 * 1024, 0x20)]);
      await expectNothingStored(() =>
        uploadCutOffMidStream({
          baseUrl: env.api.baseUrl,
          apiKey: exporterKey,
          supplierId,
          fields: { type: 'gacc_registration', number: 'CRWA12345678901', expiresOn: futureDate(365) },
          file,
          sentBytes: file.length / 2,
        }),
      );
    });

    it('still takes a complete upload afterwards (the API is not wedged by the cut)', async () => {
      const response = await uploadDocument(exporter, supplierId, {
        type: 'gacc_registration',
        number: 'CRWA12345678901',
        expiresOn: futureDate(365),
      });
      expect(response.status).toBe(201);
      expect(await documentRows(env, supplierId)).toBe(
        (await exporter.get(`/v1/suppliers/${supplierId}/documents?limit=200`)).body.items.length,
      );
      expect(files()).toHaveLength(await documentRows(env));
      expect(tempFiles()).toEqual([]);
    });
  });
});
