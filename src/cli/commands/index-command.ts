// `obsidian-interview-prep index <vault> [--json]`: a summary of what was indexed, or the whole index as
// the JSON contract (json-contract.ts, docs/cli.md).
import type { LoadedVault } from '../load-vault';
import { indexJson, renderJson } from '../json-contract';
import { plural } from '../../core/coverage/phrases';

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
  const tail = vault.warnings.length > 0 ? ': run `obsidian-interview-prep lint` for details' : '';
  lines.push(`  ${plural(vault.warnings.length, 'warning')} (${plural(errors, 'error')})${tail}`);
  return lines.join('\n') + '\n';
}

export function runIndex(vault: LoadedVault, root: string, json: boolean, out: (s: string) => void): number {
  out(json ? renderJson(indexJson(vault.snapshot, vault.warnings)) : indexSummary(vault, root));
  return 0;
}
