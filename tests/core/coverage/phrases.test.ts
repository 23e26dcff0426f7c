import { duration, listNames, times } from '../../../src/core/coverage/phrases';

describe('phrases', () => {
  it('joins names in plain English', () => {
    expect([[], ['Ownership'], ['Ownership', 'Dive Deep'], ['A', 'B', 'C']].map(listNames)).toEqual(['', 'Ownership', 'Ownership and Dive Deep', 'A, B and C']);
  });

  it('says once and n times', () => {
    expect([0, 1, 2].map(times)).toEqual(['0 times', 'once', '2 times']);
  });

  it('spells durations in minutes and seconds', () => {
    expect([1, 45, 60, 61, 120, 200].map(duration)).toEqual(['1 second', '45 seconds', '1 minute', '1 minute 1 second', '2 minutes', '3 minutes 20 seconds']);
  });
});
