import type { OriginCriterion } from './document-data';

/**
 * Facts of the corridor that change over the years, kept as data: which agency issues what,
 * where goods leave Rwanda, what preference China grants, and the UPU's CN22 limits.
 */
export const CORRIDOR_FACTS = {
  departure: { code: 'KGL', name: 'Kigali International Airport (KGL)' },
  agencies: {
    certificateOfOrigin: 'Rwanda Revenue Authority, through the Rwanda Electronic Single Window (ReSW)',
    phytosanitary: 'National Agricultural Export Development Board (NAEB), plant health inspection',
    exportDeclaration: 'Rwanda Revenue Authority, Customs Services',
  },
  preference: 'Zero tariff for least-developed countries, People’s Republic of China (from 1 December 2024)',
  /** UPU: a CN22 covers an item of at most 2 kg gross worth under 300 SDR; anything else takes a CN23. */
  cn22: { maxGrossKg: '2.000', maxValueSdr: '300.00' },
} as const;

/** How each origin criterion is printed on the certificate of origin. */
export const ORIGIN_CRITERION_TEXT: Record<OriginCriterion, string> = {
  wholly_obtained: 'WO — wholly obtained in Rwanda',
  product_specific_rule: 'PSR — product-specific rule of its HS heading (processed in Rwanda)',
};

/** Botanical names for phytosanitary papers when a product does not name its own. */
export const DEFAULT_BOTANICAL_NAME: Record<'chili' | 'coffee', string> = {
  chili: 'Capsicum frutescens',
  coffee: 'Coffea arabica',
};
