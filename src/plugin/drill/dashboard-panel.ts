// The dashboard's drill additions: a "Drills" panel (interview countdown; per principle when last
// drilled, average rating, due count and a Drill button) and the Drill button on each gap. Stats
// need the log note, which is read asynchronously: DashboardDrillCache keeps the last stats and,
// once fresher ones are loaded, fills them into the drawn panel in place (no redraw of the
// dashboard, so nothing else on it flickers or loses focus).
import { normalizePath, TFile } from 'obsidian';
import { formatDay } from '../../core/local-date';
import type { CoverageReport } from '../../core/coverage/types';
import type { DrillProgress } from '../../core/drill/progress';
import { loadDashboardDrillStats, type DashboardDrillStats } from './dashboard-stats';
import { clockOf, type DrillHost } from './host';
import { renderProgress } from './progress-chart';
import { drillPrinciple } from './start';

/** What the dashboard renderer needs; absent (code blocks), no drill UI is drawn. */
export interface DashboardDrill {
  start(principleId: string): void;
  /** "drilled 3 days ago · avg 2.5 · 2 due", or "never drilled"; '' while loading. */
  text(principleId: string): string;
  countdown(setId: string): string | null;
  /** The set's progress; null while loading. */
  progress(setId: string): DrillProgress | null;
  principleName(id: string): string;
}

const STAT_ATTR = 'data-ip-drill-stat';
const COUNTDOWN_ATTR = 'data-ip-drill-countdown';
const PROGRESS_ATTR = 'data-ip-drill-progress';

function drawProgress(el: HTMLElement, drill: DashboardDrill): void {
  const p = drill.progress(el.getAttribute(PROGRESS_ATTR) ?? '');
  if (p) renderProgress(el, p, (id) => drill.principleName(id));
}

/** Writes fresh stats into a drawn drills panel. */
export function fillDrillPanel(root: HTMLElement, drill: DashboardDrill): void {
  root.querySelectorAll<HTMLElement>(`[${STAT_ATTR}]`).forEach((el) => el.setText(drill.text(el.getAttribute(STAT_ATTR) ?? '')));
  root.querySelectorAll<HTMLElement>(`[${COUNTDOWN_ATTR}]`).forEach((el) => el.setText(drill.countdown(el.getAttribute(COUNTDOWN_ATTR) ?? '') ?? ''));
  root.querySelectorAll<HTMLElement>(`[${PROGRESS_ATTR}]`).forEach((el) => drawProgress(el, drill));
}

export function drillButton(parent: HTMLElement, drill: DashboardDrill, principleId: string, name: string): HTMLElement {
  const btn = parent.createEl('button', { cls: 'ip-drill-dashboard-button', text: 'Drill', attr: { 'aria-label': `Drill ${name}` } });
  btn.addEventListener('click', (evt) => {
    evt.preventDefault();
    evt.stopPropagation();
    drill.start(principleId);
  });
  return btn;
}

export function renderDrillPanel(parent: HTMLElement, report: CoverageReport, drill: DashboardDrill): void {
  const panel = parent.createDiv({ cls: 'ip-panel ip-drill-panel' });
  panel.createEl('h4', { text: 'Drills' });
  panel.createDiv({ cls: 'ip-drill-countdown', text: drill.countdown(report.set.id) ?? '', attr: { [COUNTDOWN_ATTR]: report.set.id } });
  const list = panel.createEl('ul');
  for (const pc of report.principles) {
    // A row inside the item (as in the gaps panel), so the list keeps its bullets.
    const row = list.createEl('li', { cls: 'ip-drill-principle' }).createDiv({ cls: 'ip-drill-row' });
    row.createSpan({ cls: 'ip-drill-principle-name', text: pc.principle.name });
    row.createSpan({ cls: 'ip-drill-stat', text: drill.text(pc.principle.id), attr: { [STAT_ATTR]: pc.principle.id } });
    drillButton(row, drill, pc.principle.id, pc.principle.name);
  }
  // Progress gets its own panel: on a phone the panels stack and it reads on its own.
  const progress = parent.createDiv({ cls: 'ip-panel ip-progress-panel' });
  progress.createEl('h4', { text: 'Progress' });
  drawProgress(progress.createDiv({ cls: 'ip-progress', attr: { [PROGRESS_ATTR]: report.set.id } }), drill);
}

export class DashboardDrillCache {
  private stats: DashboardDrillStats | null = null;
  private loadedKey: string | null = null;
  private loading: string | null = null;

  constructor(
    private readonly host: DrillHost & { index: { revision?: number } },
    /** The element the dashboard is drawn in. */
    private readonly root: () => HTMLElement,
  ) {}

  /** Changes when the index, the log note, the settings or the day change. */
  private key(): string {
    const { settings, app } = this.host;
    const file = app.vault.getAbstractFileByPath(normalizePath(settings.drillLogPath));
    const mtime = file instanceof TFile ? file.stat.mtime : 0;
    return [this.host.index.revision ?? 0, settings.drillLogPath, mtime, JSON.stringify(settings.interviewDates), formatDay(clockOf(this.host)())].join('|');
  }

  /** The decor for this draw; starts loading fresher stats when needed. */
  decor(): DashboardDrill {
    const key = this.key();
    if (key !== this.loadedKey && key !== this.loading) {
      this.loading = key;
      void loadDashboardDrillStats(this.host).then(
        (stats) => {
          if (this.loading !== key) return;
          this.stats = stats;
          this.loadedKey = key;
          this.loading = null;
          fillDrillPanel(this.root(), this.current());
        },
        () => {
          this.loading = null;
        },
      );
    }
    return this.current();
  }

  private current(): DashboardDrill {
    const stats = this.stats;
    return {
      start: (id) => void drillPrinciple(this.host, id),
      text: (id) => (stats ? stats.text(id) : ''),
      countdown: (setId) => stats?.countdown(setId) ?? null,
      progress: (setId) => stats?.progress(setId) ?? null,
      principleName: (id) => stats?.principleName(id) ?? id,
    };
  }
}
