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
