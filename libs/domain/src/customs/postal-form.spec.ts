import { CN22_LIMITS } from './testing/testing-document-set';
import { cn22Applies } from './postal-form';

describe('cn22Applies', () => {
  it('allows at most 2 kg gross and under 300 SDR', () => {
    expect(cn22Applies({ grossWeightKg: '2.000', valueInSdr: '299.99' }, CN22_LIMITS)).toBe(true);
    expect(cn22Applies({ grossWeightKg: '2.001', valueInSdr: '10.00' }, CN22_LIMITS)).toBe(false);
    expect(cn22Applies({ grossWeightKg: '0.500', valueInSdr: '300.00' }, CN22_LIMITS)).toBe(false);
    expect(cn22Applies({ grossWeightKg: '0.5', valueInSdr: '300' }, { maxGrossKg: '2', maxValueSdr: '300.01' })).toBe(
      true,
    );
  });
});
