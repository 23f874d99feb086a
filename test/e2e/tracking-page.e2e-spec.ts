import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signCarrierPayload } from '@corridor/tracking';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { launchChromium } from '../support/browser';
import { DropoffClerk } from '../support/pipeline';
import { approvedSupplier, mintKey, orderBody, shipmentBody, waitForStatus } from '../support/scenario';
import { waitFor } from '../support/wait-for';

const SCREENSHOTS = resolve(__dirname, '..', '..', 'test-output', 'tracking');

const STEPS_EN = [
  'Handed over to the carrier',
  'Departed Rwanda',
  'In transit',
  'Arrived in China',
  'Customs cleared',
  'Out for delivery',
  'Delivered',
];
const STEPS_ZH = ['已交寄承运商', '已离开卢旺达', '运输中', '已抵达中国', '已清关', '派送中', '已送达'];

/** A carrier's free text that must never reach the public: a person, a phone number, a price. */
const CARRIER_LOCATION = '<b>Shanghai</b> PVG hub, call 13800138000';
const CARRIER_DESCRIPTION = 'Held: consignee Wang Wei must pay duty of USD 23.50';

/**
 * The public tracking page in a real browser: headless Chromium (Debian's, via playwright-core)
 * on a phone-sized screen, against the built API, worker and sandbox carriers. One shipment
 * travels to delivery through the sandbox; a second, still booked, gets a customs hold pushed
 * by its carrier, which also shows the public answer keeps the carrier's free text out.
 */
describe('the tracking page in a browser', () => {
  const env = new TestEnvironment({ RATE_LIMIT_PUBLIC: '40' });
  let browser: Browser;
  let staff: HttpClient;
  let exporter: HttpClient;
  let clerk: DropoffClerk;
  let delivered: { id: string; trackingNumber: string };
  let held: { id: string; trackingNumber: string };

  beforeAll(async () => {
    // First, so a missing browser fails fast with what to install.
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await env.start();
    staff = await mintKey(env, { role: 'staff' });
    const buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    const supplier = await approvedSupplier(env, staff);
    exporter = supplier.exporter;
    const order = await buyer.post('/v1/purchase-orders', orderBody(supplier.supplierId));
    expect(order.status).toBe(201);
    expect((await exporter.post(`/v1/purchase-orders/${order.body.id}/confirm`)).status).toBe(200);

    const book = async () => {
      const created = await exporter.post(`/v1/purchase-orders/${order.body.id}/shipments`, shipmentBody(20));
      expect(created.status).toBe(201);
      const booked = await waitForStatus(exporter, `/v1/shipments/${created.body.id}`, 'handoff_booked');
      return { id: booked.id as string, trackingNumber: booked.trackingNumber as string };
    };
    delivered = await book();
    held = await book();
    // The drop-off desk hands over the first shipment only; the second stays booked.
    clerk = new DropoffClerk(staff).start({ hold: (shipmentId) => shipmentId === held.id });
    await waitForStatus(exporter, `/v1/shipments/${delivered.id}`, 'delivered', 90_000);
  }, 240_000);

  afterAll(async () => {
    await clerk?.stop();
    await browser?.close();
    await env.stop();
  });

  async function phone(options: { locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    const page = await context.newPage();
    return { context, page };
  }

  /** What a person sees of the timeline: each step's label (without the "now" badge), top to bottom. */
  async function timeline(page: Page) {
    return page.$$eval('ol.timeline > li', (items) =>
      items.map((li) => {
        const label = li.querySelector('.label')!;
        const badge = label.querySelector('.now');
        const box = li.getBoundingClientRect();
        return {
          step: li.getAttribute('data-step'),
          state: li.className,
          label: (label.textContent ?? '').replace(badge?.textContent ?? '', '').trim(),
          text: (li as unknown as { innerText: string }).innerText,
          top: box.top,
          left: box.left,
        };
      }),
    );
  }

  async function noHorizontalOverflow(page: Page): Promise<void> {
    // Runs in the page; the test compiles without the DOM library, hence the loose reach.
    const widths: { scroll: number; body: number; inner: number } = await page.evaluate(() => {
      const { document, innerWidth } = globalThis as unknown as {
        document: { documentElement: { scrollWidth: number }; body: { scrollWidth: number } };
        innerWidth: number;
      };
      return { scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth, inner: innerWidth };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    expect(widths.body).toBeLessThanOrEqual(widths.inner);
  }

  it.each([
    ['en', STEPS_EN, 'Delivered', 'track-en.png'],
    ['zh', STEPS_ZH, '已送达', 'track-zh.png'],
  ] as const)('shows a delivered parcel’s journey in %s on a phone', async (lang, labels, headline, file) => {
    const view = (await env.api.get(`/v1/tracking/${delivered.trackingNumber}`)).body;
    expect(view.status).toBe('delivered');
    const { context, page } = await phone();
    try {
      const response = await page.goto(`${env.api.baseUrl}/track/${delivered.trackingNumber}?lang=${lang}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toContain('text/html');
      expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');

      expect((await page.locator('#headline').innerText()).trim()).toBe(headline);
      expect(await page.locator('#headline').isVisible()).toBe(true);

      const steps = await timeline(page);
      expect(steps.map((s) => s.label)).toEqual(labels);
      for (const label of labels) expect(await page.getByText(label, { exact: true }).first().isVisible()).toBe(true);
      // A vertical timeline: each step below the one before, in one column.
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i].top).toBeGreaterThan(steps[i - 1].top);
        expect(steps[i].left).toBe(steps[0].left);
      }
      // Every milestone reached, with its time and place; the last one is where the parcel is now.
      expect(steps.map((s) => s.state)).toEqual([...Array(6).fill('reached'), 'current']);
      for (const s of steps) expect(s.text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
      expect(steps[0].text).toContain('Kigali');
      expect(await page.locator('li.current .now').innerText()).toBe(lang === 'zh' ? '当前' : 'Now');

      // The destination store, in Chinese on both pages.
      expect(view.destination.storeZh).toMatch(/[\u4e00-\u9fff]/);
      expect(await page.locator('dd.store').innerText()).toContain(view.destination.storeZh);

      // The other language is one tap away.
      const other = lang === 'zh' ? 'English' : '中文';
      expect(await page.getByRole('link', { name: other, exact: true }).isVisible()).toBe(true);

      await noHorizontalOverflow(page);
      await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('switches language by the link, and defaults to the browser’s language', async () => {
    const zh = await phone({ locale: 'zh-CN' });
    try {
      await zh.page.goto(`${env.api.baseUrl}/track/${delivered.trackingNumber}`);
      expect(await zh.page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect((await zh.page.locator('#headline').innerText()).trim()).toBe('已送达');
      await Promise.all([zh.page.waitForURL(/lang=en$/), zh.page.getByRole('link', { name: 'English' }).first().tap()]);
      expect(await zh.page.getAttribute('html', 'lang')).toBe('en');
      expect((await zh.page.locator('#headline').innerText()).trim()).toBe('Delivered');
    } finally {
      await zh.context.close();
    }
    const en = await phone({ locale: 'en-GB' });
    try {
      await en.page.goto(`${env.api.baseUrl}/track/${delivered.trackingNumber}`);
      expect(await en.page.getAttribute('html', 'lang')).toBe('en');
    } finally {
      await en.context.close();
    }
  });

  it('loads nothing but the page itself', async () => {
    const { context, page } = await phone();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    try {
      await page.goto(`${env.api.baseUrl}/track/${delivered.trackingNumber}?lang=en`);
      await page.waitForLoadState('networkidle');
      const others = requested.filter((url) => !url.endsWith('/favicon.ico'));
      expect(others).toEqual([`${env.api.baseUrl}/track/${delivered.trackingNumber}?lang=en`]);
    } finally {
      await context.close();
    }
  });

  it('moves a booked shipment to handed_over and exception on a customs hold, and shows it without the carrier’s text', async () => {
    const pair = env.carrierSecrets.split(',').find((p) => p.startsWith('iposita-ems='))!;
    const body = JSON.stringify({
      events: [
        {
          eventId: `hold-${held.id}`,
          trackingNumber: held.trackingNumber,
          code: 'customs_hold',
          occurredAt: new Date().toISOString(),
          location: CARRIER_LOCATION,
          description: CARRIER_DESCRIPTION,
        },
      ],
    });
    const pushed = await env.api.send('POST', '/v1/carriers/iposita-ems/events', body, {
      'content-type': 'application/json',
      'x-carrier-signature': signCarrierPayload(pair.slice('iposita-ems='.length), body),
    });
    expect(pushed.status).toBe(200);

    const shipment = await waitForStatus(exporter, `/v1/shipments/${held.id}`, 'exception');
    expect(shipment.history.map((h: { to: string }) => h.to).slice(-2)).toEqual(['handed_over', 'exception']);
    await waitFor(
      () => staff.get(`/v1/tasks?type=exception_review&subjectId=${held.id}&status=open`),
      (r) => r.status === 200 && r.body.items.length === 1,
      { what: 'an exception_review task' },
    );

    const view = await env.api.get(`/v1/tracking/${held.trackingNumber}`);
    expect(view.status).toBe(200);
    expect(Object.keys(view.body).sort()).toEqual(
      ['carrier', 'destination', 'estimatedDelivery', 'events', 'origin', 'status', 'trackingNumber'].sort(),
    );
    expect(view.body.status).toBe('exception');
    expect(view.body.events).toEqual([
      {
        code: 'customs_hold',
        occurredAt: expect.any(String),
        location: 'b Shanghai /b PVG hub, call',
        description: { en: 'Held at customs', zh: '海关查验中' },
      },
    ]);
    expect(JSON.stringify(view.body)).not.toMatch(/Wang|13800138000|23\.50|<b>|duty/);

    const { context, page } = await phone();
    try {
      const response = await page.goto(`${env.api.baseUrl}/track/${held.trackingNumber}?lang=zh`);
      expect(response?.status()).toBe(200);
      expect((await page.locator('#headline').innerText()).trim()).toBe('运输异常');
      const trouble = page.locator('section.trouble');
      expect(await trouble.isVisible()).toBe(true);
      expect(await trouble.innerText()).toContain('海关查验中');
      expect(await page.locator('main b').count()).toBe(0);
      const html = await page.content();
      expect(html).not.toMatch(/Wang|13800138000|23\.50/);
      const steps = await timeline(page);
      expect(steps[0]).toMatchObject({ step: 'accepted', state: 'current' });
      expect(steps.slice(1).every((s) => s.state === 'pending')).toBe(true);
      await noHorizontalOverflow(page);
      await page.screenshot({ path: join(SCREENSHOTS, 'track-exception-zh.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it.each([
    ['an unknown number', 'EE999999995RW', 404, 'Tracking number not found', '未找到该运单'],
    ['a malformed number', 'not-a-number', 400, 'Not a tracking number', '运单号格式不正确'],
  ] as const)('answers %s with an HTML page', async (_name, number, status, en, zh) => {
    const { context, page } = await phone();
    try {
      const response = await page.goto(`${env.api.baseUrl}/track/${number}?lang=en`);
      expect(response?.status()).toBe(status);
      expect(response?.headers()['content-type']).toContain('text/html');
      expect((await page.locator('#headline').innerText()).trim()).toBe(en);
      expect(await page.getByText(zh).first().isVisible()).toBe(true);
      await noHorizontalOverflow(page);
    } finally {
      await context.close();
    }
    // The JSON route keeps the contract's envelope.
    const json = await env.api.get(`/v1/tracking/${number}`);
    expect(json.status).toBe(status);
    expect(json.body.error.code).toBe(status === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED');
  });

  it('is rate limited like the JSON route, with an HTML page', async () => {
    const limited = await waitFor(
      () => env.api.get(`/track/${delivered.trackingNumber}`),
      (r) => r.status === 429,
      { what: 'the rate limit', intervalMs: 0, timeoutMs: 30_000 },
    );
    expect(limited.headers.get('content-type')).toContain('text/html');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(String(limited.body)).toContain('查询过于频繁');
    expect((await env.api.get(`/v1/tracking/${delivered.trackingNumber}`)).status).toBe(429);
  });
});
