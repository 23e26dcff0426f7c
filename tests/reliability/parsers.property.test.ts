// The other readers of user text on arbitrary input: the CLI's note reader (frontmatter split),
// the drill log parser and the code block options never throw, and the note reader keeps the
// body byte for byte with an exact line offset.
import fc from 'fast-check';
import { toNoteRecord } from '../../src/cli/note-record';
import { parseLog } from '../../src/core/drill/log-format';
import { parseBlockOptions } from '../../src/plugin/coverage/codeblock/options';
import { mdBody, noise } from './arbitraries';

const yamlish = fc.array(
  fc.oneof(
    fc.constantFrom('tags: [story]', 'tags:', '  - principles', 'title: "x', 'a: b: c', '- x', '  bad indent', '? complex', '!!js/function f', '<<: *a', 'a: &a 1', '__proto__: {x: 1}', '...', ''),
    noise.map((s) => s.replace(/[\r\n]/g, ' ')),
  ),
  { maxLength: 8 },
);

const fileText = fc
  .tuple(fc.boolean(), fc.constantFrom('---', '---js', '---yaml', '--- ', '----', ''), yamlish, fc.constantFrom('---', '...', '--- ', ''), mdBody, fc.constantFrom('\n', '\r\n'))
  .map(([bom, open, yaml, close, body, nl]) => (bom ? '\uFEFF' : '') + [open, ...yaml, close].join(nl) + nl + body);

describe('readers on arbitrary text', () => {
  it('toNoteRecord never throws or pollutes Object.prototype, keeps the body as a suffix of the file and counts its lines', () => {
    fc.assert(
      fc.property(fc.oneof(fileText, noise), (text) => {
        const rec = toNoteRecord('N.md', text);
        const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        expect(noBom.endsWith(rec.body)).toBe(true);
        const head = noBom.slice(0, noBom.length - rec.body.length);
        // A file ending right at the closing fence has an empty body starting after the fence's line.
        expect(rec.bodyLine).toBe(head === '' ? 0 : head.split('\n').length - (head.endsWith('\n') ? 1 : 0));
        if (rec.frontmatterError !== undefined) expect(rec.frontmatter).toBeNull();
        if (rec.frontmatter !== null) expect(typeof rec.frontmatter).toBe('object');
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('parseLog and parseBlockOptions never throw', () => {
    const logLine = fc.oneof(
      noise,
      fc.constantFrom('- 2026-01-01 10:00 | question: a/q | rating: good | seconds: 3 | principles:  | text: x', '- 2026-13-45 99:99 | rating: bad', '- | | |', '- question: \\|'),
    );
    fc.assert(
      fc.property(fc.array(logLine, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), (lines, nl) => {
        const log = parseLog(lines.join(nl));
        expect(Array.isArray(log.malformed)).toBe(true);
        const opts = parseBlockOptions(lines.join(nl));
        expect(typeof opts.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
