// Coverage with loop readiness for one set of 16 principles and 1,000 mapped stories.
import { computeCoverage } from '../src/core/coverage/coverage';
import { VaultIndex } from '../src/core/index/vault-index';
import { DEFAULT_COVERAGE_SETTINGS } from '../src/core/settings';
import type { IndexSnapshot } from '../src/core/model';
import { noteRecordFromText } from './cli-path';
import { paragraph } from './note-text';
import { Rng } from './rng';
import { median, nowMs } from './timing';
import { SET_A } from './words';
import { setNote } from './note-text';

/**
 * A snapshot with the 16-principle set and `stories` story notes. Mappings are skewed (a few
 * principles draw most stories, one has a single story) so the loop is not trivially ready and
 * the max-flow has real work to do.
 */
export function coverageSnapshot(stories: number, seed: number): { snapshot: IndexSnapshot; setId: string } {
  const rng = new Rng(seed);
  const index = new VaultIndex();
  index.upsert(noteRecordFromText(`${SET_A.title}.md`, setNote(rng, SET_A, false)));
  const names = SET_A.principles;
  const last = names[names.length - 1];
  for (let i = 0; i < stories; i++) {
    const k = rng.int(1, 3);
    const picked = new Set<string>();
    while (picked.size < k) {
      // Squaring the uniform draw favours the first principles; the last one gets exactly one story.
      const j = Math.floor(rng.next() ** 2 * (names.length - 1));
      picked.add(names[j]);
    }
    if (i === 0) picked.add(last);
    const fm = `---\ntype: story\nprinciples: [${[...picked].map((p) => JSON.stringify(p)).join(', ')}]\n---\n`;
    const body = ['Situation', 'Task', 'Action', 'Result'].map((h) => `## ${h}\n${paragraph(rng, 2)}\n`).join('\n');
    index.upsert(noteRecordFromText(`stories/Story ${i}.md`, `${fm}# Story ${i}\n\n${body}`));
  }
  const snapshot = index.snapshot();
  return { snapshot, setId: snapshot.sets[0].id };
}

/**
 * Median of `runs` computeCoverage calls on the index's snapshot, after `warmup` untimed calls
 * (1: the first calls of a fresh process, before the JIT has optimized). Story health is remembered
 * per story text, so the first call computes it for every story and later calls only read it;
 * `firstMs` is that first call. `fresh`: every call gets its own copies of the stories' part
 * texts, so health is computed again each time.
 */
export function coverageMs(
  snapshot: IndexSnapshot,
  setId: string,
  runs: number,
  fresh: boolean,
  warmup = 1,
): { ms: number; firstMs: number; stories: number; ready: boolean } {
  const copy = (): IndexSnapshot => ({ ...snapshot, stories: fresh ? snapshot.stories.map((s) => ({ ...s, partText: { ...s.partText } })) : snapshot.stories });
  const start = nowMs();
  let report = computeCoverage(copy(), setId, DEFAULT_COVERAGE_SETTINGS);
  const firstMs = nowMs() - start;
  for (let i = 1; i < warmup; i++) report = computeCoverage(copy(), setId, DEFAULT_COVERAGE_SETTINGS);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = copy();
    const t0 = nowMs();
    report = computeCoverage(input, setId, DEFAULT_COVERAGE_SETTINGS);
    times.push(nowMs() - t0);
  }
  return { ms: median(times), firstMs, stories: report.stories.length, ready: report.loop.ready };
}
