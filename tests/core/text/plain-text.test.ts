// plainText skips its emphasis passes when a line has no marker; the answer must not change.
import fc from 'fast-check';
import { plainText } from '../../../src/core/text/normalize';

/** The definition plainText had before the fast path. */
function reference(text: string): string {
  return text
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

const pieces = ['*', '**', '_', '__', '`', 'word', 'I', ' ', '  ', '\t', '\n', '.', ',', 'é', '\u00a0'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join(''));

describe('plainText', () => {
  it('matches the reference definition on any text', () => {
    fc.assert(fc.property(text, (t) => expect(plainText(t)).toBe(reference(t))), { numRuns: 3000 });
  });

  it('removes emphasis and code markers and collapses spacing', () => {
    expect(plainText('  **Tell me** about _a time_ you used `git`  ')).toBe('Tell me about a time you used git');
    expect(plainText('snake_case_name stays')).toBe('snake_case_name stays');
    expect(plainText('no\tmarkers\n here')).toBe('no markers here');
  });
});
