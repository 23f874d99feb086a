import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { FileStore } from '@corridor/persistence';
import { newId, recordPastHistory } from '@corridor/persistence';
import { isoDate } from './document-checks';

/**
 * A few realistic suppliers for a new installation, so a first look at Corridor has something
 * in it: an approved chili cooperative in Bugesera, an approved coffee washing station in
 * Nyamasheke, and a chili cooperative suspended because its GACC registration expired.
 * Inserted once (keyed by TIN); a later start leaves them as they are.
 */
interface DemoSupplier {
  legalName: string;
  tradingName: string;
  type: 'cooperative' | 'company';
  tin: string;
  district: string;
  address: string;
  contact: { name: string; email: string; phone: string };
  categories: ('chili' | 'coffee')[];
  gaccExpiresInDays: number;
  products: {
    sku: string;
    name: { en: string; zh: string };
    category: 'chili' | 'coffee';
    form: string;
    hsCode: string;
    botanicalName: string;
    packaging: string;
    netG: number;
    grossG: number;
    shelfLifeDays: number;
    attributes: Record<string, unknown>;
  }[];
}

const DEMO_SUPPLIERS: DemoSupplier[] = [
  {
    legalName: 'Gashora Chili Growers Cooperative',
    tradingName: 'Gashora Chili',
    type: 'cooperative',
    tin: '102345678',
    district: 'Bugesera',
    address: 'Gashora sector, Bugesera, Eastern Province',
    contact: { name: 'Aline Uwase', email: 'aline@gashora-chili.example.rw', phone: '+250788123456' },
    categories: ['chili'],
    gaccExpiresInDays: 400,
    products: [
      {
        sku: 'GSH-CHILI-DW-5KG',
        name: { en: "Dried bird's eye chili, whole, 5 kg", zh: '干辣椒（整）5公斤' },
        category: 'chili',
        form: 'dried_whole',
        hsCode: '090421',
        botanicalName: 'Capsicum frutescens',
        packaging: 'bag',
        netG: 5000,
        grossG: 5200,
        shelfLifeDays: 365,
        attributes: { variety: "bird's eye", heatScoville: 100000 },
      },
      {
        sku: 'GSH-CHILI-CR-1KG',
        name: { en: "Crushed bird's eye chili, 1 kg", zh: '辣椒碎 1公斤' },
        category: 'chili',
        form: 'dried_crushed',
        hsCode: '090422',
        botanicalName: 'Capsicum frutescens',
        packaging: 'bag',
        netG: 1000,
        grossG: 1060,
        shelfLifeDays: 365,
        attributes: { variety: "bird's eye" },
      },
      {
        sku: 'GSH-CHILI-OIL-250ML',
        name: { en: 'Chili oil, 250 ml bottle', zh: '辣椒油 250毫升' },
        category: 'chili',
        form: 'chili_oil',
        hsCode: '210390',
        botanicalName: 'Capsicum frutescens',
        packaging: 'bottle',
        netG: 230,
        grossG: 480,
        shelfLifeDays: 540,
        attributes: { variety: "bird's eye" },
      },
    ],
  },
  {
    legalName: 'Nyamasheke Highlands Coffee Washing Station Ltd',
    tradingName: 'Nyamasheke Highlands',
    type: 'company',
    tin: '103456789',
    district: 'Nyamasheke',
    address: 'Kagano sector, Nyamasheke, Western Province, by Lake Kivu',
    contact: { name: 'Jean Bosco Habimana', email: 'bosco@nyamasheke-coffee.example.rw', phone: '+250788654321' },
    categories: ['coffee'],
    gaccExpiresInDays: 500,
    products: [
      {
        sku: 'NYH-GREEN-WASHED-60KG',
        name: { en: 'Green coffee, red Bourbon, fully washed, 60 kg', zh: '卢旺达波旁水洗生咖啡豆 60公斤' },
        category: 'coffee',
        form: 'green_beans',
        hsCode: '090111',
        botanicalName: 'Coffea arabica',
        packaging: 'sack',
        netG: 60000,
        grossG: 60700,
        shelfLifeDays: 365,
        attributes: {
          process: 'washed',
          screenSize: 15,
          cuppingScore: 86.5,
          altitudeM: 1750,
          washingStation: 'Nyamasheke Highlands',
        },
      },
      {
        sku: 'NYH-ROASTED-1KG',
        name: { en: 'Roasted coffee beans, medium roast, 1 kg', zh: '卢旺达烘焙咖啡豆 1公斤' },
        category: 'coffee',
        form: 'roasted_beans',
        hsCode: '090121',
        botanicalName: 'Coffea arabica',
        packaging: 'bag',
        netG: 1000,
        grossG: 1080,
        shelfLifeDays: 270,
        attributes: { process: 'washed', washingStation: 'Nyamasheke Highlands' },
      },
    ],
  },
  {
    legalName: 'Nyagatare Pepper Farmers Cooperative',
    tradingName: 'Nyagatare Pepper',
    type: 'cooperative',
    tin: '104567890',
    district: 'Nyagatare',
    address: 'Matimba sector, Nyagatare, Eastern Province',
    contact: { name: 'Claudine Mukamana', email: 'claudine@nyagatare-pepper.example.rw', phone: '+250788777888' },
    categories: ['chili'],
    gaccExpiresInDays: -3,
    products: [
      {
        sku: 'NPF-CHILI-DW-10KG',
        name: { en: 'Dried chili, whole, 10 kg', zh: '干辣椒（整）10公斤' },
        category: 'chili',
        form: 'dried_whole',
        hsCode: '090421',
        botanicalName: 'Capsicum annuum',
        packaging: 'sack',
        netG: 10000,
        grossG: 10300,
        shelfLifeDays: 365,
        attributes: { variety: 'cayenne' },
      },
    ],
  },
];

/** A one-page PDF standing in for a scanned certificate. */
function certificatePdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 50 780 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Inserts the demo suppliers not yet present (by TIN), each with its documents, products and history in one
 * transaction, and their document bytes in `files`. Returns how many it added: 0 on every run after the first.
 * Migrations must have run.
 */
export async function seedDemoSuppliers(dataSource: DataSource, files: FileStore): Promise<number> {
  let seeded = 0;
  for (const demo of DEMO_SUPPLIERS) {
    const added = await dataSource.transaction(async (manager) => {
      const exists: unknown[] = await manager.query('SELECT 1 FROM supplier WHERE tin = $1', [demo.tin]);
      if (exists.length > 0) return false;
      await insertSupplier(manager, files, demo);
      return true;
    });
    if (added) seeded += 1;
  }
  return seeded;
}

async function insertSupplier(manager: EntityManager, files: FileStore, demo: DemoSupplier): Promise<void> {
  const id = newId();
  const expired = demo.gaccExpiresInDays < 0;
  const gaccExpiresOn = isoDate(demo.gaccExpiresInDays);
  const reasons = expired
    ? [
        {
          code: 'DOCUMENT_EXPIRED',
          documentType: 'gacc_registration',
          message: `gacc_registration expired on ${gaccExpiresOn}`,
        },
      ]
    : [];
  await manager.query(
    `INSERT INTO supplier (id, legal_name, trading_name, type, tin, rdb_registration_number, district, address, contact, categories, status, reasons, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      id,
      demo.legalName,
      demo.tradingName,
      demo.type,
      demo.tin,
      demo.tin,
      demo.district,
      demo.address,
      JSON.stringify(demo.contact),
      demo.categories,
      expired ? 'suspended' : 'approved',
      JSON.stringify(reasons),
      expired ? 6 : 5,
    ],
  );
  const steps: [string | null, string, string, string | null][] = [
    [null, 'draft', 'system', null],
    ['draft', 'submitted', 'exporter', null],
    ['submitted', 'verifying', 'system', null],
    ['verifying', 'in_review', 'system', null],
    ['in_review', 'approved', 'staff', 'demo data: documents checked'],
  ];
  if (expired) steps.push(['approved', 'suspended', 'system', reasons[0].message]);
  await recordPastHistory(
    manager,
    { type: 'supplier', id },
    steps.map(([from, to, role, reason], i) => ({ from, to, minutesAgo: (steps.length - i) * 10, role, reason })),
  );
  const documents = [
    { type: 'rdb_certificate', number: null, expiresOn: null },
    { type: 'tax_clearance', number: null, expiresOn: isoDate(200) },
    { type: 'naeb_registration', number: `NAEB-EXP-${demo.tin.slice(-4)}`, expiresOn: isoDate(300) },
    { type: 'gacc_registration', number: `CRWA${demo.tin}01`, expiresOn: gaccExpiresOn },
  ];
  for (const doc of documents) {
    const docId = newId();
    const bytes = certificatePdf(`${demo.legalName}: ${doc.type}${doc.number ? ` ${doc.number}` : ''}`);
    const storageKey = `suppliers/${id}/${docId}`;
    await files.put(storageKey, bytes);
    await manager.query(
      `INSERT INTO supplier_document (id, supplier_id, type, number, content_type, sha256, size_bytes, issued_on, expires_on, storage_key)
       VALUES ($1, $2, $3, $4, 'application/pdf', $5, $6, $7, $8, $9)`,
      [
        docId,
        id,
        doc.type,
        doc.number,
        createHash('sha256').update(bytes).digest('hex'),
        bytes.length,
        isoDate(-365),
        doc.expiresOn,
        storageKey,
      ],
    );
  }
  for (const p of demo.products) {
    await manager.query(
      `INSERT INTO product (id, supplier_id, sku, name_en, name_zh, category, form, hs_code, botanical_name, packaging, unit_net_weight_g, unit_gross_weight_g, shelf_life_days, attributes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        newId(),
        id,
        p.sku,
        p.name.en,
        p.name.zh,
        p.category,
        p.form,
        p.hsCode,
        p.botanicalName,
        p.packaging,
        p.netG,
        p.grossG,
        p.shelfLifeDays,
        JSON.stringify(p.attributes),
      ],
    );
  }
}
