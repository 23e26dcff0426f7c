import fc from 'fast-check';
import { loopReadiness } from '../../../src/core/coverage/loop';

/** Exhaustive search: the best fill and the principles short of target in some best assignment. */
function bruteForce(principles: string[], edges: Map<string, string[]>, target: number): { best: number; shortSomewhere: Set<string> } {
  const stories = [...new Set([...edges.values()].flat())];
  const canCover = stories.map((s) => principles.filter((p) => (edges.get(p) ?? []).includes(s)));
  const load = new Map(principles.map((p) => [p, 0]));
  let best = -1;
  let shortSomewhere = new Set<string>();
  const visit = (i: number, filled: number): void => {
    if (i === stories.length) {
      const short = principles.filter((p) => (load.get(p) as number) < target);
      if (filled > best) {
        best = filled;
        shortSomewhere = new Set(short);
      } else if (filled === best) for (const p of short) shortSomewhere.add(p);
      return;
    }
    visit(i + 1, filled);
    for (const p of canCover[i]) {
      const l = load.get(p) as number;
      if (l >= target) continue;
      load.set(p, l + 1);
      visit(i + 1, filled + 1);
      load.set(p, l);
    }
  };
  visit(0, 0);
  return { best, shortSomewhere };
}

const graph = fc
  .record({
    principles: fc.integer({ min: 0, max: 6 }),
    stories: fc.integer({ min: 0, max: 7 }),
    target: fc.integer({ min: 1, max: 2 }),
    density: fc.double({ min: 0, max: 1, noNaN: true }),
    seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 42, maxLength: 42 }),
  })
  .map(({ principles, stories, target, density, seed }) => {
    const ids = Array.from({ length: principles }, (_, i) => `p${i}`);
    const edges = new Map<string, string[]>();
    ids.forEach((p, i) => {
      const list: string[] = [];
      for (let s = 0; s < stories; s++) if (seed[i * 7 + s] < density) list.push(`s${s}`);
      edges.set(p, list);
    });
    return { ids, edges, target };
  });

describe('loopReadiness', () => {
  it('fills as many slots as an exhaustive search and flags the same principles', () => {
    fc.assert(
      fc.property(graph, ({ ids, edges, target }) => {
        const loop = loopReadiness(ids, edges, target);
        const brute = bruteForce(ids, edges, target);
        expect(loop.filled).toBe(brute.best);
        expect(loop.needed).toBe(ids.length * target);
        expect(loop.ready).toBe(brute.best === ids.length * target);
        expect(loop.blocking).toEqual(ids.filter((p) => brute.shortSomewhere.has(p)));
        expect(loop.blocking.length === 0).toBe(loop.ready);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a valid assignment: existing edges, no story twice, at most target each', () => {
    fc.assert(
      fc.property(graph, ({ ids, edges, target }) => {
        const loop = loopReadiness(ids, edges, target);
        const used = new Set<string>();
        let total = 0;
        for (const p of ids) {
          const mine = loop.assignment[p];
          expect(mine.length).toBeLessThanOrEqual(target);
          for (const s of mine) {
            expect(edges.get(p)).toContain(s);
            expect(used.has(s)).toBe(false);
            used.add(s);
          }
          total += mine.length;
        }
        expect(total).toBe(loop.filled);
      }),
      { numRuns: 300 },
    );
  });

  it('shows a maximum assignment that gives a story to as many principles as possible, and names its short ones (issue 15 item 6)', () => {
    fc.assert(
      fc.property(graph, ({ ids, edges, target }) => {
        const loop = loopReadiness(ids, edges, target);
        // At most one story each: the most principles any assignment can reach.
        const reachable = bruteForce(ids, edges, 1).best;
        expect(ids.filter((p) => loop.assignment[p].length > 0)).toHaveLength(Math.min(reachable, ids.length));
        expect(loop.short).toEqual(ids.filter((p) => loop.assignment[p].length < target));
        for (const p of loop.short) expect(loop.blocking).toContain(p);
      }),
      { numRuns: 300 },
    );
  });

  it('does not show a principle with stories of its own at 0 while others hold two', () => {
    // Deliver Results could be told with any of three stories; two of them are Ownership's only ones.
    const edges = new Map([
      ['ownership', ['pager', 'budget']],
      ['earn-trust', ['vendor']],
      ['deliver-results', ['pager', 'budget', 'vendor']],
    ]);
    const loop = loopReadiness(['ownership', 'earn-trust', 'deliver-results'], edges, 2);
    expect(loop.filled).toBe(3);
    expect(Object.values(loop.assignment).map((a) => a.length)).toEqual([1, 1, 1]);
    expect(loop.short).toEqual(['ownership', 'earn-trust', 'deliver-results']);
  });

  it('names as blocking exactly the principles where one more story raises the fill', () => {
    fc.assert(
      fc.property(graph, ({ ids, edges, target }) => {
        const loop = loopReadiness(ids, edges, target);
        for (const p of ids) {
          const more = new Map(edges);
          more.set(p, [...(edges.get(p) ?? []), 'fresh']);
          const after = loopReadiness(ids, more, target);
          expect(after.filled > loop.filled).toBe(loop.blocking.includes(p));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and ignores duplicate edges and unknown principles', () => {
    const edges = new Map([
      ['ownership', ['outage', 'outage', 'migration']],
      ['dive-deep', ['outage']],
      ['not-in-set', ['hiring']],
    ]);
    const a = loopReadiness(['ownership', 'dive-deep'], edges, 1);
    const b = loopReadiness(['ownership', 'dive-deep'], edges, 1);
    expect(a).toEqual(b);
    expect(a.ready).toBe(true);
    expect(a.assignment).toEqual({ ownership: ['migration'], 'dive-deep': ['outage'] });
  });

  it('leaves a principle with no stories listed short', () => {
    const loop = loopReadiness(['ownership', 'dive-deep'], new Map([['ownership', ['outage']]]), 1);
    expect(loop).toEqual({ ready: false, blocking: ['dive-deep'], assignment: { ownership: ['outage'], 'dive-deep': [] }, short: ['dive-deep'], filled: 1, needed: 2 });
  });

  it('reassigns a story when a later principle has no other option', () => {
    // Greedy would give "outage" to ownership; dive-deep can only use "outage".
    const edges = new Map([
      ['ownership', ['outage', 'migration']],
      ['dive-deep', ['outage']],
    ]);
    const loop = loopReadiness(['ownership', 'dive-deep'], edges, 1);
    expect(loop).toEqual({
      ready: true,
      blocking: [],
      assignment: { ownership: ['migration'], 'dive-deep': ['outage'] },
      short: [],
      filled: 2,
      needed: 2,
    });
  });

  it('names both principles that compete for a single story', () => {
    const edges = new Map([
      ['frugality', ['budget-cut']],
      ['think-big', ['budget-cut']],
      ['earn-trust', ['apology', 'postmortem']],
    ]);
    const loop = loopReadiness(['frugality', 'think-big', 'earn-trust'], edges, 2);
    expect(loop.filled).toBe(3);
    expect(loop.needed).toBe(6);
    expect(loop.ready).toBe(false);
    expect(loop.blocking).toEqual(['frugality', 'think-big']);
  });

  it('treats a target of 0 and an empty set as ready', () => {
    expect(loopReadiness(['a'], new Map(), 0)).toMatchObject({ ready: true, filled: 0, needed: 0, blocking: [] });
    expect(loopReadiness(['a'], new Map([['a', ['story']]]), 0)).toEqual({ ready: true, filled: 0, needed: 0, blocking: [], short: [], assignment: { a: [] } });
    expect(loopReadiness(['a'], new Map([['a', ['story']]]), -2)).toEqual({ ready: true, filled: 0, needed: 0, blocking: [], short: [], assignment: { a: [] } });
    expect(loopReadiness([], new Map(), 2)).toMatchObject({ ready: true, filled: 0, needed: 0, assignment: {} });
  });

  it('reads a fractional target as the whole stories it asks for', () => {
    const edges = new Map([
      ['ownership', ['outage', 'migration', 'pager']],
      ['dive-deep', ['metrics']],
    ]);
    const loop = loopReadiness(['ownership', 'dive-deep'], edges, 2.7);
    expect(loop).toEqual(loopReadiness(['ownership', 'dive-deep'], edges, 2));
    expect(loop).toMatchObject({ ready: false, filled: 3, needed: 4, short: ['dive-deep'], blocking: ['dive-deep'] });
    expect(loop.assignment.ownership).toEqual(['outage', 'migration']);
  });

  it('with one story three principles share and one of their own each, two slots stay empty and all three block', () => {
    const edges = new Map([
      ['a', ['shared', 'own-a']],
      ['b', ['shared', 'own-b']],
      ['c', ['own-c', 'shared']],
    ]);
    const loop = loopReadiness(['a', 'b', 'c'], edges, 2);
    expect(loop.filled).toBe(4);
    expect(loop.blocking).toEqual(['a', 'b', 'c']);
    expect(loop.short).toHaveLength(2);
  });
});
