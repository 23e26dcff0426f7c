// Reading the frontmatter keys the index uses, in whatever shape a user wrote them, and where each
// key sits in the YAML text (extract/frontmatter.ts, extract/frontmatter-lines.ts).
import { frontmatterTags, hasTag, stringKey, stringList } from '../../../src/core/extract/frontmatter';
import { frontmatterKeyLines, rawFrontmatterTags } from '../../../src/core/extract/frontmatter-lines';

describe('frontmatter values', () => {
  it('reads a list of names from a YAML list, a string or a number, dropping blanks and other shapes', () => {
    expect(stringList(null)).toEqual([]);
    expect(stringList(undefined)).toEqual([]);
    // `- [[Link]]` parses as a nested array; other nested shapes are not names.
    expect(stringList([' a ', 42, '', [['Link']], [['a', 'b']], [[1]], [], true, { x: 1 }, ['x']])).toEqual(['a', '42', '[[Link]]']);
    expect(stringList(' s ')).toEqual(['s']);
    expect(stringList('')).toEqual([]);
    expect(stringList(7)).toEqual(['7']);
    expect(stringList({ a: 1 })).toEqual([]);
    expect(stringList(false)).toEqual([]);
  });

  it('reads tags from `tags` and `tag`, split at commas and spaces, without `#`, lowercased', () => {
    expect(frontmatterTags(null)).toEqual([]);
    expect(frontmatterTags({ tags: '#Story, lp/Grit  prep', tag: ['#One', 'two three'] })).toEqual(['story', 'lp/grit', 'prep', 'one', 'two', 'three']);
    expect(frontmatterTags({ tags: ['#', ''] })).toEqual([]);
  });

  it('reads a string key trimmed, a number as text, and nothing else', () => {
    expect([stringKey(null, 'set'), stringKey({ set: ' Acme ' }, 'set'), stringKey({ set: '  ' }, 'set'), stringKey({ set: 42 }, 'set'), stringKey({ set: ['Acme'] }, 'set'), stringKey({}, 'set')]).toEqual([null, 'Acme', null, '42', null, null]);
  });

  it('matches a tag or one nested under it, whatever the case and a leading #', () => {
    expect([hasTag(['story/x'], '#Story'), hasTag(['story'], 'Story'), hasTag(['storyx'], 'story'), hasTag(['a/story'], 'story'), hasTag([], 'story')]).toEqual([true, true, false, false, false]);
  });
});

describe('where frontmatter keys sit', () => {
  it('gives each top-level key its line and its block items, the first of a repeated key, with CRLF', () => {
    const yaml = ['title: A', 'tags:', '  - one', '  - two', '# comment', '  - three', 'principles: [a, b]', 'nested:', '  child: x', '  - item', 'title: B', 'plain text', '  - orphan', '"quoted key": 1', '-', ''].join('\r\n');
    expect([...frontmatterKeyLines(yaml).entries()]).toEqual([
      ['title', { line: 2, items: [] }],
      ['tags', { line: 3, items: [4, 5, 7] }],
      ['principles', { line: 8, items: [] }],
      ['nested', { line: 9, items: [11] }],
      ['quoted key', { line: 15, items: [16] }],
    ]);
  });

  it('reads tags from the raw lines of YAML that does not parse: flow, block and plain values, each once', () => {
    const yaml = 'tags: [story, "#LP/Grit", story]\ntitle: x\n  - not a tag\ntag:\n  - One\n# note\n  - two\r\nother: 1\n  - three\n';
    expect(rawFrontmatterTags(yaml)).toEqual(['story', 'lp/grit', 'one', 'two']);
    expect(rawFrontmatterTags('tags: story, prep')).toEqual(['story', 'prep']);
    expect(rawFrontmatterTags('title: [\ntags: {a}')).toEqual(['a']);
    expect(rawFrontmatterTags('just: text')).toEqual([]);
  });
});
