// The benchmark's vault generator: deterministic, in the proportions the issue asks for, and
// every story format it writes is really read by the index (through the CLI's own loader).
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { generateVault, type GeneratedVault } from '../../bench/generate-vault';
import { loadVault } from '../../src/cli/load-vault';
import { nodeFs } from '../../src/cli/vault-fs';

const roots: string[] = [];
function vault(count: number, seed: number): GeneratedVault {
  const root = mkdtempSync(join(tmpdir(), 'ip-bench-test-'));
  roots.push(root);
  return generateVault(root, count, seed);
}
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('generateVault', () => {
  const v = vault(1000, 7);

  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const again = vault(1000, 7);
    const other = vault(1000, 8);
    expect(again.paths).toEqual(v.paths);
    for (const p of v.paths.filter((_, i) => i % 97 === 0)) {
      expect(readFileSync(join(again.root, p), 'utf8')).toBe(readFileSync(join(v.root, p), 'utf8'));
    }
    expect(readFileSync(join(other.root, v.paths[3]), 'utf8')).not.toBe(readFileSync(join(v.root, v.paths[3]), 'utf8'));
  });

  it('keeps the proportions: ~2 KB notes, a fifth with frontmatter, 5% stories, 1% questions, two sets', () => {
    expect(v.counts.set).toBe(2);
    expect(v.counts.story).toBeGreaterThanOrEqual(45);
    expect(v.counts.story).toBeLessThanOrEqual(55);
    expect(v.counts.questions).toBe(10);
    expect(v.counts.frontmatter / 1000).toBeGreaterThan(0.15);
    expect(v.counts.frontmatter / 1000).toBeLessThan(0.3);
    expect(v.bytes / 1000).toBeGreaterThan(1600);
    expect(v.bytes / 1000).toBeLessThan(2600);
  });

  it('is read by the index as intended: both sets, mapped and unmapped stories, questions, warnings', async () => {
    const loaded = await loadVault(nodeFs, v.root);
    const { snapshot } = loaded;
    const perSet = new Map<string, number>();
    for (const p of snapshot.principles) perSet.set(p.set, (perSet.get(p.set) ?? 0) + 1);
    expect([...perSet.entries()].sort()).toEqual([['acme', 16], ['beta', 4]]);
    // Every story note is one story; inline STAR runs in set and question notes add more.
    const noteStories = snapshot.stories.filter((s) => s.kind === 'note');
    expect(noteStories).toHaveLength(v.counts.story);
    expect(snapshot.stories.some((s) => s.kind === 'inline')).toBe(true);
    const sources = new Set(noteStories.flatMap((s) => s.principles.map((p) => p.source)));
    for (const source of ['frontmatter', 'tag', 'link'] as const) expect(sources).toContain(source);
    expect(noteStories.some((s) => s.principles.length === 0)).toBe(true);
    expect(snapshot.questions.length).toBeGreaterThan(v.counts.questions * 5);
    const codes = new Set(loaded.warnings.map((w) => w.code));
    expect(codes).toContain('unknown-principle');
    expect(loaded.warnings.filter((w) => w.code === 'invalid-frontmatter')).toHaveLength(v.counts.brokenYaml);
    // The deleted note under .trash is never read; the non-markdown file neither.
    expect(loaded.notesRead).toBe(1000);
  });
});
