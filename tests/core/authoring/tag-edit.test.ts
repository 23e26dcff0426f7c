// Tagging a story note edits only what changed (issue 12, items 1 and 2): every repro on note
// text written as users write it, checked with the CLI's YAML parser (gray-matter, as the reader).
import { editPrincipleKeys, type KeyDiff, type TagOutcome } from '../../../src/core/authoring/tag-edit';
import { parseYamlText } from '../../../src/cli/note-record';
import type { Principle } from '../../../src/core/model';
import { parseFrontmatter } from '../../../src/core/frontmatter/verify';

const principle = (name: string, aliases: string[] = []): Principle => ({
  id: `acme/${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  set: 'acme',
  path: 'Principles/Acme Principles.md',
  line: 5,
  description: '',
  aliases,
});
const OWNERSHIP = principle('Ownership');
const FRUGALITY = principle('Frugality');
const CUSTOMER = principle('Customer Obsession');
const RIGHT = principle('Are Right, A Lot');

const link = (p: Principle) => `[[Acme Principles#${p.name}]]`;
const add = (p: Principle, key = 'principles'): KeyDiff => ({ key, add: [{ principle: p, value: link(p) }], remove: [] });
const remove = (p: Principle, key = 'principles'): KeyDiff => ({ key, add: [], remove: [p] });

/** The outcome's kind and reason, for refusals. */
function refusal(text: string, ...diffs: KeyDiff[]): [string, string] {
  const out = edit(text, ...diffs);
  return [out.kind, 'reason' in out ? out.reason : ''];
}

function edit(text: string, ...diffs: KeyDiff[]): TagOutcome {
  return editPrincipleKeys(text, diffs, parseYamlText);
}

function edited(text: string, ...diffs: KeyDiff[]): string {
  const out = edit(text, ...diffs);
  if (out.kind !== 'edited') throw new Error(`expected an edit, got ${JSON.stringify(out)}`);
  return out.text;
}

function data(text: string): Record<string, unknown> {
  const parsed = parseFrontmatter(text, parseYamlText);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}

/** A story note as a user keeps it: a typo, a link to another note, a comma string, comments, plain names. */
const MESSY = [
  '---',
  'title: Pager rota   ',
  'tags: [story]',
  'principles: # the ones I claim',
  '  - Custmer Obsesion',
  '  - "[[Some other note]]"',
  '  - Ownership, Bias for Speed # ask Dana',
  '  - Frugality',
  "  - 'Are Right, A Lot'",
  'secondary-principles: [Dive Deep, "[[Acme Principles#Ownership]]"]',
  '---',
  '# Pager rota',
  '',
  '**S:** Two people were paged every night.',
  '',
].join('\n');

describe('the Tag modal never deletes what it does not recognise (item 1)', () => {
  it('a save with no change changes nothing', () => {
    expect(edit(MESSY, { key: 'principles', add: [], remove: [] }, { key: 'secondary-principles', add: [], remove: [] })).toEqual({ kind: 'unchanged' });
    // Adding principles that are already there (as a plain name, a quoted name with a comma, or a
    // name inside a comma string) is no change either.
    expect(edit(MESSY, add(FRUGALITY), add(RIGHT), add(OWNERSHIP))).toEqual({ kind: 'unchanged' });
  });

  it('adding one principle appends one line; typos, other links, comma strings, comments and plain names stay as written', () => {
    const out = edit(MESSY, add(CUSTOMER));
    expect(out).toEqual({
      kind: 'edited',
      text: MESSY.replace("  - 'Are Right, A Lot'\n", "  - 'Are Right, A Lot'\n  - \"[[Acme Principles#Customer Obsession]]\"\n"),
      changes: ['principles: + "[[Acme Principles#Customer Obsession]]"'],
    });
  });

  it('removing a principle takes out its items only: a plain name, a link, or its name inside a comma string', () => {
    const text = edited(MESSY, remove(OWNERSHIP), remove(FRUGALITY), remove(OWNERSHIP, 'secondary-principles'));
    expect(text).toBe(
      MESSY.replace('  - Ownership, Bias for Speed # ask Dana\n  - Frugality\n', '  - "Bias for Speed" # ask Dana\n').replace(
        'secondary-principles: [Dive Deep, "[[Acme Principles#Ownership]]"]',
        'secondary-principles: [Dive Deep]',
      ),
    );
    expect(data(text).principles).toEqual(['Custmer Obsesion', '[[Some other note]]', 'Bias for Speed', 'Are Right, A Lot']);
  });

  it('moving a principle from primary to secondary removes it from one key and adds it to the other', () => {
    const text = edited(MESSY, remove(FRUGALITY), add(FRUGALITY, 'secondary-principles'));
    expect(data(text)).toMatchObject({
      principles: ['Custmer Obsesion', '[[Some other note]]', 'Ownership, Bias for Speed', 'Are Right, A Lot'],
      'secondary-principles': ['Dive Deep', '[[Acme Principles#Ownership]]', '[[Acme Principles#Frugality]]'],
    });
  });

  it('matches aliases and principle-note links, and leaves a link to another note with the same heading', () => {
    const note = { ...principle('Earth’s Best Employer', ['Best Employer']), path: 'Principles/Best Employer.md', line: 1 };
    const text = '---\nprinciples:\n  - best employer\n  - "[[Best Employer]]"\n  - "[[Other#Best Employer]]"\n---\n';
    expect(edited(text, remove(note))).toBe('---\nprinciples:\n  - "[[Other#Best Employer]]"\n---\n');
  });
});

describe('edit surgically, then verify (item 2): every repro', () => {
  it('an anchor on the key used elsewhere: refused in place, with the intended values for the fallback', () => {
    const out = edit('---\nprinciples: &p [Ownership]\nalso: *p\n---\nbody\n', add(FRUGALITY));
    expect(out).toMatchObject({ kind: 'unsafe', intended: new Map([['principles', ['Ownership', link(FRUGALITY)]]]) });
  });

  it('an anchor nobody refers to: the entry is rewritten and verified', () => {
    const text = edited('---\nprinciples: &p [Ownership]\ntitle: T\n---\n', add(FRUGALITY));
    expect(data(text)).toEqual({ principles: ['Ownership', link(FRUGALITY)], title: 'T' });
  });

  it('a flow list continuing on the next line', () => {
    const text = edited('---\nprinciples: [Ownership,\nFrugality]\ntitle: T\n---\n# Body\n', add(CUSTOMER));
    expect(text).toBe('---\nprinciples:\n  - "Ownership"\n  - "Frugality"\n  - "[[Acme Principles#Customer Obsession]]"\ntitle: T\n---\n# Body\n');
  });

  it('a flow list with a comment inside, going on below, ends where its bracket closes', () => {
    const text = edited('---\nprinciples: [Ownership, # first\n  Frugality]\ntitle: T\n---\n', add(CUSTOMER));
    expect(data(text)).toEqual({ principles: ['Ownership', 'Frugality', link(CUSTOMER)], title: 'T' });
  });

  it('comments above and between block items stay in place', () => {
    const note = '---\nprinciples:\n  # the main ones\n  - Ownership\n\n  # later\n  - Frugality\n---\n';
    expect(edited(note, add(CUSTOMER))).toBe(note.replace('  - Frugality\n', '  - Frugality\n  - "[[Acme Principles#Customer Obsession]]"\n'));
    expect(edited(note, remove(OWNERSHIP))).toBe('---\nprinciples:\n  # the main ones\n\n  # later\n  - Frugality\n---\n');
  });

  it('a quoted string continuing on the next line', () => {
    const note = '---\nprinciples: "Ownership,\n  Frugality"\ntitle: T\n---\n';
    expect(data(note).principles).toBe('Ownership, Frugality');
    expect(edited(note, remove(FRUGALITY))).toBe('---\nprinciples: "Ownership"\ntitle: T\n---\n');
  });

  it('a mapping written in flow style: refused in place', () => {
    expect(refusal('---\n{title: T, principles: [Ownership]}\n---\n', add(FRUGALITY))).toEqual(['unsafe', expect.stringMatching(/flow style/)]);
  });

  it('a block indented throughout by two spaces keeps its indentation', () => {
    expect(edited('---\n  title: T\n  principles:\n    - Ownership\n---\n', add(FRUGALITY))).toBe('---\n  title: T\n  principles:\n    - Ownership\n    - "[[Acme Principles#Frugality]]"\n---\n');
    expect(edited('---\n  title: T\n---\n', add(FRUGALITY))).toBe('---\n  title: T\n  principles:\n    - "[[Acme Principles#Frugality]]"\n---\n');
  });

  it('an explicit key: refused in place', () => {
    expect(refusal('---\n? principles\n: [Ownership]\n---\n', add(FRUGALITY))).toEqual(['unsafe', expect.stringMatching(/explicit/)]);
  });

  it('a ... line closes the frontmatter for the editor and the reader alike', () => {
    const note = '---\ntitle: T\n...\nprinciples: looks like YAML\n---\nbody\n';
    const text = edited(note, add(FRUGALITY));
    expect(text).toBe('---\ntitle: T\nprinciples:\n  - "[[Acme Principles#Frugality]]"\n...\nprinciples: looks like YAML\n---\nbody\n');
    expect(data(text)).toEqual({ title: 'T', principles: [link(FRUGALITY)] });
  });

  it('keeps a trailing comment on the key line', () => {
    expect(edited('---\nprinciples: [Ownership] # mine\n---\n', add(FRUGALITY))).toBe('---\nprinciples: [Ownership, "[[Acme Principles#Frugality]]"] # mine\n---\n');
    expect(edited('---\nprinciples: Ownership # mine\n---\n', add(FRUGALITY))).toBe('---\nprinciples: # mine\n  - Ownership\n  - "[[Acme Principles#Frugality]]"\n---\n');
  });

  it('new lines take the line ending of their neighbours, not of the first line', () => {
    expect(edited('---\r\ntitle: T\nprinciples:\n  - Ownership\n---\r\n', add(FRUGALITY))).toBe('---\r\ntitle: T\nprinciples:\n  - Ownership\n  - "[[Acme Principles#Frugality]]"\n---\r\n');
    expect(edited('---\ntitle: T\r\n---\n', add(FRUGALITY))).toBe('---\ntitle: T\r\nprinciples:\r\n  - "[[Acme Principles#Frugality]]"\r\n---\n');
  });

  it('refuses frontmatter that does not parse, and a key holding a mapping', () => {
    expect(refusal('---\ntitle: [unclosed\n---\n', add(FRUGALITY))).toEqual(['refused', expect.stringMatching(/not valid YAML/)]);
    expect(refusal('---\nprinciples:\n  a: 1\n---\n', add(FRUGALITY))).toEqual(['refused', expect.stringMatching(/mapping/)]);
    expect(edit('---\nprinciples: [A]\nprinciples: [B]\n---\n', add(FRUGALITY)).kind).not.toBe('edited');
  });

  it('creates the block after a BOM when the note has none, and removes a list it empties', () => {
    const note = '\uFEFF# Title\r\n**S:** x\r\n';
    const tagged = edited(note, add(FRUGALITY));
    expect(tagged).toBe('\uFEFF---\r\nprinciples:\r\n  - "[[Acme Principles#Frugality]]"\r\n---\r\n# Title\r\n**S:** x\r\n');
    expect(edited(tagged, remove(FRUGALITY))).toBe(note);
    expect(edited('---\nprinciples: [Frugality]\n---\n', remove(FRUGALITY))).toBe('---\nprinciples: []\n---\n');
  });
});
