// The dashboard header: set selector, principles at target, loop readiness, counts.
import type { DashboardModel } from './model';
import { loopSentence } from '../../../core/coverage/loop-text';
import { plural } from '../../../core/coverage/phrases';

export function renderSummary(parent: HTMLElement, model: DashboardModel, showSelector: boolean): void {
  const report = model.report;
  if (!report) return;
  const header = parent.createDiv({ cls: 'ip-summary' });
  const title = header.createDiv({ cls: 'ip-summary-title' });
  if (showSelector && model.sets.length > 1) {
    const select = title.createEl('select', { cls: ['dropdown', 'ip-set-select'], attr: { 'aria-label': 'Principle set' } });
    for (const s of model.sets) {
      const option = select.createEl('option', { text: s.name, value: s.id });
      if (s.id === report.set.id) option.selected = true;
    }
  } else {
    title.createSpan({ cls: 'ip-set-name', text: report.set.name });
  }
  const total = report.principles.length;
  const atTarget = header.createDiv({ cls: 'ip-summary-line ip-at-target' });
  atTarget.setText(`${report.atTarget} of ${plural(total, 'principle', 'principles')} at target (${plural(report.target, 'story', 'stories')} each)`);
  atTarget.toggleClass('ip-status-ok', total > 0 && report.atTarget === total);
  const loop = header.createDiv({ cls: 'ip-summary-line ip-loop', text: loopSentence(report) });
  loop.toggleClass('ip-status-ok', report.loop.ready && total > 0);
  loop.toggleClass('ip-status-gap', !report.loop.ready);
  header.createDiv({
    cls: 'ip-summary-line ip-counts',
    text:
      `${plural(report.stories.length - report.drafts, 'story', 'stories')} · ${plural(report.questionCount, 'question', 'questions')}` +
      (report.drafts > 0 ? ` · ${plural(report.drafts, 'draft', 'drafts')}` : ''),
  });
}
