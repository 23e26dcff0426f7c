import fc from 'fast-check';
import matter from 'gray-matter';
import { toNoteRecord } from '../../src/cli/note-record';
import { findFrontmatterBlock } from '../../src/core/frontmatter/block';

describe('toNoteRecord', () => {
  it('parses YAML frontmatter and counts the block lines, fences included', () => {
    const r = toNoteRecord('Stories/A.md', '---\ntags: [story]\nprinciples:\n  - Ownership\n---\n# A\n\nBody\n');
    expect(r.frontmatter).toEqual({ tags: ['story'], principles: ['Ownership'] });
    expect(r.bodyLine).toBe(5);
    expect(r.body).toBe('# A\n\nBody\n');
    expect(r.frontmatterError).toBeUndefined();
  });

  it('leaves a note without frontmatter untouched, and does not mistake a thematic break for it', () => {
    expect(toNoteRecord('a.md', '# Title\n---\ntext')).toEqual({ path: 'a.md', frontmatter: null, body: '# Title\n---\ntext', bodyLine: 0 });
    // no closing fence: Obsidian does not treat it as frontmatter, so neither do we
    expect(toNoteRecord('b.md', '---\nnot: closed\n# Title\n')).toMatchObject({ frontmatter: null, bodyLine: 0 });
    expect(toNoteRecord('c.md', '----\nx: 1\n----\n')).toMatchObject({ frontmatter: null, bodyLine: 0 });
  });

  it('strips a UTF-8 BOM before looking for frontmatter', () => {
    const r = toNoteRecord('bom.md', '\uFEFF---\ntitle: Hello\n---\nBody');
    expect(r.frontmatter).toEqual({ title: 'Hello' });
    expect(r.body).toBe('Body');
    expect(toNoteRecord('bom2.md', '\uFEFF#story\n').body).toBe('#story\n');
  });

  it('keeps CRLF in the body and still parses CRLF frontmatter', () => {
    const r = toNoteRecord('crlf.md', '---\r\ntags: [story]\r\ntitle: Windows\r\n---\r\n# T\r\n**S:** x\r\n');
    expect(r.frontmatter).toEqual({ tags: ['story'], title: 'Windows' });
    expect(r.bodyLine).toBe(4);
    expect(r.body).toBe('# T\r\n**S:** x\r\n');
  });

  it('reports broken YAML and keeps the body', () => {
    const r = toNoteRecord('broken.md', '---\ntags: [story\ntitle: "unclosed\n---\n#story\n**S:** still here\n');
    expect(r.frontmatter).toBeNull();
    expect(r.frontmatterError).toEqual(expect.any(String));
    expect(r.frontmatterError).not.toContain('\n');
    expect(r.bodyLine).toBe(4);
    expect(r.body).toBe('#story\n**S:** still here\n');
  });

  it('never executes ---js frontmatter', () => {
    const evil = '---js\n{ title: (process.env.IP_PWNED = "yes", "x") }\n---\n#story\n';
    // The probe works: gray-matter's own engine would run this code.
    delete process.env.IP_PWNED;
    matter(evil, {});
    expect(process.env.IP_PWNED).toBe('yes');
    delete process.env.IP_PWNED;

    const r = toNoteRecord('evil.md', evil);
    expect(process.env.IP_PWNED).toBeUndefined();
    expect(r.frontmatter).toBeNull();
    expect(r.frontmatterError).toMatch(/JavaScript/);
    expect(r.body).toBe('#story\n');
    const r2 = toNoteRecord('evil2.md', '---javascript\nprocess.env.IP_PWNED = "yes"\n---\n');
    expect(process.env.IP_PWNED).toBeUndefined();
    expect(r2.frontmatterError).toMatch(/JavaScript/);
  });

  it('rejects frontmatter that is not a key/value map, and unknown engines', () => {
    expect(toNoteRecord('list.md', '---\n- a\n- b\n---\n').frontmatterError).toMatch(/key: value/);
    expect(toNoteRecord('coffee.md', '---coffee\na: 1\n---\n').frontmatterError).toMatch(/coffee/);
    expect(toNoteRecord('empty.md', '---\n---\nBody').frontmatter).toEqual({});
  });

  it('is not fooled by a shared cache: same text, separate results', () => {
    const text = '---\ntags: [story]\n---\nx';
    const a = toNoteRecord('a.md', text);
    (a.frontmatter as { tags: string[] }).tags.push('mutated');
    expect(toNoteRecord('b.md', text).frontmatter).toEqual({ tags: ['story'] });
  });

  it('maps every body line to its file line: file line = bodyLine + index + 1', () => {
    const line = fc.stringMatching(/^[a-z #*:-]{0,12}$/).filter((s) => !s.startsWith('---'));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-z ]{0,8}$/)), { maxLength: 5 }),
        fc.array(line, { maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        (pairs, bodyLines, crlf, withFm) => {
          const nl = crlf ? '\r\n' : '\n';
          const fm = withFm ? ['---', ...pairs.map(([k, v], i) => `${k}${i}: "${v}"`), '---'] : [];
          const text = [...fm, ...bodyLines].join(nl);
          const r = toNoteRecord('p.md', text);
          expect(r.bodyLine).toBe(fm.length);
          const fileLines = text.split('\n');
          if (r.body !== '') r.body.split('\n').forEach((l, i) => expect(fileLines[r.bodyLine + i]).toBe(l));
          if (withFm) expect(Object.keys(r.frontmatter ?? {})).toHaveLength(pairs.length);
        },
      ),
    );
  });
});

describe('toNoteRecord and the core frontmatter rule', () => {
  it('reads a block closed with ... like one closed with ---', () => {
    const r = toNoteRecord('Stories/Dots.md', '---\r\ntags: [story]\r\nprinciples: Ownership\r\n...\r\n# Dots\r\n');
    expect(r.frontmatter).toEqual({ tags: ['story'], principles: 'Ownership' });
    expect(r.bodyLine).toBe(4);
    expect(r.body).toBe('# Dots\r\n');
    expect(r.frontmatterText).toBe('tags: [story]\nprinciples: Ownership');
  });
});

describe('toNoteRecord reads frontmatter as gray-matter does', () => {
  /** gray-matter's own call as the reader made it before (its engines, ---js refused): the oracle. */
  const refuse = {
    parse(): never {
      throw new Error('JavaScript frontmatter is not supported (it is never executed)');
    },
  };
  function grayMatter(text: string): { data: unknown } | { error: string } {
    const block = findFrontmatterBlock(text);
    if (!block) throw new Error('the generated text has no block');
    const yaml = text.slice(block.yamlStart, block.closeStart).replace(/\r\n?|\n/g, '\n').replace(/\n$/, '');
    try {
      return { data: matter(`---${block.lang}\n${yaml}\n---\n`, { engines: { javascript: refuse, js: refuse } }).data };
    } catch (err) {
      return { error: (err as Error).message.split('\n')[0] };
    }
  }

  const LINES = [
    'tags: [story, lp]',
    'title: "A title: with a colon"',
    'principles:',
    '  - Ownership',
    '  - "[[Dive Deep]]"',
    '- a list item',
    '# a comment',
    '   # an indented comment',
    '',
    '   ',
    '---x',
    '--- not a fence',
    'tags: [broken, yaml',
    'title: "unclosed',
    'date: 2024-03-05',
    'n: 12',
    'empty:',
    '~',
    '{"a": 1, "b": [true, null]}',
    '{',
    'key: value # trailing comment',
    'é: ünïcode ✓',
    'dup: 1',
    'dup: 2',
    '\t tab: x',
  ];
  const LANGS = ['', 'yaml', 'YAML', 'yml', 'Yml', 'json', 'JSON', 'coffee', 'toml', 'js', 'javascript', 'JS', 'x-custom'];

  it('gives the same data, or an error, for any block (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), fc.array(fc.constantFrom(...LINES), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lang, lines, nl, bom) => {
        const text = `${bom ? '\uFEFF' : ''}---${lang}${nl}${lines.map((l) => l + nl).join('')}---${nl}#story body`;
        const r = toNoteRecord('p.md', text);
        const want = grayMatter(text.replace(/^\uFEFF/, ''));
        if ('error' in want) {
          expect(r.frontmatter).toBeNull();
          expect(r.frontmatterError).toEqual(expect.any(String));
          expect(want.error).toContain(r.frontmatterError);
        } else if (typeof want.data === 'object' && want.data !== null && !Array.isArray(want.data)) {
          expect(r.frontmatterError).toBeUndefined();
          expect(r.frontmatter).toEqual(want.data);
        } else {
          expect(r.frontmatter).toBeNull();
          if (want.data === null || want.data === undefined) expect(r.frontmatterError).toBeUndefined();
          else expect(r.frontmatterError).toMatch(/key: value/);
        }
        expect(r.body).toBe('#story body');
      }),
      { numRuns: 500 },
    );
  });

  it('keeps gray-matter\'s rules: a line starting with --- ends the YAML, comments alone are no data', () => {
    expect(toNoteRecord('a.md', '---\ntitle: A\n---x\nlost: yes\n---\nBody').frontmatter).toEqual({ title: 'A' });
    expect(toNoteRecord('b.md', '---\n# only a comment\n\n---\nBody').frontmatter).toEqual({});
    expect(toNoteRecord('c.md', '---json\n{"title": "J"}\n---\n').frontmatter).toEqual({ title: 'J' });
    expect(toNoteRecord('d.md', '---toml\ntitle = "T"\n---\n').frontmatterError).toMatch(/engine "toml" is not registered/);
  });
});
