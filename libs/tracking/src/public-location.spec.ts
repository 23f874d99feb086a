import { publicLocation } from './public-location';

describe('the public location of a tracking event', () => {
  it('keeps a plain place name in any script', () => {
    expect(publicLocation('Kigali, RW')).toBe('Kigali, RW');
    expect(publicLocation('上海浦东国际机场 (PVG)')).toBe('上海浦东国际机场 (PVG)');
    expect(publicLocation("Côte d'Ivoire / Abidjan-Port")).toBe("Côte d'Ivoire / Abidjan-Port");
  });

  it('drops markup, control characters and symbols, and collapses whitespace', () => {
    expect(publicLocation('<script>alert(1)</script>  Shanghai\n\tHub')).toBe('script alert(1) /script Shanghai Hub');
    expect(publicLocation('Hub #7 @ gate; "B" \u0000')).toBe('Hub 7 gate B');
  });

  it('drops long digit runs such as phone numbers, keeping a postcode', () => {
    expect(publicLocation('Shanghai 200120, call 13800138000')).toBe('Shanghai 200120, call');
  });

  it('is at most 60 characters, cut between characters', () => {
    expect([...publicLocation('长'.repeat(100))]).toHaveLength(60);
    expect(publicLocation('a'.repeat(200))).toHaveLength(60);
  });

  it('is empty for nothing', () => {
    expect(publicLocation('')).toBe('');
    expect(publicLocation(null)).toBe('');
  });
});
