import { parseCues } from '../../../src/core/reading/cues';
import { isStop, stems, tokens } from '../../../src/core/reading/tokenize';

describe('stems', () => {
  it('drops stop words, prompt words, possessives and bare numbers, and stems the rest', () => {
    expect(stems("Tell me about a time the customer's 3 complaints reached the CEO’s desk")).toEqual(['custom', 'complaint', 'reach', 'ceo', 'desk']);
  });

  it('brings inflections of a word together (Porter stemmer)', () => {
    for (const group of [
      ['hire', 'hired', 'hiring', 'hires'],
      ['coach', 'coached', 'coaching', 'coaches'],
      ['disagree', 'disagreed', 'disagreeing'],
      ['promote', 'promoted', 'promoting'],
    ]) {
      expect(new Set(group.flatMap((w) => stems(w))).size).toBe(1);
    }
  });

  it('keeps short words that carry meaning: said no, not my job, argued against, without data', () => {
    expect(stems('said no')).toEqual(['said', 'no']);
    expect(stems('not my job')).toEqual(['not', 'job']);
    expect(stems('argued against it without data')).toEqual(['argu', 'against', 'without', 'data']);
  });

  it('reads apostrophes in or out of words the same way, and empty or symbol-only text as nothing', () => {
    expect(stems("didn't")).toEqual(stems('didnt'));
    expect(stems('')).toEqual([]);
    expect(stems('!!! — 42 …')).toEqual([]);
  });
});

describe('tokens', () => {
  it('keeps every word in order, stop words marked, so a phrase keeps its stop words', () => {
    const t = tokens('Shipped it on time');
    expect(t.map(isStop)).toEqual([false, true, true, true]);
    expect(t.filter((x) => !isStop(x))).toEqual(stems('Shipped it on time'));
  });

  it('parses a phrase of stop words as a phrase, and drops a single stop word', () => {
    expect(parseCues({ 3: 'on time, the, took it upon' }).map((c) => c.stems.length)).toEqual([2, 3]);
  });
});
