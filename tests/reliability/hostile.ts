// The hostile corpus: committed fixture notes (tests/fixtures/hostile/) read the way the CLI reads
// them, plus huge notes generated on the fly (never committed).
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { toNoteRecord } from '../../src/cli/note-record';
import type { NoteRecord } from '../../src/core/model';

export const HOSTILE = join(__dirname, '..', 'fixtures', 'hostile');

/** Vault-relative path → file text of every fixture note. */
export function hostileFiles(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(HOSTILE, rel)).sort()) {
      const path = rel === '' ? name : `${rel}/${name}`;
      if (statSync(join(HOSTILE, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md')) out.set(path, readFileSync(join(HOSTILE, path), 'utf8'));
    }
  };
  walk('');
  return out;
}

export function hostileRecords(): NoteRecord[] {
  return [...hostileFiles()].map(([path, text]) => toNoteRecord(path, text));
}

/** A set note of about `bytes` bytes: one principle, then a description paragraph that never ends. */
export function hugeNote(bytes: number): string {
  const line = 'We measured 12% more retention after the change, and I wrote the plan. #acme\n';
  return `#story\n# Huge story\n**S:** ${line.repeat(Math.ceil(bytes / line.length))}**T:** Finish.\n**A:** I kept reading.\n**R:** 1 story.\n`;
}

/** A question bank with `n` top-level questions, each with a follow-up. */
export function longList(n: number): string {
  const out = ['#questions', ''];
  for (let i = 0; i < n; i++) out.push(`- Tell me about time number ${i}?`, `  - Follow-up ${i}`);
  return out.join('\n') + '\n';
}

/**
 * A list nested `depth` levels deep, a blockquote as deep, and STAR labels at the bottom. With
 * `links`, every level links to a heading of its own note that does not exist (a self-loop).
 */
export function deepNesting(depth: number, links = true): string {
  const out = ['#story #principles', '# Deep'];
  for (let i = 0; i < depth; i++) out.push(`${'  '.repeat(i)}- **Level ${i}**${links ? ` [[Deep#Level ${i}]]` : ''}`);
  out.push(`${'  '.repeat(depth)}- **S:** At the bottom.`, `${'  '.repeat(depth)}  **T:** Climb out.`);
  for (let i = 1; i <= depth; i++) out.push(`${'>'.repeat(i)} quote ${i}`);
  for (let i = 1; i <= depth; i++) out.push(`${'#'.repeat(1 + (i % 6))} Heading ${i}`);
  return out.join('\n') + '\n';
}
