import fc from 'fast-check';
import { numbersIn, storyHealth } from '../../../src/core/coverage/health';
import { story } from './builders';

/** `n` words of filler that are neither "I" nor "we" and hold no digit. */
const filler = (n: number): string => Array.from({ length: n }, (_, i) => ['the', 'billing', 'service', 'was', 'slow', 'again'][i % 6]).join(' ');

const complete = story('outage', {
  S: 'Our checkout page timed out for a fifth of shoppers every Friday evening, right when traffic peaked. Support tickets piled up each weekend and the sales team had started to promise refunds.',
  T: 'As the on-call lead I had to find the cause before the holiday sale started in two weeks.',
  A: "I pulled the slow-query log and traced the stalls to a missing index on the orders table. I wrote the migration, I'd rehearsed the rollback, and I ran it at night with the database team watching. Then I added an alert so we would see the next regression before customers did. I also wrote a short runbook for the next on-call engineer and walked two teammates through it, so that the knowledge did not stay with me.",
  R: 'Checkout errors fell by 92% and the holiday sale processed $1.4m without a single timeout; p99 latency dropped 3x.',
  L: 'Look at the database before blaming the network.',
});

describe('storyHealth', () => {
  it('passes a complete first-person story with numbers and a good length', () => {
    const h = storyHealth(complete);
    expect(h.missingParts).toEqual([]);
    expect(h.resultNumbers).toEqual(['92%', '$1.4m', '3x']);
    expect(h.partWords.L).toBe(8);
    expect(h.words).toBe(Object.values(h.partWords).reduce((a, b) => a + b, 0));
    expect(h.spokenSeconds).toBe(Math.round((h.words * 60) / 150));
    expect(h.actionI).toBe(7); // I ×5, I'd, me
    expect(h.actionWe).toBe(1);
    expect(h.issues).toEqual([]);
  });

  it('reports missing parts by name, Learning being optional', () => {
    const h = storyHealth(story('half', { S: 'A vendor went bankrupt.', A: 'I found another one.' }));
    expect(h.missingParts).toEqual(['T', 'R']);
    expect(h.issues.find((i) => i.code === 'missing-parts')?.message).toBe('Missing Task and Result.');
    expect(h.issues.some((i) => i.code === 'result-without-number')).toBe(false);
    expect(storyHealth(story('none', {})).issues[0].message).toBe('Missing Situation, Task, Action and Result.');
  });

  it('flags a result without a number and ignores digits inside words', () => {
    const h = storyHealth(story('vague', { S: 'x', T: 'x', A: 'I did it.', R: 'The Q3 launch on v2 went much better and the team was happy.' }));
    expect(h.resultNumbers).toEqual([]);
    expect(h.issues.map((i) => i.code)).toContain('result-without-number');
  });

  it('finds numbers with units, money and thousands separators', () => {
    const h = storyHealth(story('n', { R: 'Saved €300k a year, cut build time from 40 to 12 minutes, 1,200 users, 2.5x faster, 15 percent fewer tickets.' }));
    expect(h.resultNumbers).toEqual(['€300k', '40', '12', '1,200', '2.5x', '15 percent']);
  });

  it('takes exactly one and exactly three minutes as long enough, not too long', () => {
    const minute = storyHealth(story('minute', { S: filler(50), T: filler(30), A: 'I ' + filler(39), R: '10% ' + filler(29) }));
    expect([minute.words, minute.spokenSeconds, minute.issues]).toEqual([150, 60, []]);
    const three = storyHealth(story('three', { S: filler(200), T: filler(100), A: 'I ' + filler(99), R: '10% ' + filler(49) }));
    expect([three.words, three.spokenSeconds, three.issues]).toEqual([450, 180, []]);
  });

  it('times the story at 150 words a minute and flags too short and too long', () => {
    const short = storyHealth(story('short', { S: filler(40), T: filler(20), A: 'I ' + filler(39), R: '10% ' + filler(29) }));
    expect(short.words).toBe(130);
    expect(short.spokenSeconds).toBe(52);
    expect(short.issues.map((i) => i.message)).toEqual(['About 52 seconds spoken; aim for 1 to 3 minutes.']);

    const long = storyHealth(story('long', { S: filler(200), T: filler(100), A: 'I ' + filler(199), R: '10% ' + filler(49) }));
    expect(long.words).toBe(550);
    expect(long.spokenSeconds).toBe(220);
    expect(long.issues.map((i) => i.code)).toEqual(['too-long']);
    expect(long.issues[0].message).toBe('About 3 minutes 40 seconds spoken; aim for 1 to 3 minutes.');

    const fine = storyHealth(story('fine', { S: filler(150), T: filler(50), A: 'I ' + filler(99), R: '10% ' + filler(99) }));
    expect(fine.spokenSeconds).toBe(160);
    expect(fine.issues).toEqual([]);
  });

  it('counts I and we in the action only, with curly apostrophes, and flags more we than I', () => {
    const h = storyHealth(
      story('team', {
        S: 'We we we we.',
        A: 'We’re a small group, so we split it: I’ve taken the API, we’ve shared the tests, our lead reviewed, and they asked us twice. Our US office helped me.',
        R: '5 bugs fixed.',
      }),
    );
    expect(h.actionI).toBe(2); // I’ve, me
    expect(h.actionWe).toBe(6); // We’re, we, we’ve, our, us, Our ("US" is the country)
    const issue = h.issues.find((i) => i.code === 'we-over-i');
    expect(issue?.message).toBe('The action says "we/us/our" 6 times and "I/me/my" 2 times; say what you did.');
  });

  it('counts every form of I and we, whatever the case', () => {
    const h = storyHealth(
      story('forms', {
        A: "I said I'm in, I've planned it, I'd ship it and I'll own it; the call was mine, my notes, me myself. i checked. My draft, Me too. " +
          "We said we're in, we've planned it, we'd ship it and we'll own it; the call was ours, our notes, us ourselves. Us too. Our draft.",
      }),
    );
    expect(h.actionI).toBe(12); // I, I'm, I've, I'd, I'll, mine, my, me, myself, i, My, Me
    expect(h.actionWe).toBe(11); // We, we're, we've, we'd, we'll, ours, our, us, ourselves, Us, Our
    expect(h.issues.map((i) => i.code)).not.toContain('we-over-i');
  });

  it('does not count pronouns inside longer words', () => {
    const h = storyHealth(story('w', { A: 'Wellness, myriad, weekly, mention, usage, ourselves, Iowa.' }));
    expect(h.actionI).toBe(0);
    expect(h.actionWe).toBe(1); // ourselves
  });

  it('word count is the sum over parts and spoken time follows it, for any text', () => {
    const text = fc.array(fc.constantFrom('I', 'we', 'shipped', '40%', 'the', 'fix', '\n', '  '), { maxLength: 60 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, text, (s, a, r) => {
        const h = storyHealth(story('p', { S: s, A: a, R: r }));
        expect(h.words).toBe((h.partWords.S ?? 0) + (h.partWords.A ?? 0) + (h.partWords.R ?? 0));
        expect(h.spokenSeconds).toBe(Math.round((h.words * 60) / 150));
        expect(h.actionI).toBe(a.split(/\s+/).filter((w) => w === 'I').length);
        expect(h.actionWe).toBe(a.split(/\s+/).filter((w) => w === 'we').length);
        expect(h.issues.some((i) => i.code === 'we-over-i')).toBe(h.actionWe > h.actionI);
        expect(h.issues.some((i) => i.code === 'result-without-number')).toBe(!r.includes('40%'));
      }),
    );
  });
});

describe('numbersIn', () => {
  it('reads numbers with currency, decimals, separators and units as written', () => {
    expect(numbersIn('Revenue rose from $ 5 to £12.5m and €3, 1,200,000 users, 40 %, 3x, 12k, 7 days, 2bn, 10 million, 3 billion, 5 thousand, 20percent, Q3, v2, 4.0.1, 100M')).toEqual([
      '$ 5', '£12.5m', '€3', '1,200,000', '40 %', '3x', '12k', '7', '2bn', '10 million', '3 billion', '5 thousand', '20percent', '4.0.1', '100M',
    ]);
    expect(numbersIn('42')).toEqual(['42']);
  });

  it('reads quantities in words only when no number is written in digits', () => {
    expect(numbersIn('Three hundred users, twice a week, a million rows, thousands of calls, per cent, twenty, ninety, eleven, quadrupled, thrice')).toEqual([
      'Three', 'hundred', 'twice', 'million', 'thousands', 'per cent', 'twenty', 'ninety', 'eleven', 'quadrupled', 'thrice',
    ]);
    expect(numbersIn('The Q3 backlog halved.')).toEqual(['halved']);
    expect(numbersIn('Latency fell 40% and tickets halved.')).toEqual(['40%']);
    expect(numbersIn('Nobody complained anymore.')).toEqual([]);
  });
});

