import fc from 'fast-check';
import { nameKey, slugify } from '../../../src/core/text/normalize';

/** The rules without the plain-ASCII shortcut: what slugify and nameKey must equal on any text. */
const fullSlug = (t: string) => t.normalize('NFKD').replace(/[\u0300-\u036f]|\p{Cf}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
const fullKey = (t: string) => t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('slugify and nameKey', () => {
  it('slug principle names as users write them', () => {
    expect(slugify('Customer Obsession')).toBe('customer-obsession');
    expect(slugify('Are Right, A Lot')).toBe('are-right-a-lot');
    expect(slugify('  Learn and Be Curious!  ')).toBe('learn-and-be-curious');
    expect(slugify('Créativité')).toBe('creativite');
    expect(slugify('Cus\u200dtomer Obsession')).toBe('customer-obsession');
    expect(slugify('Ｏｗｎｅｒｓｈｉｐ')).toBe('ownership');
    expect(nameKey('Are Right, A Lot')).toBe('arerightalot');
    expect(nameKey('Élan Vital')).toBe('elanvital');
  });

  it('give the same result with and without the plain-ASCII shortcut, for any text', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom('a', 'É', 'e\u0301', '\u200d', '-', ' ', 'Ｏ', '1', '_', 'ß') }));
    fc.assert(
      fc.property(text, (t) => slugify(t) === fullSlug(t) && nameKey(t) === fullKey(t)),
      { numRuns: 2000 },
    );
  });
});
