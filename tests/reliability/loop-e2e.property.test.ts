// Loop readiness end to end: from note text through the index to computeCoverage, the
// readiness verdict agrees with an exhaustive search over the story → principle mappings the
// index produced. (tests/core/coverage/loop.test.ts checks the matching itself on random graphs.)
import fc from 'fast-check';
import { VaultIndex } from '../../src/core/index/vault-index';
import { computeCoverage } from '../../src/core/coverage/coverage';

const PRINCIPLES = ['Customer Obsession', 'Ownership', 'constructor', '__proto__', 'Are Right, A Lot'];

/** Most slots any assignment can fill: each story serves at most one principle, each principle at most `target` stories. */
function bruteForce(principles: string[], storyEdges: string[][], target: number): number {
  const load = new Map(principles.map((p) => [p, 0]));
  let best = 0;
  const visit = (s: number, filled: number) => {
    if (filled + (storyEdges.length - s) <= best) return;
    if (s === storyEdges.length) {
      best = Math.max(best, filled);
      return;
    }
    visit(s + 1, filled);
    for (const p of new Set(storyEdges[s])) {
      const n = load.get(p);
      if (n === undefined || n >= target) continue;
      load.set(p, n + 1);
      visit(s + 1, filled + 1);
      load.set(p, n);
    }
  };
  visit(0, 0);
  return best;
}

describe('loop readiness from note text', () => {
  it('agrees with an exhaustive search on small random vaults', () => {
    const vault = fc.record({
      principles: fc.uniqueArray(fc.constantFrom(...PRINCIPLES), { minLength: 1, maxLength: 4 }),
      stories: fc.array(fc.array(fc.constantFrom(...PRINCIPLES, 'Unknown One'), { maxLength: 3 }), { maxLength: 6 }),
      target: fc.integer({ min: 1, max: 2 }),
    });
    fc.assert(
      fc.property(vault, ({ principles, stories, target }) => {
        const index = new VaultIndex();
        index.upsert({
          path: 'Acme.md',
          frontmatter: null,
          body: ['#principles #acme', '# Acme', ...principles.map((p) => `### ${p}\nAbout ${p}.`)].join('\n'),
          bodyLine: 0,
        });
        stories.forEach((names, i) => {
          index.upsert({
            path: `Stories/Story ${i}.md`,
            frontmatter: { tags: ['story'], principles: names },
            body: `**S:** Situation number ${i}.\n**T:** Task.\n**A:** I acted.\n**R:** Up 10%.\n`,
            bodyLine: 4,
          });
        });
        const snap = index.snapshot();
        const report = computeCoverage(snap, 'acme', { target });
        const ids = snap.principles.filter((p) => p.set === 'acme').map((p) => p.id);
        expect(ids).toHaveLength(principles.length);
        const edges = snap.stories.map((s) => s.principles.map((r) => r.id).filter((id) => ids.includes(id)));
        const best = bruteForce(ids, edges, target);
        expect(report.loop.filled).toBe(best);
        expect(report.loop.needed).toBe(ids.length * target);
        expect(report.loop.ready).toBe(best === ids.length * target);
        // The assignment is real: existing mappings, no story twice.
        const used = Object.values(report.loop.assignment).flat();
        expect(new Set(used).size).toBe(used.length);
        for (const [pid, storyIds] of Object.entries(report.loop.assignment)) {
          for (const sid of storyIds) expect(snap.stories.find((s) => s.id === sid)?.principles.some((r) => r.id === pid)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
