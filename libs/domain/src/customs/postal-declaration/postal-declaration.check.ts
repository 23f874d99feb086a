import { sameDecimal, valueInSdr } from '../../money';
import {
  add,
  checkAmount,
  checkCurrency,
  checkExporter,
  checkKg,
  checkLines,
  checkNetNotAboveGross,
  compareWithInvoice,
  compareWithTally,
} from '../checks/rules';
import {
  distinct,
  grams,
  money,
  sumGrams,
  sumMoney,
  tally,
  withKeys,
  type Documents,
  type LineList,
  type Run,
} from '../checks/run';
import type { PackedPackage, PostalDeclarationData } from '../document-data';
import { cn22Applies } from '../postal-form';

/** The document type of a postal declaration: `cn22` or `cn23`. */
export function postalForm(declaration: PostalDeclarationData): 'cn22' | 'cn23' {
  return declaration.form === 'CN22' ? 'cn22' : 'cn23';
}

/** Where a postal declaration is in the document set, named by its package. */
export function postalPath(declaration: PostalDeclarationData): string {
  return `postalDeclarations[${declaration.packageReference}]`;
}
/** Every postal declaration of a package that is on the packing list, in package order. */
export function checkPostalDeclarations(run: Run): void {
  for (const pkg of run.packages.values()) {
    for (const declaration of run.set.postalDeclarations) {
      if (declaration.packageReference === pkg.reference) checkPostalDeclaration(run, declaration, pkg);
    }
  }
  checkPostalValuesSummed(run);
}

/**
 * One CN22 or CN23 against its package: the form the item calls for, its contents, values at the
 * invoice's unit prices, its totals and the value in SDR, and the package's weights.
 */
export function checkPostalDeclaration(run: Run, declaration: PostalDeclarationData, pkg: PackedPackage): void {
  const type = postalForm(declaration);
  const path = postalPath(declaration);
  const own: Documents = [type];
  const list: LineList = { type, path: `${path}.items`, carriesLots: false, lines: withKeys(declaration.items) };
  checkExporter(run, { type, path: `${path}.sender`, party: declaration.sender });
  const sameCurrency = checkCurrency(run, { type, path, currency: declaration.currency });

  const sdr = sdrOf(declaration);
  const gross = grams(pkg.grossWeightKg) === null ? declaration.grossWeightKg : pkg.grossWeightKg;
  const form = postalFormFor(run, { grossWeightKg: gross, valueInSdr: sdr ?? declaration.valueInSdr });
  if (form !== null && form !== declaration.form) {
    add(run, {
      code: 'POSTAL_FORM_WRONG',
      documents: own,
      field: `${path}.form`,
      expected: form,
      actual: declaration.form,
    });
  }

  const contents = tally(pkg.contents.map((c) => ({ sku: c.sku, quantity: c.quantity })));
  compareWithTally(run, {
    list,
    reference: contents,
    documents: ['packing_list', type],
    linesCode: 'LINES_DIFFER',
    quantityCode: 'QUANTITY_MISMATCH',
    compareSkus: true,
  });
  compareWithInvoice(run, { list, value: false, netWeight: false, grossWeight: false });
  if (sameCurrency) {
    for (const sku of distinct(list.lines.map((l) => l.sku))) {
      const price = run.invoice.get(sku)?.unitPrice;
      const packed = contents.get(sku);
      if (!price || !packed) continue;
      checkAmount(run, {
        code: 'VALUE_MISMATCH',
        documents: ['commercial_invoice', type],
        field: `${path}.items[${sku}].value`,
        currency: declaration.currency,
        expected: price.times(packed.quantity),
        actual: list.lines.filter((l) => l.sku === sku).map((l) => l.value ?? ''),
      });
    }
  }
  checkLines(run, list);

  checkAmount(run, {
    code: 'TOTAL_NOT_SUM',
    documents: own,
    field: `${path}.totalValue`,
    currency: declaration.currency,
    expected: sumMoney(
      declaration.items.map((i) => i.value),
      declaration.currency,
    ),
    actual: [declaration.totalValue],
  });
  if (sdr === null && money(declaration.totalValue, declaration.currency) !== null) {
    add(run, {
      code: 'VALUE_MISMATCH',
      documents: own,
      field: `${path}.sdrRate`,
      expected: 'units of the currency per SDR, above zero',
      actual: declaration.sdrRate,
    });
  } else if (sdr !== null && !sameDecimal(sdr, declaration.valueInSdr)) {
    add(run, {
      code: 'VALUE_MISMATCH',
      documents: own,
      field: `${path}.valueInSdr`,
      expected: sdr,
      actual: declaration.valueInSdr,
    });
  }

  checkKg(run, {
    code: 'TOTAL_NOT_SUM',
    documents: own,
    field: `${path}.totalNetWeightKg`,
    expected: sumGrams(declaration.items.map((i) => i.netWeightKg)),
    actual: [declaration.totalNetWeightKg],
  });
  checkNetNotAboveGross(run, {
    documents: own,
    field: `${path}.totalNetWeightKg`,
    net: declaration.totalNetWeightKg,
    gross: declaration.grossWeightKg,
  });
  checkKg(run, {
    code: 'WEIGHT_MISMATCH',
    documents: ['packing_list', type],
    field: `${path}.grossWeightKg`,
    expected: grams(pkg.grossWeightKg),
    actual: [declaration.grossWeightKg],
  });
  checkKg(run, {
    code: 'WEIGHT_MISMATCH',
    documents: ['packing_list', type],
    field: `${path}.totalNetWeightKg`,
    expected: grams(pkg.netWeightKg),
    actual: [declaration.totalNetWeightKg],
  });
}

/**
 * Where the invoice prices a SKU differently on different lines, no unit price values a package's
 * share; then the postal declarations' values of the SKU, summed, must come to the invoice's.
 */
export function checkPostalValuesSummed(run: Run): void {
  const { set } = run;
  const declarations = set.postalDeclarations;
  const onePerPackage = [...run.packages.keys()].every(
    (reference) => declarations.filter((d) => d.packageReference === reference).length === 1,
  );
  const allKnown = declarations.every((d) => run.packages.has(d.packageReference));
  const sameCurrency = declarations.every((d) => d.currency === set.invoice.currency);
  if (!onePerPackage || !allKnown || !sameCurrency) return;
  for (const [sku, reference] of run.invoice) {
    if (reference.unitPrice !== null) continue;
    const withSku = declarations.filter((d) => d.items.some((i) => i.sku === sku));
    checkAmount(run, {
      code: 'VALUE_MISMATCH',
      documents: ['commercial_invoice', ...distinct(withSku.map(postalForm))] as Documents,
      field: `postalDeclarations[*].items[${sku}].value`,
      currency: set.invoice.currency,
      expected: reference.value,
      actual: withSku.flatMap((d) => d.items.filter((i) => i.sku === sku).map((i) => i.value)),
    });
  }
}

function sdrOf(declaration: PostalDeclarationData): string | null {
  try {
    return valueInSdr(declaration.totalValue, declaration.currency, declaration.sdrRate);
  } catch {
    return null;
  }
}

function postalFormFor(run: Run, item: { grossWeightKg: string; valueInSdr: string }): 'CN22' | 'CN23' | null {
  try {
    return cn22Applies(item, run.context.cn22) ? 'CN22' : 'CN23';
  } catch {
    return null;
  }
}
