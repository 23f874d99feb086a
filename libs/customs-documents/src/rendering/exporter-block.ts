import type { ExporterParty } from './document-data';
import type { PartyBlock, TextRun } from './pdf-writer';

/** Printed for a registration the exporter does not have on file. */
export const NOT_ON_FILE = '—';

/** One of the exporter's numbers with its caption: "GACC reg. no." "在华注册编号" "CRWA…". */
export interface ExporterIdentifier {
  label: string;
  labelZh?: string;
  value: string;
}

/**
 * The exporter's numbers in the order customs reads them: TIN, RDB, NAEB and GACC (a dash
 * when none is on file, so a missing GACC number shows rather than vanishes), then any other
 * registration. `registrations` repeats the named numbers for printing, so those are left out.
 */
export function exporterIdentifiers(exporter: ExporterParty): ExporterIdentifier[] {
  const named: ExporterIdentifier[] = [
    { label: 'TIN', labelZh: '纳税人识别号', value: exporter.tin },
    { label: 'RDB reg. no.', labelZh: '公司注册号', value: exporter.rdbNumber },
    { label: 'NAEB code', labelZh: '农业出口局编码', value: exporter.naebCode ?? NOT_ON_FILE },
    { label: 'GACC reg. no.', labelZh: '在华注册编号', value: exporter.gaccRegistrationNumber ?? NOT_ON_FILE },
  ];
  const printed = new Set(named.map((identifier) => identifier.value));
  const others = (exporter.registrations ?? [])
    .filter((registration) => !printed.has(registration.number))
    .map((registration) => ({ label: registration.label, value: registration.number }));
  return [...named, ...others];
}

/** The exporter's party box, its numbers captioned in English and Chinese. */
export function exporterBlock(label: string, labelZh: string, exporter: ExporterParty): PartyBlock {
  const details: TextRun[] = exporterIdentifiers(exporter).map((identifier) => ({
    text: `${[identifier.label, identifier.labelZh].filter(Boolean).join(' ')}: ${identifier.value}`,
    size: 8,
  }));
  return { label, labelZh, party: exporter, details };
}
