import fc from 'fast-check';
import { MIN_SIMILARITY, RELATIVE_CUTOFF, SuggestionModel } from '../../../src/core/suggest/tfidf';
import { id, principle, PRINCIPLES } from './principles';

const model = new SuggestionModel(PRINCIPLES);

describe('SuggestionModel', () => {
  it.each([
    ['Tell me about a time you went against the data because of what a customer told you.', 'Customer Obsession'],
    ['Tell me about a time you strongly disagreed with your manager.', 'Have Backbone; Disagree and Commit'],
    ['Describe a decision you made quickly, without all the information.', 'Bias for Action'],
    ['Tell me about someone you coached into a bigger role.', 'Hire and Develop the Best'],
    ['How do you keep the quality bar high when a release is late?', 'Insist on the Highest Standards'],
    ['Give an example of a mistake you admitted openly to your peers.', 'Earn Trust'],
    ['Tell me about a time the metrics and the anecdotes disagreed.', 'Dive Deep'],
    ['How did you do more with a smaller budget?', 'Frugality'],
  ])('suggests the principle a question is about: %s', (question, expected) => {
    expect(model.suggest(question)[0]).toBe(id(expected));
  });

  it('suggests every principle a question touches, the one named most strongly first', () => {
    expect(model.suggest('Tell me about a time the metrics said one thing and customer anecdotes another.')).toEqual([
      id('Customer Obsession'),
      id('Dive Deep'),
    ]);
  });

  it('suggests the principle of a story from its situation and action', () => {
    const story =
      'Our team had half the budget of last year and no new headcount. I rebuilt the reporting on spare servers ' +
      'instead of buying a tool, and trimmed our cloud spend by turning off idle machines at night.';
    expect(model.suggest(story)[0]).toBe(id('Frugality'));
  });

  it('suggests nothing for text about no principle', () => {
    expect(model.suggest('What is your favourite colour?')).toEqual([]);
    expect(model.suggest('Tell me about a time you worked with a team.')).toEqual([]);
    expect(model.suggest('Why this company, and why now?')).toEqual([]);
    expect(model.suggest('')).toEqual([]);
  });

  it('weights a word in the name above the same word in a description', () => {
    // "trust" is in Earn Trust's name and in Customer Obsession's description.
    const sims = model.similarities('trust');
    expect(sims.get(id('Earn Trust'))).toBeGreaterThan(sims.get(id('Customer Obsession')) as number);
    expect(model.suggest('trust')[0]).toBe(id('Earn Trust'));
  });

  it('matches aliases', () => {
    const m = new SuggestionModel([
      { ...principle('acme', 'Ownership', 'Act for the long term.'), aliases: ['Accountability'] },
      principle('acme', 'Frugality', 'Do more with less.'),
    ]);
    expect(m.suggest('A time you showed accountability')).toEqual(['acme/ownership']);
  });

  it('respects the limit and returns only principles above both thresholds, best first', () => {
    const text = 'I disagreed with a customer decision, committed anyway and delivered the results on time.';
    const all = model.suggest(text, 16);
    const sims = model.similarities(text);
    const best = Math.max(...sims.values());
    const expected = [...sims]
      .filter(([, s]) => s >= MIN_SIMILARITY && s >= best * RELATIVE_CUTOFF)
      .sort((a, b) => b[1] - a[1])
      .map(([k]) => k);
    expect(all).toEqual(expected);
    expect(all.length).toBeGreaterThan(1);
    expect(model.suggest(text, 1)).toEqual(all.slice(0, 1));
    expect(model.suggest(text, 0)).toEqual([]);
  });

  it('handles an empty principle list and principles without text', () => {
    expect(new SuggestionModel([]).suggest('customer')).toEqual([]);
    const m = new SuggestionModel([principle('x', '!!!'), principle('x', 'Frugality', 'Do more with less.')]);
    expect(m.suggest('frugality')).toEqual(['x/frugality']);
    expect(new SuggestionModel([]).similarities('customer').size).toBe(0);
  });

  it('returns distinct known ids, at most limit, with similarities in [0, 1], for any text', () => {
    const known = new Set(PRINCIPLES.map((p) => p.id));
    const words = fc.constantFrom('customer', 'trust', 'budget', 'decision', 'quality', 'the', 'I', 'hire', 'risk', 'zebra', 'metrics', '!');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.integer({ min: 0, max: 5 }), (ws, limit) => {
        const text = ws.join(' ');
        const out = model.suggest(text, limit);
        expect(out.length).toBeLessThanOrEqual(limit);
        expect(new Set(out).size).toBe(out.length);
        for (const pid of out) expect(known.has(pid)).toBe(true);
        for (const s of model.similarities(text).values()) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1 + 1e-9);
        }
        expect(model.suggest(text, limit)).toEqual(out);
      }),
    );
  });
});
