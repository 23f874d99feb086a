import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TestEnvironment } from '../support/test-environment';
import type { HttpClient } from '../support/http-client';
import { launchChromium } from '../support/browser';
import { waitForOpenTask } from '../support/journeys';
import { signUp } from '../support/onboarding';
import {
  approvedSupplier,
  mintKey,
  orderBody,
  shipmentBody,
  uploadRequiredDocuments,
  waitForStatus,
} from '../support/scenario';
import { waitFor } from '../support/wait-for';

const SCREENSHOTS = resolve(__dirname, '..', '..', 'test-output', 'console');
const AXE = resolve(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const STAFF_LABEL = 'Amina Mukamana';
const LEGAL_NAME = 'Rweru Chili Farmers Cooperative';
const LATE_NAME = 'Nyungwe Highland Coffee Growers';
const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * The staff console in a real browser (Debian's Chromium through playwright-core) against the
 * built API, worker and sandbox carriers. Data is set up over the API; everything after that
 * goes through the page alone, with role and label locators, as a member of staff works:
 * sign in, approve a supplier from its review task, print a drop-off's papers and hand it
 * over, find the shipment by its tracking number, sign out.
 */
describe('the staff console in a browser', () => {
  const env = new TestEnvironment();
  let browser: Browser;
  let staffKey: string;
  let staff: HttpClient;
  let exporterKey: string;
  let review: { taskId: string; supplierId: string; exporter: HttpClient };
  let late: { supplierId: string; exporter: HttpClient };
  let dropoff: { taskId: string; shipmentId: string; trackingNumber: string; exporter: HttpClient };
  let context: BrowserContext;
  let page: Page;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    // First, so a missing browser fails fast with what to install.
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await env.start();
    const minted = await env.admin.post('/v1/api-keys', { role: 'staff', label: STAFF_LABEL });
    expect(minted.status).toBe(201);
    staffKey = minted.body.key;
    staff = env.api.as(staffKey);

    // A supplier whose documents passed the automated checks: a supplier_review task.
    const applicant = await signUp(env, { legalName: LEGAL_NAME });
    exporterKey = applicant.body.apiKey;
    await uploadRequiredDocuments(applicant.exporter, applicant.supplierId);
    expect((await applicant.exporter.post(`/v1/suppliers/${applicant.supplierId}/submit`)).status).toBe(202);
    await waitForStatus(applicant.exporter, `/v1/suppliers/${applicant.supplierId}`, 'in_review');
    const reviewTask = await waitFor(
      () => staff.get(`/v1/tasks?type=supplier_review&subjectId=${applicant.supplierId}&status=open`),
      (r) => r.status === 200 && r.body.items.length === 1,
      { what: 'the supplier_review task' },
    );
    review = { taskId: reviewTask.body.items[0].id, supplierId: applicant.supplierId, exporter: applicant.exporter };

    // A second applicant, ready to submit while the inbox is open.
    const second = await signUp(env, { legalName: LATE_NAME, categories: ['coffee'], district: 'nyamasheke' });
    await uploadRequiredDocuments(second.exporter, second.supplierId);
    late = { supplierId: second.supplierId, exporter: second.exporter };

    // A shipment booked with the post: a handoff_dropoff task.
    const supplier = await approvedSupplier(env, staff);
    const buyer = await mintKey(env, { role: 'buyer', storeCode: 'FS-SHA-001' });
    const order = await buyer.post('/v1/purchase-orders', orderBody(supplier.supplierId));
    expect(order.status).toBe(201);
    expect((await supplier.exporter.post(`/v1/purchase-orders/${order.body.id}/confirm`)).status).toBe(200);
    const created = await supplier.exporter.post(`/v1/purchase-orders/${order.body.id}/shipments`, shipmentBody(20));
    expect(created.status).toBe(201);
    const booked = await waitForStatus(supplier.exporter, `/v1/shipments/${created.body.id}`, 'handoff_booked');
    const dropoffTask = await waitForOpenTask(staff, 'handoff_dropoff', created.body.id);
    dropoff = {
      taskId: dropoffTask.id,
      shipmentId: created.body.id,
      trackingNumber: booked.trackingNumber,
      exporter: supplier.exporter,
    };

    context = await browser.newContext({ baseURL: env.api.baseUrl, viewport: VIEWPORTS[0] });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await env.stop();
  });

  async function signIn(on: Page, key: string): Promise<void> {
    await on.getByLabel('API key').fill(key);
    await on.getByRole('button', { name: 'Sign in' }).click();
  }

  it('refuses an exporter key with a message that says why', async () => {
    const other = await browser.newContext({ baseURL: env.api.baseUrl });
    try {
      const tab = await other.newPage();
      await tab.goto('/console');
      await signIn(tab, exporterKey);
      await expect(tab.getByRole('alert').textContent()).resolves.toMatch(/Only staff and admin keys/);
      await expect(tab.getByLabel('API key').isVisible()).resolves.toBe(true);
      expect((await tab.request.get('/v1/sessions/current')).status()).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('serves every console address with its own security headers', async () => {
    const response = await page.request.get(`/console/tasks/${review.taskId}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/html/);
    expect(response.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response.headers()['content-security-policy']).not.toMatch(/unsafe-inline/);
    expect(response.headers()).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
  });

  it('asks for the key at a task address when signed out, then opens that task', async () => {
    await page.goto(`/console/tasks/${review.taskId}`);
    await signIn(page, staffKey);
    await page.getByRole('heading', { level: 1, name: /Supplier review/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/console/tasks/${review.taskId}`);
    await page.getByRole('heading', { level: 2, name: LEGAL_NAME }).waitFor();
  });

  it('lists the open tasks in the inbox, each naming its type, and claims the review', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Inbox' }).click();
    const tasks = page.getByRole('list', { name: 'Tasks' });
    const reviewItem = tasks.getByRole('listitem').filter({ hasText: LEGAL_NAME });
    await reviewItem.waitFor();
    await expect(reviewItem.textContent()).resolves.toContain('supplier_review');
    const dropoffItem = tasks.getByRole('listitem').filter({ hasText: dropoff.trackingNumber });
    await expect(dropoffItem.textContent()).resolves.toContain('handoff_dropoff');

    // A task the pipeline opens while the inbox is on screen shows up without a reload.
    expect((await late.exporter.post(`/v1/suppliers/${late.supplierId}/submit`)).status).toBe(202);
    await tasks.getByRole('listitem').filter({ hasText: LATE_NAME }).waitFor({ timeout: 60_000 });
    const order = await tasks.getByRole('listitem').allTextContents();
    expect(order.findIndex((text) => text.includes(LATE_NAME))).toBe(order.length - 1);

    await reviewItem.getByRole('link').click();
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.getByRole('button', { name: 'Release' }).waitFor();
    await page.getByRole('button', { name: 'approve', exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'handed_over' }).count()).resolves.toBe(0);
  });

  it('says in words who holds a task when a claim loses the race', async () => {
    await page.goto(`/console/tasks/${dropoff.taskId}`);
    const claim = page.getByRole('button', { name: 'Claim' });
    await claim.waitFor();
    const other = await mintKey(env, { role: 'staff', label: 'Jean Bosco' });
    expect((await other.post(`/v1/tasks/${dropoff.taskId}/claim`)).status).toBe(200);
    await claim.click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /Claimed by Jean Bosco (just now|\d+ minutes? ago)/,
    );
    await expect(page.getByRole('button', { name: 'handed_over' }).count()).resolves.toBe(0);
    expect((await other.post(`/v1/tasks/${dropoff.taskId}/release`)).status).toBe(200);
  });

  it('links the drop-off papers as one Print all PDF and claims the drop-off', async () => {
    await page.goto(`/console/tasks/${dropoff.taskId}`);
    const printAll = page.getByRole('link', { name: 'Print all' });
    const href = await printAll.getAttribute('href');
    expect(href).toBe(`/v1/shipments/${dropoff.shipmentId}/documents/bundle`);
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    const bundle = await PDFDocument.load(await pdf.body());
    expect(bundle.getPageCount()).toBeGreaterThan(1);

    await page.getByRole('button', { name: 'Claim' }).click();
    await page.getByLabel('Receipt number').waitFor();
    await page.getByRole('button', { name: 'handed_over', exact: true }).waitFor();
  });

  it('passes axe on the inbox, the supplier review and the drop-off, on a laptop and a phone', async () => {
    // axe is injected as a script of its own, which the console's CSP rightly refuses.
    const audit = await browser.newContext({ baseURL: env.api.baseUrl, bypassCSP: true });
    try {
      const tab = await audit.newPage();
      await tab.goto('/console');
      await signIn(tab, staffKey);
      await tab.getByRole('heading', { level: 1, name: 'Task inbox' }).waitFor();
      const pages = [
        { name: 'inbox', path: '/console', ready: () => tab.getByRole('list', { name: 'Tasks' }).waitFor() },
        {
          name: 'supplier-review',
          path: `/console/tasks/${review.taskId}`,
          ready: () => tab.getByRole('button', { name: 'approve', exact: true }).waitFor(),
        },
        {
          name: 'dropoff',
          path: `/console/tasks/${dropoff.taskId}`,
          ready: () => tab.getByLabel('Receipt number').waitFor(),
        },
      ];
      const found: Record<string, AxeViolation[]> = {};
      for (const viewport of VIEWPORTS) {
        await tab.setViewportSize({ width: viewport.width, height: viewport.height });
        for (const target of pages) {
          await tab.goto(target.path);
          await target.ready();
          await tab.screenshot({ path: resolve(SCREENSHOTS, `${target.name}-${viewport.name}.png`), fullPage: true });
          await tab.addScriptTag({ path: AXE });
          const violations: AxeViolation[] = await tab.evaluate(async () => {
            const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
            return (await axe.run()).violations;
          });
          found[`${target.name} ${viewport.name}`] = violations.filter(
            (v) => v.impact === 'serious' || v.impact === 'critical',
          );
        }
      }
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
    } finally {
      await audit.close();
    }
  }, 120_000);

  it('approves the supplier from its supplier_review task', async () => {
    await page.goto(`/console/tasks/${review.taskId}`);
    await page.getByRole('button', { name: 'approve', exact: true }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('approve');
    await waitForStatus(review.exporter, `/v1/suppliers/${review.supplierId}`, 'approved');
  });

  it('completes the drop-off with a receipt number, handing the shipment over', async () => {
    await page.goto(`/console/tasks/${dropoff.taskId}`);
    await page.getByLabel('Receipt number').fill('IPOSITA-KGL-000417');
    await page.getByRole('button', { name: 'handed_over', exact: true }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('handed_over');
    const shipment = await waitFor(
      () => dropoff.exporter.get(`/v1/shipments/${dropoff.shipmentId}`),
      (r) => r.status === 200 && r.body.history.some((h: { to: string }) => h.to === 'handed_over'),
      { what: 'the shipment to be handed over' },
    );
    expect(shipment.body.history.map((h: { to: string }) => h.to)).toContain('handed_over');
  });

  it('finds the shipment by its tracking number through Search', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Search').fill(dropoff.trackingNumber);
    await page.getByLabel('Search').press('Enter');
    const results = page.getByRole('list', { name: 'Shipments found' });
    await results.getByRole('link', { name: `Shipment ${dropoff.trackingNumber}` }).click();
    await page.getByRole('heading', { level: 1, name: `Shipment ${dropoff.trackingNumber}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await expect(page.getByRole('link', { name: /Commercial invoice/ }).count()).resolves.toBeGreaterThan(0);
  });

  it('signs out, and the session is gone', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect((await page.request.get('/v1/sessions/current')).status()).toBe(401);
    expect((await page.request.get('/v1/tasks')).status()).toBe(401);
    expect(policyViolations).toEqual([]);
  });
});
