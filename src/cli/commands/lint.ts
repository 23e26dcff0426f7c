// `obsidian-interview-prep lint <vault> [--json]`: every warning, and the health of every story.
// Exit 1 when a note could not be read or parsed (a warning of severity `error`), else 0.
import { healthOf } from '../../core/coverage/health';
import type { StoryHealth } from '../../core/coverage/types';
import type { IndexWarning, Story } from '../../core/model';
import { plural } from '../../core/coverage/phrases';
import { renderTextTable } from '../format';
import { lintJson, renderJson } from '../json-contract';
import type { LoadedVault } from '../load-vault';

interface StoryLint {
  story: Story;
  health: StoryHealth;
}

/** Every story of the vault, in index order, with its health. Sketches are not STAR yet: not checked. */
export function storiesWithHealth(vault: LoadedVault): StoryLint[] {
  return vault.snapshot.stories.filter((story) => story.kind !== 'sketch').map((story) => ({ story, health: healthOf(story) }));
}

/** Errors first, then by note and line: what to fix first reads first. */
function byUrgency(a: IndexWarning, b: IndexWarning): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line;
}

export function lintText(vault: LoadedVault, stories: StoryLint[]): string {
  const parts: string[] = [];
  const warnings = [...vault.warnings].sort(byUrgency);
  const errors = vault.warnings.filter((w) => w.severity === 'error').length;
  if (vault.warnings.length === 0) parts.push('No warnings.\n');
  else {
    parts.push(`Warnings (${vault.warnings.length}):\n`);
    parts.push(
      renderTextTable({
        headers: ['Where', 'Severity', 'Code', 'Message'],
        rows: warnings.map((w) => [`${w.path}:${w.line}`, w.severity, w.code, w.message + (w.suggestion && !w.message.includes(w.suggestion) ? ` Did you mean "${w.suggestion}"?` : '')]),
      }),
    );
  }
  const sick = stories.filter((s) => s.health.issues.length > 0);
  const sketches = vault.snapshot.stories.filter((s) => s.kind === 'sketch').length;
  const sketched = sketches > 0 ? ` (${plural(sketches, 'sketch', 'sketches')} not written as STAR yet, not checked)` : '';
  parts.push(`\nStory health: ${stories.length} stories checked, ${sick.length} with issues${sketched}.\n`);
  if (sick.length > 0) {
    const rows: string[][] = [];
    for (const { story, health } of sick) {
      for (const issue of health.issues) rows.push([`${story.path}:${story.line}`, story.title, issue.code, issue.message]);
    }
    parts.push(renderTextTable({ headers: ['Where', 'Story', 'Issue', 'Detail'], rows }));
  }
  parts.push(`\n${plural(errors, 'error')}, ${plural(vault.warnings.length - errors, 'warning')}, ${plural(sick.length, 'story', 'stories')} with issues.\n`);
  return parts.join('');
}

export function runLint(vault: LoadedVault, json: boolean, out: (s: string) => void): number {
  const stories = storiesWithHealth(vault);
  out(json ? renderJson(lintJson(vault.warnings, stories)) : lintText(vault, stories));
  return vault.warnings.some((w) => w.severity === 'error') ? 1 : 0;
}
