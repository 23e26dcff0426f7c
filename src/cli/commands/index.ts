// `interview-prep index <vault> [--json]`: the whole index as the JSON contract in docs/cli.md, or a summary.
import type { IndexWarning, Principle, Question, Story } from '../../core/model';
import type { LoadedVault } from '../load-vault';
import { renderJson } from '../format/json';
import { plural } from '../../core/coverage/phrases';

/** Field order follows the contract; fields may be added here, never renamed. */
export function indexJson(vault: LoadedVault): unknown {
  const { snapshot } = vault;
  return {
    version: 1,
    sets: snapshot.sets.map((s) => ({ id: s.id, name: s.name, path: s.path })),
    principles: snapshot.principles.map((p: Principle) => ({
      id: p.id,
      name: p.name,
      set: p.set,
      path: p.path,
      line: p.line,
      description: p.description,
      aliases: p.aliases,
    })),
    stories: snapshot.stories.map((s: Story) => ({
      id: s.id,
      title: s.title,
      path: s.path,
      line: s.line,
      endLine: s.endLine,
      kind: s.kind,
      parts: s.parts,
      partLines: Object.fromEntries(s.parts.map((k) => [k, s.partText[k]?.line ?? s.line])),
      principles: s.principles.map((r) => ({ id: r.id, role: r.role, source: r.source })),
      reading: s.reading.map((r) => ({ id: r.id, score: r.score })),
      suggestions: s.suggestions,
      ...(s.kind === 'sketch' ? { body: s.body ?? '' } : {}),
    })),
    questions: snapshot.questions.map(questionJson),
    warnings: vault.warnings.map(warningJson),
  };
}

/** A question as in the contract; `drill --json` lists its questions the same way. */
export function questionJson(q: Question): unknown {
  return {
    id: q.id,
    text: q.text,
    path: q.path,
    line: q.line,
    category: q.category,
    followUps: q.followUps,
    cues: q.cues,
    principles: q.principles.map((r) => ({ id: r.id, role: r.role, source: r.source })),
    reading: q.reading.map((r) => ({ id: r.id, score: r.score })),
    suggestions: q.suggestions,
    set: q.set,
  };
}

export function warningJson(w: IndexWarning): unknown {
  return { code: w.code, severity: w.severity, path: w.path, line: w.line, message: w.message, suggestion: w.suggestion ?? null };
}

export function indexSummary(vault: LoadedVault, root: string): string {
  const { snapshot } = vault;
  const lines = [`Indexed ${plural(vault.notesIndexed, 'note')} of ${plural(vault.notesRead, 'markdown file')} in ${root}`];
  const perSet = snapshot.sets.map((set) => `${set.id} (${plural(snapshot.principles.filter((p) => p.set === set.id).length, 'principle')})`);
  lines.push(`  ${plural(snapshot.sets.length, 'principle set')}${perSet.length > 0 ? ': ' + perSet.join(', ') : ''}`);
  const inline = snapshot.stories.filter((s) => s.kind === 'inline').length;
  const drafts = snapshot.stories.filter((s) => s.kind === 'draft').length;
  const sketches = snapshot.stories.filter((s) => s.kind === 'sketch').length;
  const written = snapshot.stories.length - drafts - sketches;
  const draftText = drafts > 0 ? `; ${plural(drafts, 'draft')} with nothing written yet, not counted` : '';
  const sketched = sketches > 0 ? `; ${plural(sketches, 'sketch', 'sketches')} not written as STAR yet` : '';
  lines.push(`  ${plural(written, 'story', 'stories')} (${written - inline} story notes, ${inline} inline${draftText}${sketched})`);
  const mapped = snapshot.questions.filter((q) => q.principles.length > 0).length;
  lines.push(`  ${plural(snapshot.questions.length, 'question')} (${mapped} mapped to principles)`);
  const errors = vault.warnings.filter((w) => w.severity === 'error').length;
  const tail = vault.warnings.length > 0 ? ': run `interview-prep lint` for details' : '';
  lines.push(`  ${plural(vault.warnings.length, 'warning')} (${plural(errors, 'error')})${tail}`);
  return lines.join('\n') + '\n';
}

export function runIndex(vault: LoadedVault, root: string, json: boolean, out: (s: string) => void): number {
  out(json ? renderJson(indexJson(vault)) : indexSummary(vault, root));
  return 0;
}
