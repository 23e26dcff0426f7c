// Generators of whole notes that refer to each other (set notes, principle notes, stories,
// question banks) on a small set of paths, so that random edit sequences exercise name
// resolution, ambiguity, duplicates, renames and moves between folders.
import fc from 'fast-check';
import type { NoteRecord } from '../../src/core/model';
import { mdBody } from './arbitraries';

export const PATHS = [
  'Acme.md',
  'Sets/Acme.md',
  'Sets/Beta Principles.md',
  'Stories/Pilot.md',
  'Archive/Pilot.md',
  'Q/Bank.md',
  'P/Frugality.md',
  'Notes/Plan.md',
  'Excluded/Set.md',
];

const PRINCIPLES = ['Customer Obsession', 'Ownership', 'Are Right, A Lot', 'Dive Deep', 'constructor', '__proto__', 'Frugality', 'Ownershp'];
const name = fc.constantFrom(...PRINCIPLES);
const setTag = fc.constantFrom('#principles #acme', '#principles/acme', '#principles/beta', '#principles');

const setNote = fc
  .tuple(setTag, fc.array(name, { minLength: 0, maxLength: 4 }), name, fc.array(name, { maxLength: 2 }), fc.boolean())
  .map(([tag, principles, main, subs, inline]) =>
    [
      tag,
      '',
      '# Principles',
      '',
      ...principles.flatMap((p) => [`### ${p}`, `About ${p.toLowerCase()} and customers.`, '']),
      `## Main: ${main}`,
      subs.length > 0 ? `**Sub: ${subs.join(', ')}**` : '',
      '1. **Tell me about a time you owned a problem.**',
      '   - What did you learn?',
      inline ? '- **S:** The launch slipped.\n  **T:** Recover it.\n  **A:** I cut scope.\n  **R:** Shipped in 2 weeks.' : '',
    ].join('\n'),
  );

const storyNote = fc
  .tuple(fc.constantFrom('#story', '#story #acme', '', '#story #lp/ownership'), fc.array(fc.oneof(name.map((n) => `[[Acme#${n}]]`), name.map((n) => `[[Sets/Beta Principles#${n}]]`), fc.constantFrom('[[Frugality]]', '#lp/dive-deep', '#beta/ownership')), { maxLength: 3 }), fc.constantFrom('Pilot rescue', 'Billing', 'Pilot rescue'))
  .map(([tag, refs, title]) => `${tag}\n# ${title}\n## Situation\nThe pilot stalled. ${refs.join(' ')}\n## Action\nI interviewed 5 users.\n## Result\nUsage tripled.\n`);

const questionNote = fc
  .array(fc.tuple(fc.constantFrom('Tell me about a time you failed?', 'Describe a hard call.', 'Why here?'), fc.option(name)), { minLength: 1, maxLength: 3 })
  .map((qs) => `#questions\n${qs.map(([q, p]) => `- ${q}${p ? ` [[Acme#${p}]]` : ''}\n  - Follow-up?`).join('\n')}\n`);

const principleNoteFm = fc.record({
  tags: fc.constantFrom(['principle', 'acme'], ['principle', 'beta'], ['principle']),
  aliases: fc.array(name, { maxLength: 2 }),
});

/** One note's content: either a recognizable note or grammar noise. */
export const noteContent: fc.Arbitrary<Omit<NoteRecord, 'path'>> = fc.oneof(
  setNote.map((body) => ({ frontmatter: null, body, bodyLine: 0 })),
  storyNote.map((body) => ({ frontmatter: null, body, bodyLine: 0 })),
  fc.tuple(storyNote, fc.array(name, { maxLength: 2 })).map(([body, principles]) => ({ frontmatter: { type: 'story', principles }, body, bodyLine: 3 })),
  questionNote.map((body) => ({ frontmatter: null, body, bodyLine: 0 })),
  principleNoteFm.map((fm) => ({ frontmatter: fm, body: 'Spend less; invent more.\n', bodyLine: 4 })),
  mdBody.map((body) => ({ frontmatter: null, body, bodyLine: 0 })),
  fc.constant({ frontmatter: null, frontmatterError: 'bad indentation', body: '#story\n**S:** x\n**T:** y\n', bodyLine: 3 }),
);

export type VaultOp =
  | { op: 'write'; path: string; content: Omit<NoteRecord, 'path'> }
  | { op: 'delete'; path: string }
  | { op: 'rename'; from: string; to: string };

const path = fc.constantFrom(...PATHS);
export const vaultOp: fc.Arbitrary<VaultOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('write' as const), path, content: noteContent }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), path }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: path, to: path }) },
);
