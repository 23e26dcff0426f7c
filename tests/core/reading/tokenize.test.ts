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

  it('drops a possessive `s` before stemming, straight or curly, and single letters; keeps numbers with letters', () => {
    // `boss's` is `boss`, not `bosss`.
    expect(stems("my boss's plan B")).toEqual(['boss', 'plan']);
    expect(stems('the team’s Q4 goals on 3d printing')).toEqual(['team', 'q4', 'goal', '3d', 'print']);
    expect(stems('It’s 2024 and the 10x rule')).toEqual(['10x', 'rule']);
    expect(stems('won’t, don\'t')).toEqual(['wont', 'dont']);
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

  it('marks stop words with a leading ~ only', () => {
    expect(tokens('The budget was tight')).toEqual(['~the', 'budget', '~was', 'tight']);
    expect(isStop('~the')).toBe(true);
    expect(isStop('budget')).toBe(false);
    expect(isStop('budget~')).toBe(false);
  });
});

describe('parseCues', () => {
  it('weighs a word by its list and a phrase half as much again', () => {
    expect(parseCues({ 3: 'budget, save money', 2: 'vendor', 1: 'cut' })).toEqual([
      { stems: ['budget'], weight: 3 },
      { stems: ['save', 'monei'], weight: 4.5 },
      { stems: ['vendor'], weight: 2 },
      { stems: ['cut'], weight: 1 },
    ]);
  });

  it('keeps the higher weight of stems listed twice, and skips empty entries and missing lists', () => {
    expect(parseCues({ 1: 'hired, hire', 3: 'hiring' })).toEqual([{ stems: ['hire'], weight: 3 }]);
    expect(parseCues({ 2: 'hire, , hires,' })).toEqual([{ stems: ['hire'], weight: 2 }]);
    expect(parseCues({ 2: 'spent money', 1: 'spending money' })).toEqual([{ stems: ['spent', 'monei'], weight: 3 }, { stems: ['spend', 'monei'], weight: 1.5 }]);
    expect(parseCues({})).toEqual([]);
  });
});
