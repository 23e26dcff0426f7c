// The quality targets of readings (issue 13), on the labeled questions in tests/fixtures/readings:
// `npm run eval` prints the same figures. A change to the knowledge or the reader that loses
// accuracy fails here.
import { join } from 'path';
import { allCases, ownQuestions, type CaseResult } from '../../bench/readings/evaluate';
import { STARTER_KEYS, STARTER_SETS } from '../../src/core/starter/starter-sets';
import { SEED_VAULT, seedVaultPresent } from '../seed-vault';

const ROOT = join(__dirname, '..', '..');
const SEED_NOTE = join(SEED_VAULT, 'Interview', 'Amazon Leadership Principles.md');
const cases = allCases(ROOT, SEED_NOTE);
const byName = (name: string): CaseResult => {
  const c = cases.find((x) => x.name.startsWith(name));
  if (!c) throw new Error(`no case ${name}`);
  return c;
};
const top1 = (c: CaseResult) => c.top1 / c.total;
const top2 = (c: CaseResult) => c.top2 / c.total;

describe('readings on labeled questions', () => {
  it('has at least 150 questions of our own covering every principle of the three sets at least 5 times', () => {
    const own = ownQuestions(ROOT);
    const all = [...own.values()].flat();
    expect(all.length).toBeGreaterThanOrEqual(150);
    for (const key of STARTER_KEYS) {
      const counts = STARTER_SETS[key].principles.map((p) => (own.get(key) ?? []).filter((q) => q.labels.includes(p.name)).length);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(5);
    }
    expect(all.filter((q) => q.fresh).length).toBeGreaterThanOrEqual(50);
  });

  it.each(['Amazon, with descriptions', 'Google, with descriptions', 'Meta, with descriptions'])('%s: top-1 ≥ 85%%, top-2 ≥ 95%%', (name) => {
    const c = byName(name);
    expect(top1(c)).toBeGreaterThanOrEqual(0.85);
    expect(top2(c)).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['Amazon, bare names', 'Google, bare names', 'Meta, bare names'])('%s: top-1 ≥ 75%%, top-2 ≥ 95%%', (name) => {
    const c = byName(name);
    expect(top1(c)).toBeGreaterThanOrEqual(0.75);
    expect(top2(c)).toBeGreaterThanOrEqual(0.95);
  });

  (seedVaultPresent('the seed note case of the readings eval') ? it : it.skip)('the seed note: top-1 ≥ 85%, top-2 ≥ 95% on its 33 questions', () => {
    const c = byName('Seed note');
    expect(c.total).toBe(33);
    expect(top1(c)).toBeGreaterThanOrEqual(0.85);
    expect(top2(c)).toBeGreaterThanOrEqual(0.95);
  });
});
