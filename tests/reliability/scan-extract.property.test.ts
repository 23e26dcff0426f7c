// Scanner and extractors on arbitrary text: they never throw, give the same answer twice, and
// every line number they report points inside the note.
import fc from 'fast-check';
import { scanLines } from '../../src/core/scan/scanner';
import { extractNote } from '../../src/core/extract/extract-note';
import { VaultIndex } from '../../src/core/index/vault-index';
import { DEFAULT_INDEX_SETTINGS } from '../../src/core/settings';
import { frontmatter, mdBody, noise } from './arbitraries';

const anyBody = fc.oneof(mdBody, noise, fc.string({ unit: 'binary', maxLength: 300 }));
const settings = { ...DEFAULT_INDEX_SETTINGS, storyFolders: ['Stories'] };

function fileLines(text: string): number {
  return text.split(/\r\n?|\n/).length;
}

describe('scanLines on arbitrary text', () => {
  it('never throws, is deterministic, and keeps its structural promises', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        const a = scanLines(body);
        expect(scanLines(body)).toEqual(a);
        expect(a.raw.length).toBe(fileLines(body));
        let prev = -1;
        a.lines.forEach((l, i) => {
          expect(l.line).toBeGreaterThan(prev);
          expect(l.line).toBeLessThan(a.raw.length);
          prev = l.line;
          if (l.kind === 'heading') {
            expect(l.level).toBeGreaterThanOrEqual(1);
            expect(l.level).toBeLessThanOrEqual(6);
          }
          if (l.parent >= 0) {
            expect(l.parent).toBeLessThan(i);
            expect(a.lines[l.parent].kind).toBe('list');
            expect(a.lines[l.parent].level).toBe(l.level - 1);
          }
          for (const t of l.tags) {
            expect(t).toBe(t.toLowerCase());
            expect(t.startsWith('#')).toBe(false);
          }
          // A line never spans a line terminator.
          expect(/[\r\n]/.test(l.text)).toBe(false);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('reads CRLF, CR and LF versions of the same text the same way', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\r\n\u2028\u2029]/.test(s)), { maxLength: 20 }), (lines) => {
        const lf = scanLines(lines.join('\n'));
        expect(scanLines(lines.join('\r\n'))).toEqual(lf);
        expect(scanLines(lines.join('\r'))).toEqual(lf);
      }),
      { numRuns: 200 },
    );
  });

  it('handles a very long line (1 MB) without splitting or losing it', () => {
    const long = 'x'.repeat(1 << 20);
    const scan = scanLines(`# Title\n- **${long}**\n`);
    expect(scan.lines[1].bold?.length).toBe(long.length);
  });
});

describe('extractNote on arbitrary notes', () => {
  const record = fc.record({
    path: fc.constantFrom('Acme.md', 'Stories/One.md', 'Q/Bank.md', 'deep/er/Note.md', '__proto__.md', 'constructor.md'),
    frontmatter,
    body: anyBody,
    bodyLine: fc.integer({ min: 0, max: 5 }),
    broken: fc.boolean(),
  });

  it('never throws, is deterministic, and reports lines inside the file', () => {
    fc.assert(
      fc.property(record, ({ broken, ...r }) => {
        const note = broken ? { ...r, frontmatter: null, frontmatterError: 'bad indentation\nat line 2' } : r;
        const a = extractNote(note, settings);
        expect(extractNote(note, settings)).toEqual(a);
        const last = note.bodyLine + fileLines(note.body);
        const inFile = (line: number) => {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(Math.max(1, last));
        };
        for (const p of a.set?.principles ?? []) inFile(p.line);
        for (const q of a.questions) inFile(q.line);
        for (const s of a.stories) {
          inFile(s.line);
          inFile(s.endLine);
          expect(s.endLine).toBeGreaterThanOrEqual(s.line);
          for (const part of s.parts) expect(['S', 'T', 'A', 'R', 'L']).toContain(part.key);
        }
        for (const w of a.warnings) inFile(w.line);
        if (broken) expect(a.warnings.map((w) => w.code)).toContain('invalid-frontmatter');
      }),
      { numRuns: 400 },
    );
  });
});

describe('VaultIndex on arbitrary notes', () => {
  it('upsert and snapshot never throw; the read model is consistent and deterministic', () => {
    const notes = fc.uniqueArray(
      fc.record({ path: fc.constantFrom('Acme.md', 'Sets/Beta.md', 'Stories/One.md', 'Q/Bank.md', 'Two.md'), frontmatter, body: mdBody }),
      { selector: (n) => n.path, maxLength: 5 },
    );
    fc.assert(
      fc.property(notes, (list) => {
        const build = () => {
          const index = new VaultIndex(settings);
          for (const n of list) index.upsert({ ...n, bodyLine: 0 });
          return index.snapshot();
        };
        const snap = build();
        const again = build();
        expect(again).toEqual(snap);
        const principleIds = new Set(snap.principles.map((p) => p.id));
        expect(principleIds.size).toBe(snap.principles.length);
        expect(new Set(snap.questions.map((q) => q.id)).size).toBe(snap.questions.length);
        expect(new Set(snap.stories.map((s) => s.id)).size).toBe(snap.stories.length);
        for (const item of [...snap.questions, ...snap.stories]) {
          for (const ref of item.principles) expect(principleIds.has(ref.id)).toBe(true);
          for (const id of item.suggestions) expect(principleIds.has(id)).toBe(true);
          // Suggestions are never mappings: an item is never suggested a principle it is mapped to.
          for (const ref of item.principles) expect(item.suggestions).not.toContain(ref.id);
          // Readings: at most 3 distinct known principles, best first, scores in [0, 1].
          expect(item.reading.length).toBeLessThanOrEqual(3);
          expect(new Set(item.reading.map((r) => r.id)).size).toBe(item.reading.length);
          item.reading.forEach((r, i) => {
            expect(principleIds.has(r.id)).toBe(true);
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(1);
            if (i > 0) expect(r.score).toBeLessThanOrEqual(item.reading[i - 1].score);
          });
        }
        for (const p of snap.principles) expect(snap.sets.some((s) => s.id === p.set)).toBe(true);
        // The whole read model survives JSON (the CLI contract) unchanged.
        expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
      }),
      { numRuns: 250 },
    );
  });
});
