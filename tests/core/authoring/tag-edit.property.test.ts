// Acceptance property for issue 12: over generated frontmatter (anchors, flow and block styles,
// comments, indentation, quoting, CRLF and mixed endings, BOM, unknown entries), tagging then
// untagging a story gives the original bytes or a refusal, and never YAML that does not parse.
// A failure prints fast-check's seed and path; `fc.assert(…, { seed, path })` replays it.
import fc from 'fast-check';
import { editPrincipleKeys, type KeyDiff } from '../../../src/core/authoring/tag-edit';
import { parseYamlText, toNoteRecord } from '../../../src/cli/note-record';
import type { Principle } from '../../../src/core/model';

const FRUGALITY: Principle = { id: 'acme/frugality', name: 'Frugality', set: 'acme', path: 'Acme.md', line: 9, description: '', aliases: [] };
const LINK = '[[Acme#Frugality]]';
const TAG: KeyDiff[] = [{ key: 'principles', add: [{ principle: FRUGALITY, value: LINK }], remove: [] }];
const UNTAG: KeyDiff[] = [{ key: 'principles', add: [], remove: [FRUGALITY] }];

/** Names as users write them: known ones, typos, unknown ones, links elsewhere, comma strings. */
const name = fc.constantFrom('Ownership', 'Custmer Obsesion', 'Bias for Speed', 'Dive Deep, Ownership', 'Are Right, A Lot', '[[Some other note]]', '[[Acme#Ownership]]', 'Earn Trust');
const quoted = (s: string) => fc.constantFrom(JSON.stringify(s), `'${s.replace(/'/g, "''")}'`, ...(/^[\w ]+$/.test(s) ? [s] : []));
const item = name.chain(quoted);
const comment = fc.constantFrom('', ' # mine', ' # ---', " # it's");

/** The principles entry as lines (without the root indentation), and whether tag+untag must give its bytes back. */
interface KeyEntry {
  lines: string[];
  bytes: boolean;
}
const keyEntry: fc.Arbitrary<KeyEntry> = fc.oneof(
  fc.constant<KeyEntry>({ lines: [], bytes: true }),
  fc.tuple(comment, fc.array(fc.tuple(item, comment), { minLength: 1, maxLength: 4 }), fc.constantFrom('  ', '', '    '), fc.constantFrom(' ', '   ')).map(([c, items, ind, sp]) => ({
    lines: [`principles:${c}`, ...items.map(([v, ic]) => `${ind}-${sp}${v}${ic}`)],
    bytes: true,
  })),
  fc.tuple(fc.array(item, { maxLength: 3 }), fc.constantFrom(', ', ','), fc.constantFrom('', ' '), comment).map(([items, sep, pad, c]) => ({
    lines: [`principles: [${pad}${items.join(sep)}${pad}]${c}`],
    bytes: true,
  })),
  fc.tuple(item, comment).map(([v, c]) => ({ lines: [`principles: ${v}${c}`], bytes: false })),
  fc.constant<KeyEntry>({ lines: ['principles:'], bytes: false }),
  fc.tuple(item, item).map(([a, b]) => ({ lines: [`principles: &pp [${a},`, `  ${b}]`], bytes: false })),
);

/** Other entries, each a list of lines; `{k}` becomes a key unique in the note. */
const other = fc.oneof(
  fc.tuple(fc.constantFrom('plain words', '"quoted: yes"', "'single'", '42', 'true', '2024-05-01', '"[[Link]]"'), comment).map(([v, c]) => [`{k}: ${v}${c}`]),
  fc.array(item, { minLength: 1, maxLength: 3 }).map((vs) => ['{k}:', ...vs.map((v) => `  - ${v}`)]),
  fc.array(item, { maxLength: 3 }).map((vs) => [`{k}: [${vs.join(', ')}]`]),
  fc.constant(['{k}: &{k}a base value', '{k}b: *{k}a']),
  fc.constant(['{k}:', '  nested: 1', '  deeper:', '    - x']),
  fc.constantFrom(['# a comment'], ['# ---'], [''], ['#']),
);

const note = fc.record({
  bom: fc.boolean(),
  indent: fc.constantFrom('', '  '),
  eols: fc.oneof(fc.constantFrom(['\n'], ['\r\n']), fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 2, maxLength: 6 })),
  before: fc.array(other, { maxLength: 3 }),
  key: keyEntry,
  after: fc.array(other, { maxLength: 3 }),
  body: fc.array(fc.constantFrom('# Title', '', '**S:** It broke.', '---', 'principles: not yaml', '...'), { maxLength: 4 }),
  hasBlock: fc.boolean(),
});

type Note = typeof note extends fc.Arbitrary<infer T> ? T : never;

function build(n: Note): string {
  let k = 0;
  const keyed = (lines: readonly string[]) => {
    const id = `k${k++}`;
    return lines.map((l) => l.replace(/\{k\}/g, id));
  };
  const yaml = [...n.before.map(keyed).flat(), ...n.key.lines, ...n.after.map(keyed).flat()].map((l) => (l === '' ? l : n.indent + l));
  // Without a block, the body starts with a title so that it does not become one.
  const lines = n.hasBlock ? ['---', ...yaml, '---', ...n.body] : ['# Title', ...n.body];
  const eol = (i: number) => n.eols[i % n.eols.length];
  return (n.bom ? '\uFEFF' : '') + lines.map((l, i) => l + eol(i)).join('');
}

function frontmatterOf(text: string): Record<string, unknown> | null {
  const r = toNoteRecord('n.md', text);
  expect(r.frontmatterError).toBeUndefined();
  return r.frontmatter;
}

describe('tag then untag (property)', () => {
  it('gives the original bytes (or, for a scalar or empty key, the same values) or a refusal; never invalid YAML', () => {
    let roundTrips = 0;
    fc.assert(
      fc.property(note, (n) => {
        const original = build(n);
        const parsed = toNoteRecord('n.md', original);
        const tagged = editPrincipleKeys(original, TAG, parseYamlText);
        if (parsed.frontmatterError !== undefined) {
          expect(tagged.kind).toBe('refused');
          return;
        }
        if (tagged.kind !== 'edited') {
          expect(['unsafe', 'refused']).toContain(tagged.kind);
          return;
        }
        const fm = frontmatterOf(tagged.text) ?? {};
        expect(fm.principles).toEqual(expect.arrayContaining([LINK]));
        const untagged = editPrincipleKeys(tagged.text, UNTAG, parseYamlText);
        if (untagged.kind !== 'edited') {
          expect(['unsafe', 'refused']).toContain(untagged.kind);
          return;
        }
        frontmatterOf(untagged.text);
        if (n.key.bytes || !n.hasBlock) {
          // Untagging deletes a block it leaves empty, so an empty `---`/`---` block is not restored.
          const emptyBlock = /^(\uFEFF?)---(?:\r\n|\n|\r)(?:---|\.\.\.)(?:\r\n|\n|\r|$)/;
          expect(untagged.text).toBe(emptyBlock.test(original) ? original.replace(emptyBlock, '$1') : original);
          roundTrips++;
        } else {
          // A scalar becomes a one-item list; an empty `principles:` goes away with its last item.
          const was = parsed.frontmatter ?? {};
          const { principles, ...rest } = was;
          const expected = principles === null || principles === undefined ? rest : { ...rest, principles: Array.isArray(principles) ? principles : [principles] };
          expect(frontmatterOf(untagged.text) ?? {}).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
    // The generator must reach the byte-for-byte case often, or this property proves little.
    expect(roundTrips).toBeGreaterThan(100);
  });

  it('untag of a note that does not name the principle changes nothing', () => {
    fc.assert(
      fc.property(note, (n) => {
        const original = build(n);
        const out = editPrincipleKeys(original, UNTAG, parseYamlText);
        expect(['unchanged', 'refused']).toContain(out.kind);
      }),
    );
  });
});
