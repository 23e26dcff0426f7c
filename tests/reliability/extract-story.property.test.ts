// "Extract inline story" on arbitrary notes (BOM, CRLF / LF / CR, trailing spaces, indentation):
// the source keeps every byte outside the story's lines, the new note holds the story's bytes
// unchanged, and the index reads the same story (same parts, same text) from the new note.
import fc from 'fast-check';
import { extractInlineStory, storyNoteFromBlock } from '../../src/core/authoring/extract-story';
import { toNoteRecord } from '../../src/cli/note-record';
import { VaultIndex } from '../../src/core/index/vault-index';
import { mdLine } from './arbitraries';

/** Lines with their own terminators, split independently of the code under test. */
function lines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

const eol = fc.constantFrom('\n', '\r\n', '\r');
const trailing = fc.constantFrom('', ' ', '  ', '\t');
const plain = fc.stringMatching(/^[A-Za-z0-9 ,.%]{1,30}$/).map((s) => s.trim() || 'x');

/** An inline story: bold STAR labels, optionally indented inside a list item, with trailing spaces. */
const story = fc
  .tuple(fc.constantFrom('', '  ', '    '), fc.subarray(['S', 'T', 'A', 'R', 'L'], { minLength: 2 }), fc.array(plain, { minLength: 5, maxLength: 5 }), fc.array(trailing, { minLength: 5, maxLength: 5 }))
  .map(([indent, keys, texts, spaces]) => keys.map((k, i) => `${indent}**${k}:** ${texts[i]}${spaces[i]}`));

const note = fc.record({
  bom: fc.boolean(),
  // Mixed endings use LF and CRLF only: a lone CR before an empty LF line would read as one CRLF.
  eols: fc.oneof(eol.map((e) => [e]), fc.array(fc.constantFrom('\n', '\r\n'), { minLength: 80, maxLength: 80 })),
  mixed: fc.boolean(),
  before: fc.array(mdLine.filter((l) => !/[\r\n\u2028\u2029]/.test(l)), { maxLength: 6 }),
  story,
  after: fc.array(mdLine.filter((l) => !/[\r\n\u2028\u2029]/.test(l)), { maxLength: 6 }),
  finalEol: fc.boolean(),
});

describe('extractInlineStory on arbitrary notes', () => {
  it('replaces exactly the story lines with one embed line and keeps every other byte', () => {
    fc.assert(
      fc.property(note, ({ bom, eols, mixed, before, story: st, after, finalEol }) => {
        const all = ['#story-source #questions', '', ...before, '## Story heading', ...st, ...after];
        const eolAt = (i: number) => (mixed ? eols[i % eols.length] : eols[0]);
        const text = (bom ? '\uFEFF' : '') + all.map((l, i) => l + (i < all.length - 1 || finalEol ? eolAt(i) : '')).join('');
        const start = 2 + before.length + 2; // 1-based line of the first label
        const end = start + st.length - 1;
        const out = extractInlineStory(text, start, end, '![[Story]]');
        const src = lines(text);
        const res = lines(out.newSourceText);
        expect(res.slice(0, start - 1)).toEqual(src.slice(0, start - 1));
        expect(res.slice(start)).toEqual(src.slice(end));
        const indent = /^[ \t]*/.exec(st[0])?.[0] ?? '';
        const lastEol = /(\r\n|\r|\n)?$/.exec(src[end - 1])?.[0] ?? '';
        expect(res[start - 1]).toBe(`${indent}![[Story]]${lastEol}`);
        // The story's bytes, without its last terminator, are exactly the source's.
        expect(out.storyText + lastEol).toBe(src.slice(start - 1, end).join(''));
        // Undo is possible from the outputs alone.
        expect(res.slice(0, start - 1).join('') + out.storyText + lastEol + res.slice(start).join('')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('the new note keeps the story bytes and the index reads the same parts from it', () => {
    fc.assert(
      // LF and CRLF: a frontmatter block in a file with lone-CR line ends is not read as one (by
      // Obsidian or the CLI), so the new note's tag would not be seen there.
      fc.property(fc.constantFrom('\n', '\r\n'), story, fc.array(fc.constantFrom('Ownership', 'Are Right, A Lot', '[[Acme#Ownership]]'), { maxLength: 2 }), (nl, st, principles) => {
        const source = ['#questions', '', '- Tell me about a time?', ...st, ''].join(nl);
        const index = new VaultIndex();
        index.upsert(toNoteRecord('Q.md', source));
        const inline = index.snapshot().stories;
        expect(inline).toHaveLength(1);
        const out = extractInlineStory(source, inline[0].line, inline[0].endLine, '![[New]]');
        const noteText = storyNoteFromBlock({ storyText: out.storyText, storyTag: 'story', principles, secondary: [], eol: nl });
        expect(noteText.endsWith(out.storyText + nl)).toBe(true);
        const after = new VaultIndex();
        after.upsert(toNoteRecord('Q.md', out.newSourceText));
        after.upsert(toNoteRecord('Stories/New.md', noteText));
        const snap = after.snapshot();
        expect(snap.stories.filter((s) => s.path === 'Q.md')).toEqual([]);
        const moved = snap.stories.filter((s) => s.path === 'Stories/New.md');
        expect(moved).toHaveLength(1);
        expect(moved[0].parts).toEqual(inline[0].parts);
        for (const k of inline[0].parts) expect(moved[0].partText[k]?.text).toBe(inline[0].partText[k]?.text);
      }),
      { numRuns: 200 },
    );
  });
});
