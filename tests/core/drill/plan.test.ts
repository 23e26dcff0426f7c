import fc from 'fast-check';
import { planDrill, questionPool, weakPrinciples, type DrillContext } from '../../../src/core/drill/plan';
import { mulberry32 } from '../../../src/core/drill/random';
import type { Question } from '../../../src/core/model';
import { CO, DIVE, FRUG, orbitSnapshot, OWN } from './fixture';
import { attempt, ctxFor, day, NOW } from './helpers';

const snap = orbitSnapshot();
const ids = (qs: Question[]): string[] => qs.map((q) => q.id);
const ofPrinciple = (p: string): Question[] => snap.questions.filter((q) => q.principles.some((r) => r.id === p));

describe('drill order', () => {
  let ctx: DrillContext;
  beforeEach(() => {
    ctx = ctxFor(snap);
  });

  it('gives the same drill for the same seed', () => {
    const a = planDrill({ kind: 'all' }, ctx, { count: 8, rng: mulberry32(1234) });
    const b = planDrill({ kind: 'all' }, ctx, { count: 8, rng: mulberry32(1234) });
    expect(ids(a)).toEqual(ids(b));
    expect(a).toHaveLength(8);
  });

  it('does not depend on the order the index lists questions in', () => {
    const reversed = ctxFor({ ...snap, questions: [...snap.questions].reverse() });
    expect(ids(planDrill({ kind: 'all' }, reversed, { count: 0, rng: mulberry32(5) }))).toEqual(ids(planDrill({ kind: 'all' }, ctx, { count: 0, rng: mulberry32(5) })));
  });

  it('gives different drills for different seeds', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 20; seed++) orders.add(ids(planDrill({ kind: 'all' }, ctx, { count: 0, rng: mulberry32(seed) })).join());
    expect(orders.size).toBeGreaterThan(15);
  });

  it('never repeats a question within a session, for any seed and length', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 20 }), (seed, count) => {
        const drill = planDrill({ kind: 'all' }, ctx, { count, rng: mulberry32(seed) });
        expect(new Set(ids(drill)).size).toBe(drill.length);
        expect(drill.length).toBe(count === 0 ? snap.questions.length : Math.min(count, snap.questions.length));
      }),
    );
  });

  it('draws weak principles measurably more often (gaps > thin > ok)', () => {
    // Weights with no history: ok 1×1.5×2 = 3, thin 2×1.5×2 = 6, gap 3×1.5×2 = 9 per question;
    // so the first question is a gap (Dive Deep or Frugality) 2/3 of the time, Customer Obsession 1/9.
    const firsts = new Map<string, number>();
    const N = 3000;
    for (let seed = 0; seed < N; seed++) {
      const q = planDrill({ kind: 'all' }, ctx, { count: 1, rng: mulberry32(seed) })[0];
      const p = q.principles[0].id;
      firsts.set(p, (firsts.get(p) ?? 0) + 1);
    }
    const share = (p: string): number => (firsts.get(p) ?? 0) / N;
    expect(share(DIVE) + share(FRUG)).toBeGreaterThan(0.6);
    expect(share(CO)).toBeLessThan(0.15);
    expect(share(OWN)).toBeGreaterThan(share(CO) * 1.5);
    expect(share(DIVE)).toBeGreaterThan(share(OWN) * 1.2);
  });

  it('draws a question last rated Again before one last rated Easy', () => {
    const [again, easy] = ofPrinciple(OWN);
    const history = ctxFor(snap, [attempt(again.id, 'again', day(-3), [OWN]), attempt(easy.id, 'easy', day(-3), [OWN])]);
    let againFirst = 0;
    for (let seed = 0; seed < 1000; seed++) {
      const order = ids(planDrill({ kind: 'principle', principle: OWN }, history, { count: 0, rng: mulberry32(seed) }));
      if (order.indexOf(again.id) < order.indexOf(easy.id)) againFirst++;
    }
    expect(againFirst).toBeGreaterThan(750);
  });
});

describe('pools', () => {
  it('by principle, set and category', () => {
    const ctx = ctxFor(snap);
    expect(ids(questionPool({ kind: 'principle', principle: DIVE }, ctx))).toEqual(ids(ofPrinciple(DIVE)));
    expect(questionPool({ kind: 'set', set: 'orbit' }, ctx)).toHaveLength(12);
    expect(questionPool({ kind: 'set', set: 'other' }, ctx)).toHaveLength(0);
    const withCategory = { ...snap, questions: snap.questions.map((q, i) => (i < 2 ? { ...q, category: 'Warm-up' } : q)) };
    expect(questionPool({ kind: 'category', category: 'warm up' }, ctxFor(withCategory))).toHaveLength(2);
  });

  it('due questions: drilled and due by today', () => {
    const [a, b, c] = ofPrinciple(CO);
    const ctx = ctxFor(snap, [
      attempt(a.id, 'good', day(-2), [CO]), // due today (a first Good: 2 days)
      attempt(b.id, 'good', day(0), [CO]), // due tomorrow
      attempt(c.id, 'again', day(0), [CO]), // due today, ten minutes later
    ]);
    expect(ids(questionPool({ kind: 'due' }, ctx)).sort()).toEqual([a.id, c.id].sort());
  });

  it('weak spots: gaps and thin principles, principles never drilled or rated low, and questions last rated Again/Hard', () => {
    const fresh = ctxFor(snap);
    expect([...weakPrinciples(fresh)].sort()).toEqual([CO, DIVE, FRUG, OWN].sort()); // CO: never drilled
    const co = ofPrinciple(CO);
    const drilledWell = ctxFor(snap, [attempt(co[0].id, 'good', day(-2), [CO]), attempt(co[1].id, 'hard', day(-2), [CO])]);
    expect(weakPrinciples(drilledWell).has(CO)).toBe(false); // ok coverage, average 2.5
    const pool = ids(questionPool({ kind: 'weak' }, drilledWell));
    expect(pool).toContain(co[1].id); // last rated Hard
    expect(pool).not.toContain(co[0].id);
    expect(pool).not.toContain(co[2].id);
    expect(pool).toEqual(expect.arrayContaining(ids(ofPrinciple(DIVE))));
    const drilledBadly = ctxFor(snap, [attempt(co[0].id, 'again', day(-2), [CO]), attempt(co[1].id, 'hard', day(-2), [CO])]);
    expect(weakPrinciples(drilledBadly).has(CO)).toBe(true);
  });
});

describe('the last days before an interview', () => {
  it('puts never-drilled questions of that set first', () => {
    const drilled = snap.questions.filter((_, i) => i % 2 === 0);
    const attempts = drilled.map((q) => attempt(q.id, 'again', day(-5), q.principles.map((r) => r.id)));
    const inTwoDays = ctxFor(snap, attempts, NOW, { orbit: '2026-11-24' });
    const never = new Set(snap.questions.filter((_, i) => i % 2 === 1).map((q) => q.id));
    for (let seed = 0; seed < 20; seed++) {
      const order = ids(planDrill({ kind: 'all' }, inTwoDays, { count: 0, rng: mulberry32(seed) }));
      expect(order.slice(0, never.size).every((id) => never.has(id))).toBe(true);
    }
    // Ten days out, the overdue Again answers win often enough to lead the drill sometimes.
    const farAway = ctxFor(snap, attempts, NOW, { orbit: '2026-12-02' });
    let drilledFirst = 0;
    for (let seed = 0; seed < 20; seed++) if (!never.has(planDrill({ kind: 'all' }, farAway, { count: 1, rng: mulberry32(seed) })[0].id)) drilledFirst++;
    expect(drilledFirst).toBeGreaterThan(0);
  });
});
