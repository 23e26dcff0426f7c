import fc from 'fast-check';
import { stem, tokenize } from '../../../src/core/suggest/tokenize';

describe('tokenize', () => {
  it('lowercases, drops stop words, prompt words, possessives and bare numbers', () => {
    expect(tokenize("Tell me about a time the customer's 3 complaints reached the CEO’s desk")).toEqual(['customer', 'complaint', 'reach', 'ceo', 'desk']);
  });

  it('brings inflections of a word together', () => {
    const groups = [
      ['deliver', 'delivers', 'delivered', 'delivering'],
      ['decide', 'decided', 'deciding', 'decides'],
      ['agree', 'agreed', 'agrees'],
      ['policy', 'policies'],
      ['run', 'running', 'runs'],
      ['coach', 'coaches', 'coached', 'coaching'],
      ['bias', 'biases'],
      ['hire', 'hired', 'hiring', 'hires'],
    ];
    for (const group of groups) expect(new Set(group.map(stem)).size).toBe(1);
  });

  it('leaves short words and -ss/-us/-is endings alone', () => {
    expect(['process', 'focus', 'analysis', 'gas', 'fall', 'miss'].map(stem)).toEqual(['process', 'focus', 'analysis', 'gas', 'fall', 'miss']);
  });

  it('gives the same tokens after its word memo fills up and is cleared', () => {
    const before = tokenize('Customers delivered results, don’t they?');
    tokenize(Array.from({ length: 9000 }, (_, i) => `word${i}x`).join(' '));
    expect(tokenize('Customers delivered results, don’t they?')).toEqual(before);
    expect(before).toEqual(['customer', 'deliver', 'result', 'dont']);
  });

  it('never returns an empty token or a stop word, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const t of tokenize(text)) {
          expect(t.length).toBeGreaterThan(0);
          expect(['the', 'and', 'tell', 'we']).not.toContain(t);
        }
      }),
    );
  });
});
