// The gaps panel (principles below target with their stories so far) and the warnings panel.
import type { DashboardModel } from './model';
import { noteLink } from './links';
import { readAsNote } from './render-matrix';
import { drillButton, type DashboardDrill } from '../../drill/dashboard-panel';
import { newStoryButton } from '../../authoring/gap-button';

export function renderGaps(parent: HTMLElement, model: DashboardModel, drill?: DashboardDrill, newStory?: (principleId: string) => void): void {
  const report = model.report;
  if (!report) return;
  const panel = parent.createDiv({ cls: 'ip-panel ip-gaps' });
  const below = report.principles.filter((pc) => pc.status !== 'ok');
  panel.createEl('h4', { text: below.length ? `Gaps (${below.length})` : 'Gaps' });
  if (below.length === 0) {
    panel.createDiv({ cls: 'ip-empty', text: `Every principle has ${report.target} or more stories.` });
    return;
  }
  const titles = new Map(report.stories.map((sc) => [sc.story.id, sc.story]));
  const list = panel.createEl('ul');
  for (const pc of below) {
    const li = list.createEl('li', { cls: `ip-status-${pc.status}` });
    // Name, count and the row's buttons on one line; the stories so far below.
    const head = li.createDiv({ cls: 'ip-gap-head' });
    noteLink(head, pc.principle.name, pc.principle.path, pc.principle.line);
    head.createSpan({ cls: 'ip-gap-count', text: ` ${pc.count} of ${report.target}` });
    if (pc.questions > 0) {
      head.createSpan({
        cls: 'ip-gap-cues',
        text: ` · ${pc.cuedQuestions}/${pc.questions} cued`,
        attr: { title: `${pc.cuedQuestions} of the ${pc.questions} questions for ${pc.principle.name} have an answer cue under them` },
      });
    }
    readAsNote(head, model.readAsCounts.get(pc.principle.id) ?? 0);
    if (drill || newStory) {
      const actions = head.createSpan({ cls: 'ip-gap-actions' });
      if (drill) drillButton(actions, drill, pc.principle.id, pc.principle.name);
      if (newStory) newStoryButton(actions, newStory, pc.principle.id, pc.principle.name);
    }
    const stories = pc.stories.map((s) => titles.get(s.storyId)).filter((s) => s !== undefined);
    if (stories.length) {
      const line = li.createDiv({ cls: 'ip-gap-stories' });
      stories.forEach((s, i) => {
        if (i > 0) line.appendText(', ');
        noteLink(line, s.title, s.path, s.line);
      });
    }
    const suggested = pc.suggestedStories.map((id) => titles.get(id)).filter((s) => s !== undefined);
    if (suggested.length) {
      const hint = li.createDiv({ cls: 'ip-suggested' });
      hint.appendText('Suggested: ');
      suggested.forEach((s, i) => {
        if (i > 0) hint.appendText(', ');
        noteLink(hint, s.title, s.path, s.line);
      });
    }
  }
}

export function renderWarnings(parent: HTMLElement, model: DashboardModel): void {
  const panel = parent.createDiv({ cls: 'ip-panel ip-warnings' });
  const warnings = model.warnings;
  panel.createEl('h4', { text: warnings.length ? `Warnings (${warnings.length})` : 'Warnings' });
  if (warnings.length === 0) {
    panel.createDiv({ cls: 'ip-empty', text: 'No warnings.' });
    return;
  }
  const list = panel.createEl('ul');
  for (const w of warnings) {
    const li = list.createEl('li', { cls: `ip-warning ip-severity-${w.severity}` });
    noteLink(li, `${w.path}:${w.line}`, w.path, w.line);
    li.createSpan({ cls: 'ip-warning-message', text: ` ${w.message}` });
    if (w.suggestion && !w.message.includes(w.suggestion)) li.createSpan({ cls: 'ip-warning-suggestion', text: ` Did you mean “${w.suggestion}”?` });
  }
}
