// Tags and wikilinks inside one line of a note, as Obsidian reads them.
import { copy, findLinks, findTags } from '../../../src/core/scan/inline';

describe('findTags', () => {
  it('reads tags at the start of a line and after a space, lowercased, nested ones whole', () => {
    expect(findTags('#Story about #LP/Deliver-Results and #lp/are_right')).toEqual(['story', 'lp/deliver-results', 'lp/are_right']);
    expect(findTags('#questions\t#acme')).toEqual(['questions', 'acme']);
  });

  it('reads tags in any script', () => {
    expect(findTags('Notes #entrevista #führung #面接')).toEqual(['entrevista', 'führung', '面接']);
    // An accent typed as a combining mark stays part of the tag.
    expect(findTags('#cafe\u0301 #naïve')).toEqual(['cafe\u0301', 'naïve']);
  });

  it('skips a hash inside a word, a URL or inline code', () => {
    expect(findTags('C#, https://x.test/#story, `#code` and #real')).toEqual(['real']);
    expect(findTags('no tags here')).toEqual([]);
    expect(findTags('`git tag #v2` then #release')).toEqual(['release']);
    expect(findTags('Run `grep #todo` on #notes')).toEqual(['notes']);
  });

  it('skips purely numeric tags (#1, #2024/11) and drops trailing slashes', () => {
    expect(findTags('#1 #2024/11 #q4 #lp/ #a//')).toEqual(['q4', 'lp', 'a']);
    expect(findTags('#/')).toEqual([]);
  });
});

describe('findLinks', () => {
  it('trims target, heading and alias, and drops a .md extension in any case', () => {
    expect(findLinks('[[ Acme Principles.MD # Ownership | owning it ]]')).toEqual([{ target: 'Acme Principles', heading: 'Ownership', alias: 'owning it', embed: false }]);
    expect(findLinks('[[notes.md.txt]]')).toEqual([{ target: 'notes.md.txt', heading: null, alias: null, embed: false }]);
  });

  it('an alias without a heading, and a heading without an alias', () => {
    expect(findLinks('[[Ownership|owning]] [[Acme#Dive Deep]]')).toEqual([
      { target: 'Ownership', heading: null, alias: 'owning', embed: false },
      { target: 'Acme', heading: 'Dive Deep', alias: null, embed: false },
    ]);
  });

  it('skips links in inline code, and a line without [[ has none', () => {
    expect(findLinks('`[[Not a link]]` but [[A link]]')).toEqual([{ target: 'A link', heading: null, alias: null, embed: false }]);
    expect(findLinks('[single] brackets')).toEqual([]);
  });

  it('a caret ends the target: a block reference link is not a note link', () => {
    expect(findLinks('[[Note^block]] and [[Note#^block]]')).toEqual([{ target: 'Note', heading: '^block', alias: null, embed: false }]);
  });
});

describe('copy', () => {
  it('returns the same text', () => {
    expect(copy('Ownership')).toBe('Ownership');
    expect(copy('')).toBe('');
  });
});
