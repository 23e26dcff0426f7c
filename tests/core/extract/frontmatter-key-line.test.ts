// keyOfLine reads a frontmatter key line as the regex it replaced did, without its quadratic time
// on a long line of spaces.
import fc from 'fast-check';
import { keyOfLine } from '../../../src/core/extract/frontmatter-lines';

const KEY = /^(["']?)([^\s"'#:-][^:]*?)\1\s*:(?:\s|$)/;
const reference = (text: string): string | null => KEY.exec(text)?.[2] ?? null;

describe('keyOfLine', () => {
  it('reads keys as users write them', () => {
    expect(keyOfLine('principles: [Ownership]')).toBe('principles');
    expect(keyOfLine('"secondary-principles" : a, b')).toBe('secondary-principles');
    expect(keyOfLine('url: http://x')).toBe('url');
    expect(keyOfLine('  - item')).toBeNull();
    expect(keyOfLine('# comment: no')).toBeNull();
    expect(keyOfLine('time:12:00')).toBeNull();
  });

  it('equals the regex on any line of key characters, quotes, colons and spaces (fast-check prints the seed on failure)', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ':', '"', "'", '#', '-', '\t', '\u00a0'), maxLength: 16 });
    fc.assert(fc.property(line, (t) => expect(keyOfLine(t)).toBe(reference(t))), { numRuns: 5000 });
  });

  it('reads a line of a million spaces at once', () => {
    expect(keyOfLine('a' + ' '.repeat(1_000_000) + 'b')).toBeNull();
    expect(keyOfLine('a' + ' '.repeat(1_000_000) + ':')).toBe('a');
  });
});
