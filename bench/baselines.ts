// The two reference points: the read floor (reading every file, nothing else) and a peer parser
// (remark-parse + remark-frontmatter building a full mdast for every file).
import { readFileSync } from 'fs';
import { join } from 'path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';

/** Reads every file as UTF-8; returns the characters read so the work cannot be skipped. */
export function readFloor(root: string, paths: string[]): number {
  let chars = 0;
  for (const p of paths) chars += readFileSync(join(root, p), 'utf8').length;
  return chars;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter);

/** Reads and parses every file with remark; returns the number of mdast nodes at the top level. */
export function remarkAll(root: string, paths: string[]): number {
  let nodes = 0;
  for (const p of paths) nodes += processor.parse(readFileSync(join(root, p), 'utf8')).children.length;
  return nodes;
}

/** Every `step`-th path: remark is slow enough that a subset is timed and scaled up by bytes. */
export function subset(paths: string[], step: number): string[] {
  return paths.filter((_, i) => i % step === 0);
}
