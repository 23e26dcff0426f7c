// Issue 13, items 4 and 5, on the user's real note: answer cues under questions and story sketches.
import { readFileSync } from 'fs';
import { join } from 'path';
import { VaultIndex } from '../../../src/core/index/vault-index';
import type { IndexSnapshot } from '../../../src/core/model';
import { SEED_VAULT, seedVaultPresent } from '../../seed-vault';

const maybe = seedVaultPresent('cue and sketch acceptance') ? describe : describe.skip;

maybe('answer cues and story sketches in the seed note', () => {
  let snap: IndexSnapshot;
  let lines: string[];
  beforeAll(() => {
    const body = readFileSync(join(SEED_VAULT, 'Interview', 'Amazon Leadership Principles.md'), 'utf8');
    lines = body.split(/\r\n?|\n/);
    const index = new VaultIndex();
    index.upsert({ path: 'Interview/Amazon Leadership Principles.md', frontmatter: null, body, bodyLine: 0 });
    snap = index.snapshot();
  });

  /** The question on the nearest line above `line`. */
  const questionAbove = (line: number) => snap.questions.filter((q) => q.line < line).pop();
  /** A line as the cue shows it: no bullet, no bold markers. */
  const shown = (line: number) => lines[line - 1].trim().replace(/^•\s*/, '').replace(/\*\*/g, '').trim();

  it.each([153, 157, 161, 165, 171, 175, 195, 203, 207, 213])('the cue on line %i belongs to the question above it', (line) => {
    const q = questionAbove(line);
    expect(q?.cues).toContain(shown(line));
    for (const other of snap.questions) if (other !== q) expect(other.cues).not.toContain(shown(line));
  });

  it('finds cues only under questions: ten lines and the reminders above them', () => {
    const all = snap.questions.flatMap((q) => q.cues);
    const allowed = new Set([153, 157, 161, 165, 171, 175, 195, 203, 207, 213, 133, 135, 167].map(shown));
    expect(all.every((c) => allowed.has(c))).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(10);
  });

  it('never takes a line of an inline STAR story as a cue', () => {
    const cues = new Set(snap.questions.flatMap((q) => q.cues));
    for (const s of snap.stories.filter((x) => x.kind === 'inline')) {
      for (let l = s.line; l <= s.endLine; l++) expect(cues.has(shown(l))).toBe(false);
    }
  });

  it('finds the sketches at lines 215 and 219, with their paragraph as body, and nothing else', () => {
    const sketches = snap.stories.filter((s) => s.kind === 'sketch');
    expect(sketches.map((s) => [s.line, s.endLine])).toEqual([[215, 217], [219, 221]]);
    expect(sketches.map((s) => s.title)).toEqual([shown(215), shown(219)]);
    expect(sketches[0].body).toBe(lines[216].trim());
    expect(sketches.every((s) => s.parts.length === 0)).toBe(true);
  });

  it('takes the reminders (133, 135, 167) for no sketch, and the Questions list (233) for neither', () => {
    const starts = new Set(snap.stories.map((s) => s.line));
    for (const line of [133, 135, 167, 187, 233]) expect(starts.has(line)).toBe(false);
    const cues = new Set(snap.questions.flatMap((q) => q.cues));
    for (let line = 233; line <= 240; line++) {
      if (lines[line - 1].trim() !== '') expect(cues.has(shown(line).replace(/^\d+\.\s*/, ''))).toBe(false);
    }
    expect(snap.stories.some((s) => s.line >= 223)).toBe(false);
  });
});
