// A story note: the whole note is one STAR story, its parts under headings or bold labels.
import type { ScanResult } from '../scan/scanner';
import { copy } from '../scan/inline';
import type { RawPart, RawRef } from './raw';
import { starHeadingKey, starKey } from './star';

export interface StoryNoteParts {
  parts: RawPart[];
  /** The first H1's text, if any. */
  h1: string | null;
  refs: RawRef[];
}

/** True when a heading names a STAR part (`## Situation`). */
export function hasStarHeadings(scan: ScanResult): boolean {
  let n = 0;
  for (const l of scan.lines) if (l.kind === 'heading' && starHeadingKey(l.text, l.level) !== null) n++;
  return n >= 2;
}

export function parseStoryNote(scan: ScanResult, bodyLine: number): StoryNoteParts {
  const parts: RawPart[] = [];
  const refs: RawRef[] = [];
  let h1: string | null = null;
  let current: { key: RawPart['key']; line: number; lines: string[]; level: number } | null = null;
  const seen = new Set<string>();

  const close = () => {
    if (!current) return;
    if (!seen.has(current.key)) {
      seen.add(current.key);
      parts.push({ key: current.key, line: current.line, text: copy(current.lines.join('\n').trim()) });
    }
    current = null;
  };

  for (const l of scan.lines) {
    const fileLine = bodyLine + l.line + 1;
    for (const link of l.links) {
      refs.push({ kind: 'link', text: link.target, heading: link.heading, role: 'auto', source: 'link', line: fileLine, soft: true });
    }
    for (const tag of l.tags) refs.push({ kind: 'tag', text: tag, role: 'auto', source: 'tag', line: fileLine, soft: true });

    if (l.kind === 'heading') {
      if (l.level === 1 && h1 === null) h1 = l.text;
      const key = starHeadingKey(l.text, l.level);
      if (key !== null) {
        close();
        current = { key, line: fileLine, lines: [], level: l.level };
        continue;
      }
      if (current && l.level <= current.level) close();
      continue;
    }
    const key = l.label !== null ? starKey(l.label) : null;
    if (key !== null) {
      close();
      current = { key, line: fileLine, lines: [l.labelRest], level: 7 };
      continue;
    }
    if (current) current.lines.push(l.kind === 'blank' ? '' : l.text);
  }
  close();
  const order = 'STARL';
  parts.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  return { parts, h1, refs };
}
