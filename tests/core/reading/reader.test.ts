import fc from 'fast-check';
import { PrincipleReader, READS_WELL, readWell } from '../../../src/core/reading/reader';
import { STARTER_SETS } from '../../../src/core/starter/starter-sets';
import { slugify } from '../../../src/core/text/normalize';
import { principle } from './principles';

const amazon = (set: string, described: boolean) => STARTER_SETS.amazon.principles.map((p) => principle(set, p.name, described ? p.description : ''));
const described = new PrincipleReader(amazon('amazon', true));
const bare = new PrincipleReader(amazon('lp', false));
const best = (reader: PrincipleReader, text: string) => reader.read(text)[0]?.id.split('/')[1];

describe('PrincipleReader', () => {
  it.each([
    ['How did you handle an engineer on your team who kept missing expectations?', 'Hire and Develop the Best'],
    ['Tell me about a time you went against what your director wanted.', 'Have Backbone; Disagree and Commit'],
    ['Describe a moment a client’s complaint changed your plans.', 'Customer Obsession'],
    ['Tell me about a time you shipped with half the usual budget.', 'Frugality'],
    ['When did the numbers in a report not add up, and what did you do?', 'Dive Deep'],
    // A stock word of prompts (career) does not outweigh the intent (a bet); a phrase needs its stop words.
    ['What is the biggest bet of your career so far?', 'Think Big'],
    ['How did you finish the migration under budget?', 'Frugality'],
  ])('reads %s as %s, with or without descriptions', (text, name) => {
    expect(best(described, text)).toBe(slugify(name));
    expect(best(bare, text)).toBe(slugify(name));
  });

  it('reads a set it knows nothing about by its own names and descriptions', () => {
    const reader = new PrincipleReader([
      principle('acme', 'Pricing discipline', 'Defend margins; never discount without a business case.'),
      principle('acme', 'Field empathy', 'Ride along with technicians and learn their day.'),
    ]);
    expect(reader.read('Tell me about a discount you refused to give.')[0].id).toBe('acme/pricing-discipline');
    expect(reader.read('What did you learn riding along with a technician?')[0].id).toBe('acme/field-empathy');
    expect(reader.read('Tell me about a hire you made.')).toEqual([]);
  });

  it('ranks best first, at most three, reads only the sets asked for, and is the same every time', () => {
    const both = new PrincipleReader([...amazon('amazon', true), principle('g', 'Leadership', 'Lead without authority.')]);
    const text = 'Tell me about a time you led a team without formal authority through a hard deadline.';
    const all = both.read(text);
    expect(all.length).toBeLessThanOrEqual(3);
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((a, b) => b - a));
    expect(both.read(text, ['g']).map((r) => r.id)).toEqual(['g/leadership']);
    expect(both.read(text, ['amazon']).every((r) => r.id.startsWith('amazon/'))).toBe(true);
    expect(both.read(text, ['nope'])).toEqual([]);
    expect(new PrincipleReader(amazon('amazon', true)).read(text)).toEqual(both.read(text, ['amazon']));
    expect(both.read(text, null, 1)).toEqual(all.slice(0, 1));
  });

  it('needs more evidence from a long story than from a question for the same score', () => {
    const question = described.read('Tell me about a low performer you coached.')[0];
    const story = described.read(`${'We had a quiet quarter with nothing much going on. '.repeat(20)}I coached a low performer.`)[0];
    expect(story.id).toBe(question.id);
    expect(story.score).toBeLessThan(question.score);
  });

  it('says which principles read well: above the bar and near the best', () => {
    expect(readWell([])).toEqual([]);
    expect(readWell([{ id: 'a', score: 0.95 }, { id: 'b', score: 0.9 }, { id: 'c', score: 0.5 }])).toEqual(['a', 'b']);
    expect(readWell([{ id: 'a', score: READS_WELL - 0.01 }])).toEqual([]);
    expect(readWell([{ id: 'a', score: READS_WELL }])).toEqual(['a']);
    expect(readWell([{ id: 'a', score: 1 }, { id: 'b', score: 0.9 }, { id: 'c', score: 0.89 }])).toEqual(['a', 'b']);
    expect(readWell([{ id: 'a', score: 0.75 }, { id: 'b', score: 0.7 }, { id: 'c', score: 0.69 }])).toEqual(['a', 'b']);
  });

  it('returns distinct known ids with scores in [0, 1], best first, for any text (fast-check prints the seed on failure)', () => {
    const known = new Set(amazon('amazon', true).map((p) => p.id));
    const words = fc.constantFrom('customer', 'push back', 'hire', 'budget', 'the', 'I', 'said no', 'data', 'zebra', '!', '’', 'quickly', 'disagreed with my manager');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (ws) => {
        const out = described.read(ws.join(' '));
        expect(out.length).toBeLessThanOrEqual(3);
        expect(new Set(out.map((r) => r.id)).size).toBe(out.length);
        out.forEach((r, i) => {
          expect(known.has(r.id)).toBe(true);
          expect(r.score).toBeGreaterThan(0);
          expect(r.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(r.score).toBeLessThanOrEqual(out[i - 1].score);
        });
      }),
    );
  });
});

describe('PrincipleReader scores, from the documented weights', () => {
  // A set we know nothing about: a name word weighs 3, a description word 1.25, times its rarity
  // in the set; evidence e makes a question's score 1 − exp(−e / 3).
  const acme = new PrincipleReader([
    principle('acme', 'Pricing discipline', 'Defend margins; never discount pricing without a business case.'),
    principle('acme', 'Field empathy', 'Ride along with technicians and learn the business of their day.'),
    principle('acme', 'Safety', 'Stop the line when something looks unsafe.'),
  ]);
  const score = (x: number) => Math.round((1 - Math.exp(-x / 3)) * 1000) / 1000;
  const shared = Math.log(1 + 3 / 2) / Math.log(1 + 3);

  it('scores a name word, a description word and a word two principles share', () => {
    expect(acme.read('What did pricing teach you?')).toEqual([{ id: 'acme/pricing-discipline', score: score(3) }]);
    expect(acme.read('Which margins did you defend?')).toEqual([{ id: 'acme/pricing-discipline', score: score(2.5) }]);
    expect(acme.read('Tell me about a business trip.')).toEqual([
      { id: 'acme/pricing-discipline', score: score(1.25 * shared) },
      { id: 'acme/field-empathy', score: score(1.25 * shared) },
    ]);
  });

  it('weighs the own words of a principle it knows less: its cues say more', () => {
    const known = new PrincipleReader([principle('k', 'Frugality', 'Zebra crossings.'), principle('k', 'Ownership', 'Yaks.')]);
    // A description word of a known principle weighs 0.75; its name adds 1 to the shipped cue `frugal` (3).
    expect(known.read('zebra')).toEqual([{ id: 'k/frugality', score: score(0.75) }]);
    expect(known.read('Frugality')).toEqual([{ id: 'k/frugality', score: score(3 + 1) }]);
  });

  it('counts each cue once however often it is written, and adds different cues', () => {
    expect(acme.read('Pricing, pricing and more pricing.')).toEqual(acme.read('Pricing.'));
    expect(acme.read('Pricing and margins.')).toEqual([{ id: 'acme/pricing-discipline', score: score(3 + 1.25) }]);
  });

  it('keeps the set order on equal scores, across sets in the order they were read', () => {
    const two = new PrincipleReader([principle('a', 'Alpha'), principle('a', 'Bravo'), principle('b', 'Charlie'), principle('b', 'Delta')]);
    expect(two.read('delta bravo charlie alpha').map((r) => r.id)).toEqual(['a/alpha', 'a/bravo', 'b/charlie']);
    expect(two.read('delta charlie bravo').map((r) => r.id)).toEqual(['a/bravo', 'b/charlie', 'b/delta']);
    expect(two.read('delta charlie bravo', ['b', 'a']).map((r) => r.id)).toEqual(['b/charlie', 'b/delta', 'a/bravo']);
    expect(two.read('delta charlie bravo', []).map((r) => r.id)).toEqual(['a/bravo', 'b/charlie', 'b/delta']);
    expect(two.read('delta charlie bravo alpha', null, 4).map((r) => r.id)).toEqual(['a/alpha', 'a/bravo', 'b/charlie', 'b/delta']);
    expect(two.read('delta charlie bravo alpha', null, 2).map((r) => r.id)).toEqual(['a/alpha', 'a/bravo']);
  });

  it('scales the evidence of a text past fifteen content words by the square root of its length, stop words not counted', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
    // Fifteen content words or fewer: the question scale.
    expect(acme.read(`pricing ${filler(14)}`)).toEqual([{ id: 'acme/pricing-discipline', score: score(3) }]);
    // Sixty content words: twice the scale.
    expect(acme.read(`pricing ${filler(59)}`)).toEqual([{ id: 'acme/pricing-discipline', score: score(1.5) }]);
    const stopWords = ' and the of it to we were then so'.repeat(10);
    expect(acme.read(`pricing ${filler(14)}${stopWords}`)).toEqual(acme.read(`pricing ${filler(14)}`));
  });

  it('reads a text the same the second time, and per limit and sets', () => {
    const text = 'Tell me about pricing on a business trip.';
    const first = acme.read(text);
    expect(acme.read(text)).toEqual(first);
    expect(acme.read(text, null, 1)).toEqual(first.slice(0, 1));
    expect(acme.read(text, ['acme'], 2)).toEqual(first.slice(0, 2));
    expect(acme.read(text, ['other'])).toEqual([]);
    expect(acme.read(text)).toEqual(first);
  });
});

describe('phrases', () => {
  const amazonReader = new PrincipleReader(amazon('amazon', true));
  it('finds a phrase whose words are at most four words apart, in order', () => {
    // `push back`: `back` four words after `pushed` still makes the phrase; five do not.
    expect(best(amazonReader, 'We pushed the big launch back')).toBe(slugify('Have Backbone; Disagree and Commit'));
    expect(best(amazonReader, 'We pushed the big launch plan back')).not.toBe(slugify('Have Backbone; Disagree and Commit'));
    expect(amazonReader.read('We pushed back').map((r) => r.id)).toContain('amazon/have-backbone-disagree-and-commit');
    expect(amazonReader.read('Back then we pushed').map((r) => r.id)).not.toContain('amazon/have-backbone-disagree-and-commit');
  });

  it('measures each next word of a phrase from the word before it, stop words included', () => {
    // `lost an argument`: `an` four words after `lost`, `argument` four after `an`.
    const backbone = (text: string) => amazonReader.read(text).find((r) => r.id === 'amazon/have-backbone-disagree-and-commit')?.score ?? 0;
    expect(backbone('We lost the vote and an even bigger louder argument')).toBe(backbone('We lost an argument'));
    expect(backbone('We lost the vote and the even bigger louder argument')).toBeLessThan(backbone('We lost an argument'));
  });
});
