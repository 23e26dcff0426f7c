// The hostile corpus through the CLI's note reader and the core index: every note gives data or
// a warning, never a crash, and nothing in a note is executed or leaks into shared objects.
import { toNoteRecord } from '../../src/cli/note-record';
import { VaultIndex } from '../../src/core/index/vault-index';
import { computeCoverage, coverageForAllSets } from '../../src/core/coverage/coverage';
import type { IndexSnapshot } from '../../src/core/model';
import matter from 'gray-matter';
import { deepNesting, hostileFiles, hostileRecords, hugeNote, longList } from './hostile';

declare global {
  // Set by `Script Frontmatter.md` if its ---js frontmatter were ever evaluated.
  var __ipFrontmatterRan: unknown;
}

/** Did any frontmatter code run? It would have set both flags. */
function scriptRan(): boolean {
  return typeof __ipFrontmatterRan !== 'undefined' || process.env.IP_FRONTMATTER_RAN !== undefined;
}

function indexAll(): { index: VaultIndex; snap: IndexSnapshot } {
  const index = new VaultIndex();
  for (const r of hostileRecords()) index.upsert(r);
  return { index, snap: index.snapshot() };
}

const warningsFor = (snap: IndexSnapshot, path: string) => snap.warnings.filter((w) => w.path === path);
const storyAt = (snap: IndexSnapshot, path: string) => snap.stories.filter((s) => s.path === path);

describe('hostile corpus: frontmatter', () => {
  afterEach(() => {
    delete process.env.IP_FRONTMATTER_RAN;
  });

  it('reports YAML that does not parse and still indexes the rest of the vault', () => {
    const { snap } = indexAll();
    const w = warningsFor(snap, 'Broken YAML.md');
    expect(w.map((x) => [x.code, x.severity, x.line])).toEqual([['invalid-frontmatter', 'error', 1]]);
    expect(snap.sets.map((s) => s.id)).toEqual(expect.arrayContaining(['objectkeys', 'dupes']));
  });

  it('never executes ---js frontmatter: a warning, and the global flag stays unset', () => {
    const rec = hostileRecords().find((r) => r.path === 'Script Frontmatter.md');
    expect(rec?.frontmatter).toBeNull();
    expect(rec?.frontmatterError).toMatch(/JavaScript frontmatter/);
    const { snap } = indexAll();
    expect(scriptRan()).toBe(false);
    expect(warningsFor(snap, 'Script Frontmatter.md').map((w) => w.code)).toEqual(['invalid-frontmatter']);
    expect(snap.sets.some((s) => s.name === 'pwned')).toBe(false);
    // The same through gray-matter's other spelling.
    const other = toNoteRecord('x.md', '---javascript\n{ a: (process.env.IP_FRONTMATTER_RAN = "1") }\n---\nbody\n');
    expect(other.frontmatterError).toBeDefined();
    expect(scriptRan()).toBe(false);
  });

  it('the flag check itself works: gray-matter with its own engines does run the script', () => {
    // (Without the global assignment, which this test file could not undo.)
    const text = (hostileFiles().get('Script Frontmatter.md') as string).replace('globalThis.__ipFrontmatterRan = true, ', '');
    expect(matter(text, {}).data).toMatchObject({ set: 'pwned' });
    expect(typeof __ipFrontmatterRan).toBe('undefined');
    expect(process.env.IP_FRONTMATTER_RAN).toBe('yes');
  });

  it('a __proto__ key in frontmatter neither pollutes Object.prototype nor makes the note a set', () => {
    const { snap } = indexAll();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).tags).toBeUndefined();
    expect(snap.sets.some((s) => s.path === 'Proto Keys.md')).toBe(false);
    const [story] = storyAt(snap, 'Proto Keys.md');
    expect(story.kind).toBe('note');
    expect(story.parts).toEqual(['S', 'T', 'A', 'R']);
    expect(story.principles.map((p) => p.id).sort()).toEqual(['objectkeys/hasownproperty', 'objectkeys/tostring']);
  });

  it('YAML aliases nested four deep stay small: nothing is expanded into tags or principles', () => {
    const { snap } = indexAll();
    const [story] = storyAt(snap, 'Yaml Aliases.md');
    expect(story.title).toBe('Yaml Aliases');
    expect(story.principles).toEqual([]);
  });

  it('an unclosed frontmatter fence is body text, like Obsidian reads it', () => {
    const rec = hostileRecords().find((r) => r.path === 'Stories/No Frontmatter End.md');
    expect(rec).toMatchObject({ frontmatter: null, bodyLine: 0 });
    expect(rec?.frontmatterError).toBeUndefined();
    expect(rec?.body.startsWith('---\ntags: [story]')).toBe(true);
  });

  it('a BOM and CRLF line ends give the right parts and file lines', () => {
    const { snap } = indexAll();
    const [story] = storyAt(snap, 'Stories/Bom Crlf.md');
    expect(story.title).toBe('BOM and CRLF');
    expect(story.parts).toEqual(['S', 'T', 'A', 'R']);
    expect(story.partText.S).toMatchObject({ line: 6, text: 'Windows line ends and a byte order mark.' });
    expect(story.partText.R?.line).toBe(9);
  });

  it('a BOM left in the body (a reader that keeps it) does not hide the first heading', () => {
    const index = new VaultIndex();
    index.upsert({ path: 'Bom.md', frontmatter: null, body: '\uFEFF# Launch rescue\r\n#story\r\n**S:** a\r\n**T:** b\r\n', bodyLine: 0 });
    index.upsert({ path: 'Set.md', frontmatter: null, body: '\uFEFF#principles #bom\n# Bom set\n### Grit\nKeep going.\n', bodyLine: 0 });
    const snap = index.snapshot();
    expect(snap.stories.map((s) => s.title)).toEqual(['Launch rescue']);
    expect(snap.principles.map((p) => p.id)).toEqual(['bom/grit']);
  });

  it('NUL bytes and invalid UTF-8 are text like any other', () => {
    const { snap } = indexAll();
    const [story] = storyAt(snap, 'Stories/Binary Bits.md');
    expect(story.parts).toEqual(['S', 'T', 'A', 'R']);
    expect(story.partText.S?.text).toContain('\0');
  });
});

describe('hostile corpus: names', () => {
  it('principles named __proto__, constructor, toString, hasOwnProperty are ordinary principles', () => {
    const { snap } = indexAll();
    const set = snap.principles.filter((p) => p.set === 'objectkeys');
    // `### __proto__` is markdown for a bold "proto", which is what Obsidian shows and the index keeps.
    expect(set.map((p) => [p.id, p.name])).toEqual([
      ['objectkeys/proto', 'proto'],
      ['objectkeys/constructor', 'constructor'],
      ['objectkeys/tostring', 'toString'],
      ['objectkeys/hasownproperty', 'hasOwnProperty'],
    ]);
    const q = snap.questions.find((x) => x.path === 'Object Keys.md');
    expect(q?.principles).toEqual([
      { id: 'objectkeys/constructor', role: 'primary', source: 'section' },
      { id: 'objectkeys/proto', role: 'secondary', source: 'section' },
      { id: 'objectkeys/tostring', role: 'secondary', source: 'section' },
    ]);
    const inline = storyAt(snap, 'Object Keys.md');
    expect(inline).toHaveLength(1);
    expect(inline[0].principles.map((p) => p.id)).toEqual(['objectkeys/constructor', 'objectkeys/proto', 'objectkeys/tostring']);
    // A bold `**constructor:**` is not a STAR label, and links/tags to these names resolve.
    const [note] = storyAt(snap, 'Objects Story.md');
    expect(note.parts).toEqual(['S', 'T', 'A', 'R']);
    expect(note.principles.map((p) => p.id).sort()).toEqual(['objectkeys/hasownproperty', 'objectkeys/tostring']);
    const report = computeCoverage(snap, 'objectkeys');
    expect(report.principles.map((p) => p.count)).toEqual([1, 1, 3, 2]);
    expect(Object.keys(report.loop.assignment).sort()).toEqual(set.map((p) => p.id).sort());
  });

  it('an unknown name that looks like a prototype key is a warning, not a match', () => {
    const index = new VaultIndex();
    for (const r of hostileRecords()) index.upsert(r);
    index.upsert({ path: 'Proto Story.md', frontmatter: { tags: ['story'], principles: ['valueOf', '__defineGetter__', 'prototype'] }, body: '**S:** a\n**T:** b\n', bodyLine: 4 });
    const snap = index.snapshot();
    expect(storyAt(snap, 'Proto Story.md')[0].principles).toEqual([]);
    expect(warningsFor(snap, 'Proto Story.md').map((w) => w.code)).toEqual(['unknown-principle', 'unknown-principle', 'unknown-principle']);
  });

  it('emoji and right-to-left headings are principles with their names intact', () => {
    const { snap } = indexAll();
    const set = snap.sets.find((s) => s.path === 'Emoji and RTL.md');
    expect(set?.name).toBe('عالمي');
    const names = snap.principles.filter((p) => p.set === set?.id).map((p) => p.name);
    expect(names).toEqual(['🚀 Ship It', 'القيادة بالقدوة', 'ביטחון עצמי', '👩‍👩‍👧 Family First\u200f']);
    const q = snap.questions.find((x) => x.path === 'Emoji and RTL.md');
    expect(q?.text).toBe('متى قدت فريقك بالقدوة؟');
    expect(q?.followUps).toEqual(['ماذا تعلمت؟']);
    expect(q?.principles[0]).toMatchObject({ role: 'primary', source: 'section' });
    expect(snap.principles.find((p) => p.id === q?.principles[0].id)?.name).toBe('القيادة بالقدوة');
  });

  it('zero-width characters inside names are ignored when matching, so hidden duplicates are reported', () => {
    const { snap } = indexAll();
    const zw = snap.principles.filter((p) => p.set === 'zw');
    // A heading of nothing but a zero-width space is no principle.
    expect(zw.map((p) => p.id)).toEqual(['zw/dive-deep', 'zw/customer-obsession']);
    expect(zw[1].name).toBe('Cus\u200dtomer\u2060 Obsession');
    const dupes = warningsFor(snap, 'Zero Width.md').filter((w) => w.code === 'duplicate-principle');
    expect(dupes.map((w) => w.line)).toEqual([14]);
    const q = snap.questions.find((x) => x.path === 'Zero Width.md');
    expect(q?.principles.map((p) => p.id)).toEqual(['zw/dive-deep']);
  });

  it('duplicate principle names (case, punctuation, a second note) keep the first and warn for the rest', () => {
    const { snap } = indexAll();
    // Notes are read in path order: `Duplicates Again.md` sorts before `Duplicates.md`.
    expect(snap.principles.filter((p) => p.set === 'dupes').map((p) => [p.id, p.name, p.path])).toEqual([
      ['dupes/frugality', 'Frugality', 'Duplicates Again.md'],
      ['dupes/bias-for-action', 'Bias for Action', 'Duplicates.md'],
    ]);
    const lines = (path: string) => warningsFor(snap, path).filter((w) => w.code === 'duplicate-principle').map((w) => w.line).sort((a, b) => a - b);
    expect(lines('Duplicates.md')).toEqual([8, 11, 14]);
    expect(lines('Duplicates Again.md')).toEqual([]);
  });

  it('markup in titles and questions stays literal text in the read model', () => {
    const { snap } = indexAll();
    expect(storyAt(snap, 'Markup Titles.md')[0].title).toBe('<img src=x onerror=alert(1)>');
    const unknown = warningsFor(snap, 'Markup Titles.md').find((w) => w.code === 'unknown-principle');
    expect(unknown?.message).toContain('<script>alert(2)</script>');
    const q = snap.questions.find((x) => x.path === 'Markup Questions.md');
    expect(q?.text).toBe('Tell me about <img src=x onerror=alert(4)> a time you failed?');
    expect(q?.followUps).toEqual(['<a href="javascript:alert(5)">why</a>?']);
    expect(storyAt(snap, 'Markup Questions.md').map((s) => s.title)).toEqual(['<script>alert(7)</script>']);
  });

  it('circular and self links resolve to nothing and end', () => {
    const { snap } = indexAll();
    for (const path of ['Loop A.md', 'Loop B.md']) {
      const [story] = storyAt(snap, path);
      expect(story.parts).toEqual(['S', 'T', 'A', 'R']);
      expect(story.principles).toEqual([]);
      expect(warningsFor(snap, path)).toEqual([]);
    }
  });
});

describe('hostile corpus: size', () => {
  it('a 5 MB note is one story with all its text', () => {
    const text = hugeNote(5 * 1024 * 1024);
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    const index = new VaultIndex();
    expect(index.upsert(toNoteRecord('Huge.md', text))).toBe(true);
    const [story] = index.snapshot().stories;
    expect(story.parts).toEqual(['S', 'T', 'A', 'R']);
    expect(story.partText.S?.text.length).toBeGreaterThan(5 * 1024 * 1024 - 200);
    expect(story.partText.T?.line).toBe(text.split('\n').findIndex((l) => l.startsWith('**T:**')) + 1);
  });

  it('a 10,000-item list gives 10,000 questions with their follow-ups and unique ids', () => {
    const index = new VaultIndex();
    index.upsert(toNoteRecord('Bank.md', longList(10_000)));
    const qs = index.snapshot().questions;
    expect(qs).toHaveLength(10_000);
    expect(new Set(qs.map((q) => q.id)).size).toBe(10_000);
    expect(qs[9_999]).toMatchObject({ text: 'Tell me about time number 9999?', line: 2 + 2 * 9_999 + 1, followUps: ['Follow-up 9999'] });
  });

  it('1,000 levels of nesting (lists, quotes, headings) neither overflow the stack nor lose the bottom', () => {
    const index = new VaultIndex();
    index.upsert(toNoteRecord('Deep.md', deepNesting(1_000)));
    const snap = index.snapshot();
    expect(snap.sets.map((s) => s.id)).toEqual(['deep']);
    expect(snap.principles.length).toBeGreaterThan(0);
    const all = coverageForAllSets(snap);
    expect(all).toHaveLength(1);
    expect(snap.questions.length).toBeGreaterThan(900);
  });
});
