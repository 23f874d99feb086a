import { DomainError } from '@corridor/domain';
import { checkWebhookUrl } from './webhook-target';

const open = { allowPrivate: true, requireHttps: false };
const strict = { allowPrivate: false, requireHttps: false };

async function refusal(url: string, policy = strict): Promise<string> {
  const error: unknown = await checkWebhookUrl(url, policy).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`${url} was accepted`);
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.details[0].field).toBe('url');
  return error.message;
}

describe('checkWebhookUrl', () => {
  it('accepts a public https address', async () => {
    await expect(
      checkWebhookUrl('https://8.8.8.8/hooks', { allowPrivate: false, requireHttps: true }),
    ).resolves.toBeInstanceOf(URL);
  });

  it('refuses metadata and link-local targets even when private ones are allowed', async () => {
    expect(await refusal('http://169.254.169.254/latest/meta-data/', open)).toMatch(/link-local/);
    expect(await refusal('http://[fe80::1]/', open)).toMatch(/link-local/);
    expect(await refusal('http://[::ffff:169.254.169.254]/', open)).toMatch(/link-local/);
    expect(await refusal('http://100.100.100.200/latest/meta-data/', open)).toMatch(/link-local/);
  });

  it('refuses loopback and private targets, also spelled as numbers, unless allowed', async () => {
    expect(await refusal('http://127.0.0.1:8080/')).toMatch(/private or loopback/);
    expect(await refusal('http://2130706433/')).toMatch(/private or loopback/);
    expect(await refusal('http://10.0.0.5/')).toMatch(/private or loopback/);
    expect(await refusal('http://[::1]/')).toMatch(/private or loopback/);
    expect(await refusal('http://localhost:9000/')).toMatch(/private or loopback/);
    await expect(checkWebhookUrl('http://127.0.0.1:8080/', open)).resolves.toBeInstanceOf(URL);
  });

  it('refuses http in production, credentials, fragments, other schemes and non-URLs', async () => {
    expect(await refusal('http://8.8.8.8/', { allowPrivate: false, requireHttps: true })).toMatch(/https/);
    expect(await refusal('https://user:pw@8.8.8.8/')).toMatch(/credentials/);
    expect(await refusal('https://8.8.8.8/#frag')).toMatch(/fragment/);
    expect(await refusal('ftp://8.8.8.8/')).toMatch(/http/);
    expect(await refusal('file:///etc/passwd')).toMatch(/http/);
    expect(await refusal('not a url')).toMatch(/absolute URL/);
  });

  it('refuses a host that does not resolve', async () => {
    expect(await refusal('https://no-such-host.invalid/')).toMatch(/does not resolve/);
  });
});
