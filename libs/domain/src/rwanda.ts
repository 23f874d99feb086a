/** Rwanda's 30 districts, official spelling, by province. */
export const RWANDA_DISTRICTS = [
  'Gasabo',
  'Kicukiro',
  'Nyarugenge',
  'Bugesera',
  'Gatsibo',
  'Kayonza',
  'Kirehe',
  'Ngoma',
  'Nyagatare',
  'Rwamagana',
  'Burera',
  'Gakenke',
  'Gicumbi',
  'Musanze',
  'Rulindo',
  'Gisagara',
  'Huye',
  'Kamonyi',
  'Muhanga',
  'Nyamagabe',
  'Nyanza',
  'Nyaruguru',
  'Ruhango',
  'Karongi',
  'Ngororero',
  'Nyabihu',
  'Nyamasheke',
  'Rubavu',
  'Rusizi',
  'Rutsiro',
] as const;
/** One of {@link RWANDA_DISTRICTS}, officially spelled; see {@link canonicalDistrict} for input in any case. */
export type RwandaDistrict = (typeof RWANDA_DISTRICTS)[number];

const BY_LOWER = new Map(RWANDA_DISTRICTS.map((d) => [d.toLowerCase(), d]));

/** The official spelling of a district given in any case, or undefined. */
export function canonicalDistrict(input: string): RwandaDistrict | undefined {
  return BY_LOWER.get(input.trim().toLowerCase());
}

/** A Rwandan tax identification number: nine digits. */
export const TIN_PATTERN = /^\d{9}$/;
/** A phone number in E.164 form: `+`, the country code and the subscriber number, no spaces (+250788123456). */
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;
