// Writes a deterministic synthetic vault to disk: ~2 KB notes, a fifth with frontmatter, 5% story
// notes in every format, 1% question notes, two set notes (16 and 4 principles), the rest ordinary.
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Rng } from './rng';
import { type NoteKind, ordinaryNote, questionNote, setNote, storyNote } from './note-text';
import { SET_A, SET_B } from './words';

export interface GeneratedVault {
  root: string;
  /** Vault-relative paths, `/` separators, in generation order. */
  paths: string[];
  kinds: Map<string, NoteKind>;
  /** UTF-8 bytes of each file. */
  sizes: Map<string, number>;
  bytes: number;
  counts: Record<NoteKind, number> & { frontmatter: number; brokenYaml: number };
}

/** The kind of note `i` of `count`: fixed proportions spread evenly through the vault. */
function kindOf(i: number): NoteKind {
  if (i < 2) return 'set';
  const r = i % 100;
  if (r < 5) return 'story';
  if (r === 5) return 'questions';
  return 'ordinary';
}

export function notePath(i: number): string {
  // 20 areas × up to 25 topics: a few hundred folders, as in a large real vault.
  return `area-${String(i % 20).padStart(2, '0')}/topic-${String(Math.floor(i / 20) % 25).padStart(2, '0')}/Note ${i}.md`;
}

/** Text of note `i`; `rng` must be the vault's generator at that point (texts depend on order). */
export function noteText(rng: Rng, i: number, count: number): { kind: NoteKind; text: string; fm: boolean; broken: boolean } {
  const kind = kindOf(i);
  const fm = rng.chance(0.2);
  const bytes = rng.int(1100, 2700);
  if (kind === 'set') return { kind, text: setNote(rng, i === 0 ? SET_A : SET_B, i === 1), fm: false, broken: false };
  if (kind === 'story') return { kind, text: storyNote(rng, i, fm, bytes, count), fm, broken: false };
  if (kind === 'questions') return { kind, text: questionNote(rng, i, fm, bytes, count), fm, broken: false };
  // One ordinary note in a thousand has frontmatter that is not valid YAML (reported, body still read).
  if (fm && rng.chance(0.005)) return { kind, text: `---\ntags: [broken, yaml\ntitle: "open\n---\n` + ordinaryNote(rng, i, false, bytes, count), fm, broken: true };
  return { kind, text: ordinaryNote(rng, i, fm, bytes, count), fm, broken: false };
}

/** Each note's vault path and text, in generation order (the same vault generateVault writes). */
export function* vaultNotes(count: number, seed: number): Generator<{ rel: string; note: ReturnType<typeof noteText> }> {
  const rng = new Rng(seed);
  for (let i = 0; i < count; i++) {
    const rel = i === 0 ? `${SET_A.title}.md` : i === 1 ? `${SET_B.title}.md` : notePath(i);
    yield { rel, note: noteText(rng, i, count) };
  }
}

export function generateVault(root: string, count: number, seed: number): GeneratedVault {
  const out: GeneratedVault = {
    root,
    paths: [],
    kinds: new Map(),
    sizes: new Map(),
    bytes: 0,
    counts: { ordinary: 0, story: 0, questions: 0, set: 0, frontmatter: 0, brokenYaml: 0 },
  };
  const made = new Set<string>();
  for (const { rel, note } of vaultNotes(count, seed)) {
    const dir = rel.includes('/') ? join(root, rel.slice(0, rel.lastIndexOf('/'))) : root;
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const buf = Buffer.from(note.text, 'utf8');
    writeFileSync(join(root, rel), buf);
    out.paths.push(rel);
    out.kinds.set(rel, note.kind);
    out.sizes.set(rel, buf.length);
    out.bytes += buf.length;
    out.counts[note.kind]++;
    if (note.text.startsWith('---')) out.counts.frontmatter++;
    if (note.broken) out.counts.brokenYaml++;
  }
  // Things every real vault has that the reader must skip.
  mkdirSync(join(root, '.trash'), { recursive: true });
  writeFileSync(join(root, '.trash', 'Deleted note.md'), '#story\n\n**S:** A deleted note: never indexed.\n');
  writeFileSync(join(root, 'area-00', 'diagram.png'), Buffer.alloc(64));
  return out;
}
