import fc from 'fast-check';
import { joinLines, splitLines } from '../../../src/core/authoring/lines';
import { embedFor, extractInlineStory, storyNoteFromBlock } from '../../../src/core/authoring/extract-story';
import { principleValues } from '../../../src/core/authoring/principle-values';
import { indexTexts, setNote } from './vault';

/** A set note holding an indented inline story under a `Main:` section, with CRLF, a BOM and trailing spaces. */
function sourceNote(): string {
  return (
    '\uFEFF' +
    setNote('\r\n') +
    [
      '### Main: Ownership',
      '',
      '**Sub: Frugality**',
      '',
      '1. **Tell me about a time you fixed something nobody owned.**',
      '    ',
      '    **S:** Support mail piled up and no one answered it for 9 days.  ',
      '    ',
      '    **T:** I had to set up a way to answer within a day.',
      '    ',
      '    **A:** I wrote a rota, I set up a shared inbox and I trained two people.',
      '    ',
      '    **R:** Replies went from 9 days to 6 hours within a month.',
      '',
      '2. **Tell me about a time you saved money.**',
      '',
    ].join('\r\n')
  );
}

describe('extractInlineStory', () => {
  it('moves the indexed block byte for byte and changes only that block in the source', () => {
    const source = sourceNote();
    const { snapshot } = indexTexts({ 'Acme.md': source });
    expect(snapshot.stories).toHaveLength(1);
    const story = snapshot.stories[0];
    expect(story.kind).toBe('inline');

    const embed = embedFor('Stories/Support inbox.md');
    expect(embed).toBe('![[Support inbox]]');
    const out = extractInlineStory(source, story.line, story.endLine, embed);

    const blockStart = source.indexOf('    **S:**');
    const blockEnd = source.indexOf('6 hours within a month.') + '6 hours within a month.'.length;
    expect(out.storyText).toBe(source.slice(blockStart, blockEnd));
    expect(out.newSourceText).toBe(source.slice(0, blockStart) + '    ![[Support inbox]]' + source.slice(blockEnd));

    // The editor change range describes the same edit.
    const lines = source.split('\r\n');
    expect(lines[out.from.line].slice(0, out.from.ch)).toBe('    ');
    expect(lines[out.to.line].length).toBe(out.to.ch);
  });

  it('leaves one story in the index: the new note, with the section principles in frontmatter', () => {
    const source = sourceNote();
    const { snapshot } = indexTexts({ 'Acme.md': source });
    const story = snapshot.stories[0];
    const primary = story.principles.filter((r) => r.role === 'primary').map((r) => r.id);
    const secondary = story.principles.filter((r) => r.role === 'secondary').map((r) => r.id);
    expect(primary).toEqual(['acme/ownership']);
    expect(secondary).toEqual(['acme/frugality']);

    const out = extractInlineStory(source, story.line, story.endLine, '![[Support inbox]]');
    const note = storyNoteFromBlock({
      storyText: out.storyText,
      storyTag: 'story',
      principles: principleValues(snapshot, primary, true),
      secondary: principleValues(snapshot, secondary, true),
      eol: '\r\n',
    });
    expect(note.endsWith(out.storyText + '\r\n')).toBe(true);
    expect(note.startsWith('---\r\ntags:\r\n  - "story"\r\nprinciples:\r\n  - "[[Acme#Ownership]]"\r\n')).toBe(true);

    const after = indexTexts({ 'Acme.md': out.newSourceText, 'Stories/Support inbox.md': note }).snapshot;
    expect(after.stories).toHaveLength(1);
    const moved = after.stories[0];
    expect(moved.path).toBe('Stories/Support inbox.md');
    expect(moved.kind).toBe('note');
    expect(moved.parts).toEqual(['S', 'T', 'A', 'R']);
    expect(moved.partText.R?.text).toBe(story.partText.R?.text);
    expect(moved.principles.map((r) => [r.id, r.role])).toEqual([
      ['acme/ownership', 'primary'],
      ['acme/frugality', 'secondary'],
    ]);
    // The questions of the source are still there.
    expect(after.questions.map((q) => q.text)).toEqual(snapshot.questions.map((q) => q.text));
  });

  it('handles a story at the very end of a note with no final line break', () => {
    const source = '#principles\n# T\n### A\nx\n\n**S:** one\n**A:** two';
    const out = extractInlineStory(source, 6, 7, '![[N]]');
    expect(out.storyText).toBe('**S:** one\n**A:** two');
    expect(out.newSourceText).toBe('#principles\n# T\n### A\nx\n\n![[N]]');
  });

  it('refuses a range outside the note', () => {
    expect(() => extractInlineStory('a\nb', 2, 3, '![[N]]')).toThrow(RangeError);
    expect(() => extractInlineStory('a\nb', 0, 1, '![[N]]')).toThrow(RangeError);
    expect(() => extractInlineStory('a\nb', 2, 1, '![[N]]')).toThrow(RangeError);
  });
});

describe('extractInlineStory properties', () => {
  const line = fc.stringMatching(/^[ \t]{0,4}[^\r\n]{0,20}$/);
  const eol = fc.constantFrom('\n', '\r\n', '\r');

  it('putting the story text back where the embed is gives the source byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 12 }), fc.boolean(), fc.nat(), fc.nat(), (pairs, finalEol, a, b) => {
        const source = pairs.map(([l, e], i) => l + (i < pairs.length - 1 || finalEol ? e : '')).join('');
        const n = splitLines(source).length;
        // One empty line with no terminator is an empty note: there is no line to extract.
        if (n === 0) {
          expect(() => extractInlineStory(source, 1, 1, '![[N]]')).toThrow(RangeError);
          return;
        }
        const start = (a % n) + 1;
        const end = start + (b % (n - start + 1));
        const out = extractInlineStory(source, start, end, '![[N]]');
        const indent = /^[ \t]*/.exec(splitLines(source)[start - 1].text)?.[0] ?? '';
        const at = out.newSourceText.indexOf(indent + '![[N]]', joinLines(splitLines(source).slice(0, start - 1)).length);
        const restored = out.newSourceText.slice(0, at) + out.storyText + out.newSourceText.slice(at + indent.length + '![[N]]'.length);
        expect(restored).toBe(source);
        expect(splitLines(out.newSourceText)).toHaveLength(n - (end - start));
      }),
    );
  });
});
