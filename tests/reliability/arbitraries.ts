// fast-check generators for hostile and markdown-ish note text, shared by the reliability suite.
// Two kinds: raw unicode noise (anything a file could hold) and a small grammar of the syntax the
// index reads (headings, list items, bold labels, STAR labels, Main:/Sub:, tags, links, fences),
// with names that try to break plain-object maps and normalization.
import fc from 'fast-check';

/** Principle names that are awkward on purpose: object-prototype keys, commas, zero-width, RTL, emoji. */
export const NAMES = [
  'Customer Obsession',
  'Ownership',
  'Are Right, A Lot',
  'Dive Deep',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'Dive\u200bDeep',
  'القيادة بالقدوة',
  'ביטחון עצמי',
  '🚀 Ship It',
  'Ownership ',
  'S',
];

/** Characters that have broken text tools before: line ends, NUL, BOM, zero-width, bidi marks, astral. */
const NASTY = [
  '\r\n', '\r', '\n', '\0', '\t', '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u200e', '\u200f',
  '\u202e', '\u2028', '\u2029', '\ud83d\ude80', '\ud83d', '\ude80', 'ﷺ', 'ß', 'İ', 'e\u0301', '#', '*', '**',
  '[[', ']]', '|', '`', '```', '---', ':', '>', '-', ' ', '    ', 'مرحبا', 'שלום', '👩‍👩‍👧',
];

/** Any text at all: full unicode code units (lone surrogates included) mixed with the nasty pieces. */
export const noise: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...NASTY)), { maxLength: 40 })
  .map((parts) => parts.join(''));

const word = fc.oneof(
  fc.constantFrom('the', 'pilot', 'I', 'we', 'customer', 'shipped', '40%', 'Tell me about a time', 'why?', '[x]', '<img src=x onerror=alert(1)>'),
  fc.constantFrom(...NAMES),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
);
const phrase = fc.array(word, { minLength: 0, maxLength: 6 }).map((w) => w.join(' '));
const name = fc.constantFrom(...NAMES);
const tag = fc.oneof(
  fc.constantFrom('#principles', '#principles/acme', '#principle', '#story', '#questions', '#acme', '#lp/ownership', '#lp/customer-obsession', '#1', '#__proto__', '#constructor'),
  name.map((n) => `#${n.replace(/[^\p{L}\p{N}_/-]+/gu, '-')}`),
);
const link = fc.oneof(
  fc.tuple(fc.constantFrom('Acme', 'Acme Principles', 'Sets/Acme', '', 'Nowhere', 'S/One'), fc.option(name, { nil: undefined }), fc.option(phrase, { nil: undefined })).map(
    ([target, heading, alias]) => `[[${target}${heading !== undefined ? `#${heading}` : ''}${alias !== undefined ? `|${alias}` : ''}]]`,
  ),
  fc.constantFrom('[[', ']]', '[[a|', '![[embed]]', '[[#Ownership]]', '[[x#]]'),
);
const inline = fc.array(fc.oneof({ weight: 4, arbitrary: phrase }, tag, link), { maxLength: 4 }).map((p) => p.join(' '));
const star = fc.constantFrom('S', 'T', 'A', 'R', 'L', 'Situation', 'Task', 'Action', 'Result', 'Learning', 'Story');
const indent = fc.constantFrom('', '', '  ', '    ', '\t', '        ', ' '.repeat(40));

/** One markdown-ish line from the grammar the scanner and extractors understand. */
export const mdLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc.tuple(fc.integer({ min: 1, max: 6 }), name).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  name.map((n) => `## Main: ${n}`),
  fc.array(name, { minLength: 1, maxLength: 3 }).map((n) => `**Sub: ${n.join(', ')}**`),
  fc.tuple(indent, fc.constantFrom('-', '*', '+', '1.', '2)', '10.'), inline).map(([i, m, t]) => `${i}${m} ${t}`),
  fc.tuple(indent, inline).map(([i, t]) => `${i}1. **${t}**`),
  fc.tuple(indent, star, inline).map(([i, s, t]) => `${i}- **${s}:** ${t}`),
  fc.tuple(star, inline).map(([s, t]) => `**${s}:** ${t}`),
  fc.tuple(star, inline).map(([s, t]) => `**${s}**: ${t}`),
  name.map((n) => `**${n}:**`),
  inline,
  tag,
  fc.constantFrom('', '', '---', '***', '```', '~~~', '```js', '    ```', '**', '** **', '****', '- ', '#', '######', '#tag#tag', '> quote'),
  noise,
);

/** A note body: grammar lines joined by a random line ending (LF, CRLF or lone CR), sometimes with noise. */
export const mdBody: fc.Arbitrary<string> = fc
  .tuple(fc.array(mdLine, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, trailing]) => lines.join(eol) + (trailing ? eol : ''));

/** Frontmatter as the CLI or metadataCache would hand it over (already parsed), sometimes hostile. */
export const frontmatter: fc.Arbitrary<Record<string, unknown> | null> = fc.option(
  fc.record(
    {
      tags: fc.oneof(fc.array(fc.constantFrom('principles', 'principle', 'story', 'questions', 'acme', 'lp/ownership', '__proto__')), fc.constantFrom('story, acme', 'principles acme', 42)),
      type: fc.constantFrom('story', 'Story', 'note', 7),
      set: fc.oneof(name, fc.constantFrom('acme', '', 3)),
      title: fc.oneof(name, phrase),
      principles: fc.oneof(fc.array(fc.oneof(name, fc.constantFrom('[[Acme#Ownership]]', '[[Nowhere]]'))), name, fc.constant([[['Acme']]])),
      aliases: fc.oneof(fc.array(name), name, fc.constant(null)),
      constructor: fc.constantFrom('x', 1),
    },
    { requiredKeys: [] },
  ),
  { nil: null },
);
