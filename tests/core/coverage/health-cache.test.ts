// Story health is computed once per edit of a story's note (by the first coverage report that
// needs it) and reused by every report after: a set-note edit re-resolves stories but keeps it.
import { computeCoverage } from '../../../src/core/coverage/coverage';
import { healthOf } from '../../../src/core/coverage/health';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { fixture, note } from '../helpers';

const STORY = (result: string) =>
  note('S/Pager.md', `#story #lp/ownership\n\n**S:** Alerts woke the team nightly.\n**T:** Cut the noise.\n**A:** We tuned the thresholds.\n**R:** ${result}\n`);

const pager = <T extends { path: string }>(xs: T[]): T => xs.find((x) => x.path === 'S/Pager.md') as T;
const pagerHealth = (snap: ReturnType<VaultIndex['snapshot']>) =>
  computeCoverage(snap, 'acme').stories.find((s) => s.story.path === 'S/Pager.md')!.health;

describe('story health, once per story text', () => {
  it('is shared by every report; a set edit keeps it, a story edit renews it', () => {
    const index = new VaultIndex();
    const set = fixture('Acme Principles.md');
    index.upsert(set);
    index.upsert(STORY('Pages dropped by 80%.'));
    const first = index.snapshot();
    const h1 = pagerHealth(first);
    expect(h1).toBe(healthOf(pager(first.stories)));
    expect(h1.resultNumbers).toEqual(['80%']);
    expect(h1.issues.map((i) => i.code)).toContain('we-over-i');

    index.upsert({ ...set, body: `${set.body}\n### Frugality\nSpend less.\n` }); // a new principle: every note re-resolved
    const second = index.snapshot();
    expect(pager(second.stories)).not.toBe(pager(first.stories));
    expect(pagerHealth(second)).toBe(h1);

    index.upsert(STORY('Pages dropped a lot.'));
    const h3 = pagerHealth(index.snapshot());
    expect(h3).not.toBe(h1);
    expect(h3.issues.map((i) => i.code)).toContain('result-without-number');
  });
});
