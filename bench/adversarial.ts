// Notes written to freeze an index: a megabyte of `[[`, a 5,000-name comma list, 10,000 unknown
// names, a 1,000-name `Sub:` line. Each is indexed on its own (read, frontmatter, upsert into an
// index that holds a 16-principle set, snapshot) at its full size and at a sixteenth of it, and
// compared with the read floor of the same file. Linear work keeps that ratio from growing with
// the size; quadratic work would make it ~16× larger at the full size.
import { readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { VaultIndex } from '../src/core/index/vault-index';
import { noteRecordFromText } from './cli-path';
import { setNote } from './note-text';
import { Rng } from './rng';
import { median, nowMs } from './timing';
import { SET_A } from './words';

export interface AdversarialCase {
  key: string;
  label: string;
  /** The note at `n` repetitions of its hostile unit. */
  text(n: number): string;
  /** Repetitions at full size. */
  full: number;
}

const STAR = '## Situation\nThe deploy queue stalled.\n\n## Action\nI split it.\n\n## Result\nIt moved again.\n';
const names = (n: number, name: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => name(i));

export const CASES: AdversarialCase[] = [
  {
    key: 'brackets',
    label: '1 MB of `[[` in a story',
    full: 500_000,
    text: (n) => `#story\n# Brackets\n\n## Situation\n${'[['.repeat(n)}\n\n## Action\nI did it.\n\n## Result\nDone.\n`,
  },
  {
    key: 'comma_list',
    label: '5,000-name comma list',
    full: 5000,
    text: (n) => `---\ntags: [story]\nprinciples: ${names(n, (i) => (i % 1000 === 0 ? 'Speak Up, Then Commit' : `Made Up Principle ${i}`)).join(', ')}\n---\n# List\n\n${STAR}`,
  },
  {
    key: 'unknown_names',
    label: '10,000 unknown names',
    full: 10000,
    text: (n) => `---\ntags: [story]\nprinciples:\n${names(n, (i) => `  - ${i % 2 ? 'Own the Outcme' : `Unheard Of ${i}`}`).join('\n')}\n---\n# Names\n\n${STAR}`,
  },
  {
    key: 'sub_line',
    label: '1,000-name `Sub:` line',
    full: 1000,
    text: (n) => `#questions\n\n## Move Fast\n**Sub: ${names(n, (i) => (i === 0 ? 'Earn Trust' : `Invented Value ${i}`)).join(', ')}**\n- Tell me about a time you shipped before you were sure?\n`,
  },
];

export interface AdversarialResult {
  key: string;
  label: string;
  bytes: number;
  index_ms: number;
  read_ms: number;
  /** index ÷ read floor at the full size, and at a sixteenth of it. */
  ratio: number;
  ratio_small: number;
  /** ratio ÷ ratio_small: about 1 (or less) when the work is linear in the note's size. */
  growth: number;
}

const PASSES = 5;
const READS = 21;

/** Median read floor (21 reads) and index time (5 passes, each a fresh index with the set note) of one file. */
function measure(file: string, setText: string): { bytes: number; indexMs: number; readMs: number } {
  const reads: number[] = [];
  for (let k = 0; k <= READS; k++) {
    const t0 = nowMs();
    readFileSync(file, 'utf8');
    if (k > 0) reads.push(nowMs() - t0);
  }
  const indexes: number[] = [];
  for (let pass = 0; pass <= PASSES; pass++) {
    const index = new VaultIndex();
    index.upsert(noteRecordFromText('Acme Principles.md', setText));
    index.snapshot();
    const t0 = nowMs();
    index.upsert(noteRecordFromText('Adversarial.md', readFileSync(file, 'utf8')));
    index.snapshot();
    if (pass > 0) indexes.push(nowMs() - t0); // pass 0 warms up
  }
  return { bytes: statSync(file).size, indexMs: median(indexes), readMs: median(reads) };
}

/** Every case at full size and at a sixteenth, written under `root` and measured. */
export function adversarialRuns(root: string, seed: number): AdversarialResult[] {
  const setText = setNote(new Rng(seed), SET_A, false);
  return CASES.map((c) => {
    const at = (n: number, suffix: string) => {
      const file = join(root, `adversarial-${c.key}-${suffix}.md`);
      writeFileSync(file, c.text(n));
      return measure(file, setText);
    };
    const small = at(Math.ceil(c.full / 16), 'small');
    const full = at(c.full, 'full');
    const ratio = full.indexMs / full.readMs;
    const ratioSmall = small.indexMs / small.readMs;
    return { key: c.key, label: c.label, bytes: full.bytes, index_ms: full.indexMs, read_ms: full.readMs, ratio, ratio_small: ratioSmall, growth: ratio / ratioSmall };
  });
}
