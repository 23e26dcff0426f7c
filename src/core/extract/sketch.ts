// Story sketches: a bold title line followed by a paragraph that tells an experience, a story the
// user has not written as STAR yet (`**Data driven decision making**` + "When we were …, I …").
import type { ScannedLine } from '../scan/scanner';
import { copy } from '../scan/inline';
import { boldLineRole, tellsExperience } from './bold-lines';
import { afterTextBullet } from './cues';
import type { RawRef, RawStory } from './raw';
import { starKey } from './star';
import { displayText } from './text';

/** Indent up to which a line is still a paragraph of the note (4 or more is code or a list's). */
const FLAT = 3;

function isProse(l: ScannedLine): boolean {
  return l.kind === 'text' && l.bold === null && l.indent <= FLAT && afterTextBullet(l.text) === null;
}

/** A bold line of its own that can title a sketch: short, not a label, not a STAR part. */
export function isTitleLine(l: ScannedLine): boolean {
  return l.kind === 'text' && l.bold !== null && l.afterBold === '' && l.label === null && l.indent <= FLAT && starKey(l.bold) === null && boldLineRole(l.bold) === 'title';
}

export interface FoundSketch {
  story: RawStory;
  /** Index of the paragraph's last line: the walker goes on after it. */
  last: number;
}

/**
 * The sketch titled by `lines[at]` (a title line), or null when the next paragraph does not tell
 * an experience or is followed by STAR labels (then the title names that inline story instead).
 * `refs` are the mappings of the place in the note; links and tags in the paragraph are added.
 */
export function sketchAt(lines: ScannedLine[], at: number, fileLine: (l: ScannedLine) => number, refs: RawRef[], textRefs: (l: ScannedLine, into: RawRef[]) => void): FoundSketch | null {
  let j = at + 1;
  while (j < lines.length && lines[j].kind === 'blank') j++;
  if (j >= lines.length || !isProse(lines[j])) return null;
  let k = j;
  while (k + 1 < lines.length && isProse(lines[k + 1])) k++;
  const body = lines.slice(j, k + 1).map((l) => l.text);
  if (!tellsExperience(body.join(' '))) return null;
  let n = k + 1;
  while (n < lines.length && lines[n].kind === 'blank') n++;
  const next = n < lines.length ? lines[n] : null;
  if (next && next.label !== null && starKey(next.label) !== null) return null;

  const title = lines[at];
  const own = refs.slice();
  for (let x = j; x <= k; x++) textRefs(lines[x], own);
  const story: RawStory = {
    title: copy(displayText(title.bold ?? '')),
    line: fileLine(title),
    endLine: fileLine(lines[k]),
    kind: 'sketch',
    parts: [],
    refs: own,
    body: copy(body.join('\n')),
  };
  return { story, last: k };
}
