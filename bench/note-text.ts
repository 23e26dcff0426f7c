// Builders for the text of each kind of synthetic note. Every builder is deterministic given the Rng.
import type { Rng } from './rng';
import { PLAIN_TAGS, PROMPTS, SITUATIONS, SET_A, SET_B, TITLE_WORDS, WORDS } from './words';

export type NoteKind = 'ordinary' | 'story' | 'questions' | 'set';

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function sentence(rng: Rng, min = 6, max = 16): string {
  const n = rng.int(min, max);
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(rng.pick(WORDS));
  const s = w.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

export function paragraph(rng: Rng, sentences = rng.int(2, 5)): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rng));
  return out.join(' ');
}

export function title(rng: Rng, n: number): string {
  return `${rng.pick(TITLE_WORDS)} ${rng.pick(TITLE_WORDS)} ${n}`;
}

/** Decorates a sentence with an occasional link, tag, bold or inline code. */
function richSentence(rng: Rng, noteCount: number): string {
  let s = sentence(rng);
  const r = rng.next();
  if (r < 0.2) s += ` See [[Note ${rng.int(0, noteCount - 1)}]].`;
  else if (r < 0.3) s += ` #${rng.pick(PLAIN_TAGS)}`;
  else if (r < 0.38) s = `**${s}**`;
  else if (r < 0.4005) s += ' Use `#story` in code, not a tag.';
  return s;
}

/** Blocks of ordinary markdown (headings, lists, nested lists, quotes, fences) appended until `bytes` is reached. */
export function fillBlocks(rng: Rng, lines: string[], bytes: number, noteCount: number): void {
  let size = lines.reduce((n, l) => n + l.length + 1, 0);
  const push = (l: string): void => {
    lines.push(l);
    size += l.length + 1;
  };
  while (size < bytes) {
    const r = rng.next();
    if (r < 0.15) push(`${'#'.repeat(rng.int(2, 4))} ${rng.pick(TITLE_WORDS)} ${rng.pick(WORDS)}`);
    else if (r < 0.45) {
      const ps: string[] = [];
      for (let i = rng.int(2, 4); i > 0; i--) ps.push(richSentence(rng, noteCount));
      push(ps.join(' '));
    } else if (r < 0.75) {
      const ordered = rng.chance(0.3);
      for (let i = 1, n = rng.int(2, 6); i <= n; i++) {
        push(`${ordered ? `${i}.` : '-'} ${richSentence(rng, noteCount)}`);
        if (rng.chance(0.3)) push(`${rng.chance(0.5) ? '\t' : '    '}- ${sentence(rng, 3, 8)}`);
      }
    } else if (r < 0.85) push(`> ${sentence(rng)}`);
    else if (r < 0.9) {
      push('```js');
      push(`const ${rng.pick(WORDS)}Count = ${rng.int(1, 99)}; // ${sentence(rng, 3, 6)}`);
      // Rarely, a rule tag inside code: the quick tag test passes, the scan must reject it.
      if (rng.chance(0.02)) push(`// #story is not a tag inside a fence`);
      push('```');
    } else push(`- [ ] ${sentence(rng, 3, 8)}`);
    push('');
  }
}

function frontmatterBlock(fields: string[]): string[] {
  return ['---', ...fields, '---'];
}

export function ordinaryNote(rng: Rng, n: number, withFm: boolean, bytes: number, noteCount: number): string {
  const lines: string[] = [];
  if (withFm) {
    const fm = [`created: 2025-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`];
    fm.push(`tags: [${rng.sample(PLAIN_TAGS, rng.int(1, 3)).join(', ')}]`);
    if (rng.chance(0.3)) fm.push(`aliases:\n  - ${title(rng, n)}`);
    if (rng.chance(0.2)) fm.push(`rating: ${rng.int(1, 5)}`);
    lines.push(...frontmatterBlock(fm));
  }
  lines.push(`# ${title(rng, n)}`, '');
  if (rng.chance(0.5)) lines.push(`#${rng.pick(PLAIN_TAGS)} #${rng.pick(PLAIN_TAGS)}`, '');
  fillBlocks(rng, lines, bytes, noteCount);
  return lines.join('\n');
}

/** A principle reference in one of the forms a story may use; `bad` misspells it. */
function principleName(rng: Rng): { set: typeof SET_A; name: string } {
  const set = rng.chance(0.8) ? SET_A : SET_B;
  return { set, name: rng.pick(set.principles) };
}

function misspell(name: string): string {
  return name.length > 4 ? name.slice(0, 2) + name.slice(3) : name + 'x';
}

const PART_NAMES = [
  ['Situation', 'Task', 'Action', 'Result'],
  ['S', 'T', 'A', 'R'],
];

/**
 * Story notes in every format the index reads: frontmatter `principles` + STAR headings,
 * `#story` + bold labels, tags `#lp/<slug>`, wikilinks to a principle heading; some unmapped
 * (suggestions) and some with a misspelled principle (a warning).
 */
export function storyNote(rng: Rng, n: number, withFm: boolean, bytes: number, noteCount: number): string {
  const lines: string[] = [];
  const format = rng.int(0, 3);
  const p1 = principleName(rng);
  const p2 = principleName(rng);
  const unmapped = rng.chance(0.1);
  const bad = !unmapped && rng.chance(0.1);
  // Bold-label stories (format 1) name their principle with a link in the Result, most of the time.
  const linkPart = format === 3 ? 0 : format === 1 && rng.chance(0.7) ? 3 : -1;
  const first = bad ? misspell(p1.name) : p1.name;
  const storyTitle = `Story ${n}: ${rng.pick(SITUATIONS)}`;
  // Every story note carries `type: story` or a story tag; a fifth of all notes have frontmatter.
  const fmNeeded = withFm || format === 0;
  if (fmNeeded) {
    const fm = ['type: story', `title: "${storyTitle}"`];
    if (!unmapped && format === 0) fm.push(rng.chance(0.5) ? `principles: [${JSON.stringify(first)}, ${JSON.stringify(p2.name)}]` : `principles:\n  - ${JSON.stringify(first)}\n  - "[[${p2.set.title}#${p2.name}]]"`);
    if (format === 2 && !unmapped) fm.push(`tags: [story, lp/${slug(p1.name)}]`);
    lines.push(...frontmatterBlock(fm));
  }
  if (!fmNeeded || format !== 0) lines.push(format === 2 && !unmapped && !fmNeeded ? `#story #lp/${slug(p1.name)}` : '#story', '');
  lines.push(`# ${storyTitle}`, '');
  const names = PART_NAMES[rng.int(0, 1)];
  const headings = format === 0 || format === 2 || (format === 3 && rng.chance(0.5));
  const parts = rng.chance(0.1) ? names.slice(0, 3) : rng.chance(0.15) ? [...names, names === PART_NAMES[0] ? 'Learning' : 'L'] : names;
  for (const part of parts) {
    const text = paragraph(rng, rng.int(2, 5)) + (part.startsWith('R') && rng.chance(0.6) ? ` Revenue grew ${rng.int(2, 40)}%.` : '');
    const link = !unmapped && linkPart >= 0 && part === parts[Math.min(linkPart, parts.length - 1)] ? ` This showed [[${p1.set.title}#${first}]].` : '';
    if (headings) lines.push(`## ${part}`, text + link, '');
    else lines.push(`**${part}:** ${text}${link}`, '');
  }
  lines.push('## Notes', '');
  fillBlocks(rng, lines, bytes, noteCount);
  return lines.join('\n');
}

function question(rng: Rng): string {
  return `${rng.pick(PROMPTS)} ${rng.pick(SITUATIONS)}?`;
}

/** An inline STAR run in bold labels, optionally indented inside a list item. */
function inlineStar(rng: Rng, lines: string[], indent: string): void {
  if (rng.chance(0.4)) lines.push(`${indent}**Story: ${rng.pick(SITUATIONS)}**`, '');
  for (const k of ['S', 'T', 'A', 'R']) lines.push(`${indent}**${k}:** ${paragraph(rng, rng.int(1, 3))}`, '');
}

/** A `#questions` note: prompts as top-level items, follow-ups nested, labels naming principles, an inline story. */
export function questionNote(rng: Rng, n: number, withFm: boolean, bytes: number, noteCount: number): string {
  const lines: string[] = [];
  if (withFm) lines.push(...frontmatterBlock(['tags: [questions, interview]', `company: ${SET_A.tag}`]));
  else lines.push('#questions #interview', '');
  lines.push(`# Question bank ${n}`, '');
  for (let section = 0; section < 3; section++) {
    const label = rng.chance(0.6) ? rng.pick(SET_A.principles) : rng.pick(TITLE_WORDS);
    lines.push(`**${label}:**`);
    for (let i = rng.int(2, 4); i > 0; i--) {
      lines.push(`- ${question(rng)}`);
      for (let j = rng.int(0, 2); j > 0; j--) lines.push(`\t- ${sentence(rng, 4, 9).replace(/\.$/, '?')}`);
    }
    lines.push('');
  }
  if (rng.chance(0.5)) inlineStar(rng, lines, '');
  fillBlocks(rng, lines, bytes, noteCount);
  return lines.join('\n');
}

/** A principle-set note in the seed's shape: H1 title, principles at H3, then `Main:` sections with questions and stories. */
export function setNote(rng: Rng, set: typeof SET_A, nested: boolean): string {
  const lines: string[] = [nested ? `#principles/${set.tag} #interview` : `#principles #${set.tag} #interview`, '', `# ${set.title}`, ''];
  for (const p of set.principles) lines.push(`### ${p}`, paragraph(rng, rng.int(2, 3)), '');
  for (const main of rng.sample(set.principles, Math.min(6, set.principles.length))) {
    lines.push(`### Main: ${main}`, '');
    const subs = rng.sample(set.principles.filter((p) => p !== main), 2);
    lines.push(`**Sub: ${subs.join(', ')}**`, '');
    for (let i = 1, k = rng.int(2, 4); i <= k; i++) lines.push(`${i}. **${question(rng)}**`);
    lines.push('');
    for (let i = 1, k = rng.int(2, 4); i <= k; i++) lines.push(`${i}. ${sentence(rng, 4, 9).replace(/\.$/, '?')}`);
    lines.push('');
    inlineStar(rng, lines, rng.chance(0.5) ? '    ' : '');
  }
  return lines.join('\n');
}
