import { E164_PATTERN, RWANDA_DISTRICTS, TIN_PATTERN, canonicalDistrict } from './rwanda';

/* Rwanda's 30 districts by province, official spelling, written by hand. */
const DISTRICTS = [
  // Kigali City
  'Gasabo',
  'Kicukiro',
  'Nyarugenge',
  // Eastern
  'Bugesera',
  'Gatsibo',
  'Kayonza',
  'Kirehe',
  'Ngoma',
  'Nyagatare',
  'Rwamagana',
  // Northern
  'Burera',
  'Gakenke',
  'Gicumbi',
  'Musanze',
  'Rulindo',
  // Southern
  'Gisagara',
  'Huye',
  'Kamonyi',
  'Muhanga',
  'Nyamagabe',
  'Nyanza',
  'Nyaruguru',
  'Ruhango',
  // Western
  'Karongi',
  'Ngororero',
  'Nyabihu',
  'Nyamasheke',
  'Rubavu',
  'Rusizi',
  'Rutsiro',
];

describe('Rwanda districts', () => {
  it('are exactly the 30 official districts', () => {
    expect(DISTRICTS).toHaveLength(30);
    expect([...RWANDA_DISTRICTS].sort()).toEqual([...DISTRICTS].sort());
  });

  it.each(DISTRICTS)('spell %s officially when given in lower case', (district) => {
    expect(canonicalDistrict(district.toLowerCase())).toBe(district);
  });

  it.each(DISTRICTS)('spell %s officially when given in upper case', (district) => {
    expect(canonicalDistrict(district.toUpperCase())).toBe(district);
  });

  it.each(DISTRICTS)('keep %s when given in its official spelling', (district) => {
    expect(canonicalDistrict(district)).toBe(district);
  });

  it("turn 'bugesera' into 'Bugesera'", () => {
    expect(canonicalDistrict('bugesera')).toBe('Bugesera');
  });

  it("turn mixed case 'bUgEsErA' into 'Bugesera'", () => {
    expect(canonicalDistrict('bUgEsErA')).toBe('Bugesera');
  });

  it('ignore surrounding spaces', () => {
    expect(canonicalDistrict('  Huye ')).toBe('Huye');
  });

  it.each(['Kigali', 'Butare', 'Eastern Province', 'Bugeserra', 'Gashora', ''])(
    'know no district called %p',
    (name) => {
      expect(canonicalDistrict(name)).toBeUndefined();
    },
  );

  it('do not treat inherited object names as districts', () => {
    expect(canonicalDistrict('constructor')).toBeUndefined();
  });
});

describe('Rwandan identifiers', () => {
  it('accept a 9-digit TIN', () => {
    expect(TIN_PATTERN.test('102345678')).toBe(true);
  });

  it.each(['10234567', '1023456789', '10234567a', ' 102345678'])('refuse the TIN %p', (tin) => {
    expect(TIN_PATTERN.test(tin)).toBe(false);
  });

  it.each(['+250788123456', '+8613800138000'])('accept the E.164 phone %s', (phone) => {
    expect(E164_PATTERN.test(phone)).toBe(true);
  });

  it.each(['0788123456', '250788123456', '+0788123456', '+250 788 123 456', '+2507'])(
    'refuse the phone %p',
    (phone) => {
      expect(E164_PATTERN.test(phone)).toBe(false);
    },
  );
});
