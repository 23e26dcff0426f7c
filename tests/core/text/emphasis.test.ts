// stripEmphasis is the emphasis regex, in linear time: its one-pass scanner equals the regex on
// every string of the characters that matter, and a hostile line of half a megabyte is read through.
import fc from 'fast-check';
import { scanEmphasis, stripEmphasis } from '../../../src/core/text/emphasis';
import { plainText } from '../../../src/core/text/normalize';

const REGEX = /(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g;
const reference = (text: string): string => text.replace(REGEX, '$1$2');

describe('stripEmphasis', () => {
  it('removes markers as users write them', () => {
    expect(stripEmphasis('I *owned* the _whole_ rollout')).toBe('I owned the whole rollout');
    expect(stripEmphasis('*Customer Obsession*: start there')).toBe('Customer Obsession: start there');
    expect(stripEmphasis('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4');
    expect(stripEmphasis('*a*')).toBe('a');
    expect(stripEmphasis('* not emphasis *')).toBe('* not emphasis *');
  });

  it('the scanner equals the regex on any string of markers, words, spaces and line breaks (fast-check prints the seed on failure)', () => {
    const text = fc.string({ unit: fc.constantFrom('*', '_', 'a', 'b', ' ', '.', '\n', '\u00a0', '\u3000', '\t', '1'), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => {
        expect(scanEmphasis(t)).toBe(reference(t));
        expect(stripEmphasis(t)).toBe(reference(t));
      }),
      { numRuns: 4000 },
    );
  });

  it('reads a hostile line of unclosed markers to the end (the regex would rescan it from every marker)', () => {
    // Compared as booleans: a failure must not print half a megabyte.
    const hostile = '_a '.repeat(200_000);
    expect(plainText(hostile) === hostile.trim()).toBe(true);
    const closedAtTheEnd = '*a '.repeat(200_000) + '*a*';
    expect(stripEmphasis(closedAtTheEnd) === closedAtTheEnd.slice(1, -1)).toBe(true);
    const small = '*a '.repeat(300) + '*a*';
    expect(stripEmphasis(small)).toBe(reference(small));
  });
});
