// Test helpers: load fixture notes as NoteRecords (fixtures here have no frontmatter unless a test adds it).
import { readFileSync } from 'fs';
import { join } from 'path';
import type { NoteRecord } from '../../src/core/model';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'notes');

export function fixture(name: string, path = name): NoteRecord {
  return { path, frontmatter: null, body: readFileSync(join(FIXTURES, name), 'utf8'), bodyLine: 0 };
}

/** A NoteRecord from text; `fm` is the already-parsed frontmatter and `fmLines` the lines it occupied. */
export function note(path: string, body: string, fm: Record<string, unknown> | null = null, fmLines = 0): NoteRecord {
  return { path, frontmatter: fm, body, bodyLine: fmLines };
}
