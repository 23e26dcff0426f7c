// The order of weak spots, which the drill summary's "drill next" follows: a principle with no
// story (gap) or too few (thin) comes before one that was merely never drilled.
import fc from 'fast-check';
import type { CoverageStatus } from '../../../src/core/coverage/types';
import type { PrincipleDrillStats } from '../../../src/core/drill/history';
import { rankWeakPrinciples, weakPrinciples, type DrillContext } from '../../../src/core/drill/plan';
import { summarize } from '../../../src/core/drill/summary';
import { CO, DIVE, FRUG, orbitSnapshot, OWN } from './fixture';
import { attempt, ctxFor, day } from './helpers';

const snap = orbitSnapshot();
const ids = snap.principles.map((p) => p.id);

describe('weak spots, most urgent first', () => {
  it('on the orbit vault: gaps and thin principles before the never-drilled one at target', () => {
    const ctx = ctxFor(snap);
    const ranked = rankWeakPrinciples(ctx);
    expect(new Set(ranked)).toEqual(weakPrinciples(ctx));
    expect(ranked[ranked.length - 1]).toBe(CO); // at target, only never drilled
    expect(ranked.slice(0, 3).sort()).toEqual([DIVE, FRUG, OWN].sort());
    // A good session on Customer Obsession: drill next names the coverage problems, not CO.
    const sum = summarize([attempt('q', 'good', day(0), [CO])], snap, ranked);
    expect(sum.drillNext.sort()).toEqual([DIVE, FRUG, OWN].sort());
  });

  it('for any coverage and ratings, every gap or thin principle precedes every other weak one', () => {
    const status = fc.constantFrom<CoverageStatus>('gap', 'thin', 'ok');
    const stats = fc.option(fc.record({ attempts: fc.nat(5), avgRating: fc.option(fc.double({ min: 1, max: 4, noNaN: true })) }));
    fc.assert(
      fc.property(fc.array(fc.tuple(status, stats), { minLength: ids.length, maxLength: ids.length }), (rows) => {
        const ctx: DrillContext = {
          ...ctxFor(snap),
          status: new Map(rows.map(([s], i) => [ids[i], s])),
          stats: new Map(
            rows.flatMap(([, st], i): [string, PrincipleDrillStats][] =>
              st ? [[ids[i], { lastDrilled: null, avgRating: st.attempts ? st.avgRating : null, attempts: st.attempts, dueCount: 0 }]] : [],
            ),
          ),
        };
        const ranked = rankWeakPrinciples(ctx);
        const short = (id: string) => ctx.status.get(id) !== 'ok';
        const firstOther = ranked.findIndex((id) => !short(id));
        if (firstOther >= 0) expect(ranked.slice(firstOther).some(short)).toBe(false);
        // gaps before thin
        const firstThin = ranked.findIndex((id) => ctx.status.get(id) === 'thin');
        if (firstThin >= 0) expect(ranked.slice(firstThin).some((id) => ctx.status.get(id) === 'gap')).toBe(false);
        expect(new Set(ranked).size).toBe(ranked.length);
      }),
      { numRuns: 300 },
    );
  });
});
