// The dashboard header: set selector, principles at target, loop readiness, counts.
import type { DashboardModel } from './model';
import type { CoverageReport } from '../../core/coverage/types';
import { listNames } from '../../core/coverage/phrases';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function loopText(report: CoverageReport): string {
  const t = report.target;
  const { loop } = report;
  if (report.principles.length === 0) return 'Loop readiness: the set has no principles yet.';
  const stories = plural(t, 'story', 'different stories');
  if (loop.ready) return `Loop ready: every principle can get ${stories} with no story told twice.`;
  // Long lists read badly (and names may hold commas): past three, give the slot count instead.
  if (loop.blocking.length > 3) {
    // Each new story fills one slot at most: the empty slots are a floor on stories to write.
    const missing = loop.needed - loop.filled;
    return `Loop not ready: only ${loop.filled} of ${loop.needed} story slots can be filled without telling a story twice; ${loop.blocking.length} principles fall short, so at least ${plural(missing, 'more story is', 'more stories are')} needed.`;
  }
  const names = loop.blocking.map((id) => `“${report.principles.find((p) => p.principle.id === id)?.principle.name ?? id}”`);
  return `Loop not ready: ${listNames(names)} cannot get ${stories} without telling a story twice.`;
}

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
  const loop = header.createDiv({ cls: 'ip-summary-line ip-loop', text: loopText(report) });
  loop.toggleClass('ip-status-ok', report.loop.ready && total > 0);
  loop.toggleClass('ip-status-gap', !report.loop.ready);
  header.createDiv({
    cls: 'ip-summary-line ip-counts',
    text:
      `${plural(report.stories.length - report.drafts, 'story', 'stories')} · ${plural(report.questionCount, 'question', 'questions')}` +
      (report.drafts > 0 ? ` · ${plural(report.drafts, 'draft', 'drafts')}` : ''),
  });
}
