import { duration, listNames, plural, times } from '../../../src/core/coverage/phrases';

describe('phrases', () => {
  it('joins names in plain English', () => {
    expect([[], ['Ownership'], ['Ownership', 'Dive Deep'], ['A', 'B', 'C']].map(listNames)).toEqual(['', 'Ownership', 'Ownership and Dive Deep', 'A, B and C']);
  });

  it('counts in the singular for one and the plural otherwise', () => {
    expect([0, 1, 2].map((n) => plural(n, 'principle'))).toEqual(['0 principles', '1 principle', '2 principles']);
    expect([1, 3].map((n) => plural(n, 'story', 'stories'))).toEqual(['1 story', '3 stories']);
  });

  it('says once and n times', () => {
    expect([0, 1, 2].map(times)).toEqual(['0 times', 'once', '2 times']);
  });

  it('spells durations in minutes and seconds', () => {
    expect([0, 1, 45, 59, 60, 61, 119, 120, 200].map(duration)).toEqual(['0 seconds', '1 second', '45 seconds', '59 seconds', '1 minute', '1 minute 1 second', '1 minute 59 seconds', '2 minutes', '3 minutes 20 seconds']);
  });
});
