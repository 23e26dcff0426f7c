// The weights of docs/drills.md ("How questions are picked"), on the orbit vault and real drill
// logs with a fixed clock: weight = principle factor × question factor, the weighted order they
// drive, and the scopes a drill draws from.
import { buildHistory } from '../../../src/core/drill/history';
import { drillContext, planDrill, questionPool, questionWeight, rankWeakPrinciples, weightedOrder } from '../../../src/core/drill/plan';
import { mulberry32 } from '../../../src/core/drill/random';
import type { Question } from '../../../src/core/model';
import { CO, DIVE, FRUG, orbitSnapshot, OWN } from './fixture';
import { attempt, ctxFor, day, NOW } from './helpers';

const snap = orbitSnapshot();
const ofPrinciple = (p: string): Question[] => snap.questions.filter((q) => q.principles.some((r) => r.id === p));
const [co1, co2, co3] = ofPrinciple(CO);
const ids = (qs: Question[]): string[] => qs.map((q) => q.id);

describe('question weights', () => {
  it('never drilled: coverage status (ok 1, thin 2, gap 3) × 1.5 for no ratings × 2', () => {
    const ctx = ctxFor(snap);
    expect(questionWeight(co1, ctx)).toBeCloseTo(3);
    expect(questionWeight(ofPrinciple(OWN)[0], ctx)).toBeCloseTo(6);
    expect(questionWeight(ofPrinciple(DIVE)[0], ctx)).toBeCloseTo(9);
    expect(questionWeight(ofPrinciple(FRUG)[2], ctx)).toBeCloseTo(9);
  });

  it('follows the coverage target the drill is planned with', () => {
    const history = buildHistory([], snap);
    const atOne = drillContext(snap, history, NOW, { coverage: { target: 1 } });
    expect(questionWeight(ofPrinciple(OWN)[0], atOne)).toBeCloseTo(3); // Ownership's one story is enough
    expect(questionWeight(ofPrinciple(DIVE)[0], atOne)).toBeCloseTo(9);
  });

  it('a question of several principles takes the weakest, one of none counts as ok, as does one of a principle no set has', () => {
    const ctx = ctxFor(snap);
    const dive = { id: DIVE, role: 'primary' as const, source: 'tag' as const };
    expect(questionWeight({ ...co1, principles: [...co1.principles, dive] }, ctx)).toBeCloseTo(9);
    expect(questionWeight({ ...co1, principles: [] }, ctx)).toBeCloseTo(2);
    expect(questionWeight({ ...co1, principles: [{ ...dive, id: 'gone/principle' }] }, ctx)).toBeCloseTo(3);
  });

  it('last rated Again three days ago: ratings ×2 (all Again), Again ×3, overdue 3 days ×(1 + 3/7)', () => {
    const ctx = ctxFor(snap, [attempt(co1.id, 'again', day(-3), [CO])]);
    expect(questionWeight(co1, ctx)).toBeCloseTo(2 * 3 * (1 + 3 / 7));
    // The other questions of the principle share its ratings but were never drilled themselves.
    expect(questionWeight(co2, ctx)).toBeCloseTo(2 * 2);
  });

  it('counts overdue days up to two weeks (×3 at most)', () => {
    const ctx = ctxFor(snap, [attempt(co1.id, 'hard', day(-40), [CO]), attempt(co2.id, 'easy', day(-90), [CO])]);
    const ratings = 1 + (4 - (2 + 4) / 2) / 3; // average of Hard and Easy
    expect(questionWeight(co1, ctx)).toBeCloseTo(ratings * 2 * 3);
    expect(questionWeight(co2, ctx)).toBeCloseTo(ratings * 0.6 * 3);
  });

  it('not yet due ×0.4, seen today ×0.5', () => {
    // A first Good is due two days later; an Again this morning is due ten minutes later, today.
    const ctx = ctxFor(snap, [attempt(co1.id, 'good', day(-1), [CO]), attempt(co2.id, 'again', day(0, 8), [CO])]);
    const ratings = 1 + (4 - (3 + 1) / 2) / 3;
    expect(questionWeight(co1, ctx)).toBeCloseTo(ratings * 1 * 0.4);
    expect(questionWeight(co2, ctx)).toBeCloseTo(ratings * 3 * 1 * 0.5);
    expect(questionWeight(co3, ctx)).toBeCloseTo(ratings * 2);
  });
});

describe('weighted order', () => {
  const weight: Record<string, number> = { light: 1, heavy: 3, none: 0, heavyToo: 3 };

  it('puts heavier items first for the same draw, keeps ties in input order and weightless items last', () => {
    expect(weightedOrder(['none', 'light', 'heavy', 'heavyToo'], (k) => weight[k], () => 0.5)).toEqual(['heavy', 'heavyToo', 'light', 'none']);
    expect(weightedOrder(['light', 'none', 'heavyToo', 'heavy'], (k) => weight[k], () => 0.5)).toEqual(['heavyToo', 'heavy', 'light', 'none']);
  });

  it('puts a weightless item last even when the draw is exactly 0', () => {
    expect(weightedOrder(['none', 'light', 'heavy'], (k) => weight[k], () => 0)).toEqual(['light', 'heavy', 'none']);
  });

  it('lets a lighter item win with a lucky draw', () => {
    const draws = [0.99, 0.01];
    expect(weightedOrder(['heavy', 'light'], (k) => weight[k], () => draws.shift() as number)).toEqual(['light', 'heavy']);
  });
});

describe('plans and pools', () => {
  it('plans five questions unless told otherwise, and the whole pool for a count of 0 or less', () => {
    const ctx = ctxFor(snap);
    expect(planDrill({ kind: 'all' }, ctx, { rng: mulberry32(7) })).toHaveLength(5);
    expect(planDrill({ kind: 'all' }, ctx, { count: -1, rng: mulberry32(7) })).toHaveLength(snap.questions.length);
    expect(planDrill({ kind: 'all' }, ctx, { count: 1, rng: mulberry32(7) })).toHaveLength(1);
  });

  it('ranks weak principles within the set asked for only', () => {
    const ctx = ctxFor(snap);
    expect(rankWeakPrinciples(ctx, 'orbit')).toEqual(rankWeakPrinciples(ctx));
    expect(rankWeakPrinciples(ctx, 'orbit')).toHaveLength(4);
    expect(rankWeakPrinciples(ctx, 'other')).toEqual([]);
  });

  it('ranks weak spots: gaps, thin, rated below Good, never drilled; the set order within a rank', () => {
    // At a target of one story, Customer Obsession and Ownership are covered; Dive Deep and Frugality are gaps.
    const [own1, own2] = ofPrinciple(OWN);
    const lowOwnership = buildHistory([attempt(own1.id, 'again', day(-2), [OWN]), attempt(own2.id, 'good', day(-1), [OWN])], snap);
    const atOne = drillContext(snap, lowOwnership, NOW, { coverage: { target: 1 } });
    expect(rankWeakPrinciples(atOne)).toEqual([DIVE, FRUG, OWN, CO]); // Ownership averages 2, Customer Obsession was never drilled
    // At two stories Ownership is thin, which outranks its low ratings.
    const atTwo = drillContext(snap, lowOwnership, NOW, { coverage: { target: 2 } });
    expect(rankWeakPrinciples(atTwo)).toEqual([DIVE, FRUG, OWN, CO]);
    // Drilled to an average of Good, a covered principle is no weak spot.
    const wellOwned = buildHistory([attempt(own1.id, 'good', day(-2), [OWN]), attempt(own2.id, 'hard', day(-1), [OWN]), attempt(own2.id, 'easy', day(0), [OWN])], snap);
    expect(rankWeakPrinciples(drillContext(snap, wellOwned, NOW, { coverage: { target: 1 } }))).toEqual([DIVE, FRUG, CO]);
    // Customer Obsession drilled badly, Ownership never: the low ratings come first although Customer Obsession comes first in the set.
    const [co] = ofPrinciple(CO);
    const lowCustomer = buildHistory([attempt(co.id, 'hard', day(-1), [CO])], snap);
    expect(rankWeakPrinciples(drillContext(snap, lowCustomer, NOW, { coverage: { target: 1 } }))).toEqual([DIVE, FRUG, CO, OWN]);
    const wellCustomer = buildHistory([attempt(co.id, 'good', day(-1), [CO])], snap);
    expect(rankWeakPrinciples(drillContext(snap, wellCustomer, NOW, { coverage: { target: 1 } }))).toEqual([DIVE, FRUG, OWN]);
  });

  it('counts a question in a set by its principles when it has no set of its own', () => {
    const loose = { ...snap, questions: snap.questions.map((q) => (q.id === co1.id ? { ...q, set: null } : q)) };
    const ctx = ctxFor(loose);
    expect(ids(questionPool({ kind: 'set', set: 'orbit' }, ctx))).toContain(co1.id);
    const unmapped = { ...snap, questions: snap.questions.map((q) => (q.id === co1.id ? { ...q, set: null, principles: [] } : q)) };
    expect(ids(questionPool({ kind: 'set', set: 'orbit' }, ctxFor(unmapped)))).not.toContain(co1.id);
    expect(ids(questionPool({ kind: 'all' }, ctxFor(unmapped)))).toContain(co1.id);
  });

  it('weak spots include a question last rated Again even when its principle is answered well', () => {
    const ctx = ctxFor(snap, [attempt(co1.id, 'again', day(-2), [CO]), attempt(co2.id, 'easy', day(-2), [CO]), attempt(co3.id, 'easy', day(-2), [CO])]);
    expect(rankWeakPrinciples(ctx)).not.toContain(CO); // average (1 + 4 + 4) / 3 = 3
    const pool = ids(questionPool({ kind: 'weak' }, ctx));
    expect(pool).toContain(co1.id);
    expect(pool).not.toContain(co2.id);
    expect(ids(questionPool({ kind: 'weak', set: 'other' }, ctx))).toEqual([]);
  });

  it('due questions of the set asked for only', () => {
    const ctx = ctxFor(snap, [attempt(co1.id, 'again', day(-2), [CO])]);
    expect(ids(questionPool({ kind: 'due', set: 'orbit' }, ctx))).toEqual([co1.id]);
    expect(ids(questionPool({ kind: 'due', set: 'other' }, ctx))).toEqual([]);
  });
});
