// The comma-list splitter: names with commas stay whole, and on any small list it gives what the
// obvious algorithm (every window, longest first) gives.
import fc from 'fast-check';
import { KeyTrie, splitNameList, type ListPart } from '../../../src/core/index/name-list';
import { nameKey } from '../../../src/core/text/normalize';

const NAMES = ['Customer Obsession', 'Ownership', 'Are Right, A Lot', 'Bias for Action', 'A', 'Right', 'Earth’s Best Employer'];
const KEYS = new Set(NAMES.map(nameKey));
const trie = new KeyTrie(KEYS);

/** The splitter as it was: every window from each part, longest first, one key each. */
function naive(text: string): ListPart[] {
  const tokens = text.split(',');
  const out: ListPart[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].trim() === '') {
      i++;
      continue;
    }
    let matched = false;
    for (let j = tokens.length - 1; j >= i; j--) {
      const candidate = tokens.slice(i, j + 1).join(',').trim();
      if (KEYS.has(nameKey(candidate))) {
        out.push({ text: candidate, known: true });
        i = j + 1;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push({ text: tokens[i].trim(), known: false });
      i++;
    }
  }
  return out;
}

describe('splitNameList', () => {
  it('keeps a name with a comma whole and reports the parts it does not know', () => {
    expect(splitNameList('Customer Obsession, Are Right, A Lot,  Custmer Obsesion , ownership', trie)).toEqual([
      { text: 'Customer Obsession', known: true },
      { text: 'Are Right, A Lot', known: true },
      { text: 'Custmer Obsesion', known: false },
      { text: 'ownership', known: true },
    ]);
    expect(splitNameList('Are Right', trie)).toEqual([{ text: 'Are Right', known: false }]);
    expect(splitNameList(', ,', trie)).toEqual([]);
  });

  it('equals the every-window splitter on any small list (fast-check prints the seed on failure)', () => {
    const part = fc.constantFrom('Customer Obsession', ' Ownership', 'Are Right', ' A Lot', 'A', 'Lot', 'Right', '!!', ' ', '', 'Custmer', 'Bias', ' for Action', 'Earth’s Best Employer', 'Earths', ' Best Employer', '—');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const text = parts.join(',');
        expect(splitNameList(text, trie)).toEqual(naive(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('splits a list of 5,000 names with a few known ones among them', () => {
    const names = Array.from({ length: 5000 }, (_, i) => (i % 1000 === 0 ? 'Are Right, A Lot' : `Unheard Of Principle ${i}`));
    const parts = splitNameList(names.join(', '), trie);
    expect(parts).toHaveLength(5000);
    expect(parts.filter((p) => p.known).map((p) => p.text)).toEqual(Array(5).fill('Are Right, A Lot'));
  });
});
