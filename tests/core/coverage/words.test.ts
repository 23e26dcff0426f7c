import fc from 'fast-check';
import { scanWords } from '../../../src/core/coverage/words';

function words(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

describe('scanWords', () => {
  it('splits on spaces and punctuation, keeping inner apostrophes', () => {
    expect(words("I'm sure we’ve shipped v2.1 -- twice, for 40% (don't ask).")).toEqual(["I'm", 'sure', 'we’ve', 'shipped', 'v2', '1', 'twice', 'for', '40', "don't", 'ask']);
  });

  it('keeps accented and non-Latin words whole, and does not count emoji', () => {
    expect(words('Café naïve coöperate 東京 🚀 ok')).toEqual(['Café', 'naïve', 'coöperate', '東京', 'ok']);
    expect(words('cafe\u0301 done')).toEqual(['cafe\u0301', 'done']);
  });

  it('takes ASCII letters and digits from end to end of their ranges, and nothing beside them', () => {
    expect(words('0/9:a`z{A@Z[ 09az_AZ')).toEqual(['0', '9', 'a', 'z', 'A', 'Z', '09az', 'AZ']);
  });

  it('ignores leading, trailing and doubled apostrophes', () => {
    expect(words("'quoted' rock''n it's")).toEqual(['quoted', 'rock', 'n', "it's"]);
  });

  it('agrees with a Unicode regex on text without combining marks or emoji', () => {
    const chars = fc.constantFrom('a', 'Z', '7', ' ', '\n', "'", '’', '.', '-', 'é', 'ß', '東', ',', '%');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), (cs) => {
        const text = cs.join('');
        const expected = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
        expect(words(text)).toEqual(expected);
        expect(scanWords(text)).toBe(expected.length);
      }),
    );
  });
});
