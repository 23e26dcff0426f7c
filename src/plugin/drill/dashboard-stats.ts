// What the dashboard shows about drills: per principle when it was last drilled, its average
// rating and due count, and a countdown to the set's interview. The dashboard renderer calls
// loadDashboardDrillStats when it redraws and renderDrillButton next to each principle or gap.
import { countdownText, daysAgoText, parseInterviewDate } from '../../core/drill/interview-date';
import { buildHistory, principleStats, type DrillHistory, type PrincipleDrillStats } from '../../core/drill/history';
import { drillProgress, type DrillProgress } from '../../core/drill/progress';
import type { IndexSnapshot } from '../../core/model';
import { clockOf, type DrillHost } from './host';
import { readDrillLog } from './log-store';
import { drillPrinciple } from './start';

export interface DashboardDrillStats {
  /** Per principle id. */
  stats: Map<string, PrincipleDrillStats>;
  now: Date;
  /** "Interview in 5 days" for a set with a date, else null. */
  countdown(setId: string): string | null;
  /** "3 days ago · avg 2.5 · 2 due", or "never drilled". */
  text(principleId: string): string;
  /** Calendar, trends, due counts and countdown of a set, from the log. */
  progress(setId: string): DrillProgress;
  /** A principle's name, or its id when it is no longer in the vault. */
  principleName(id: string): string;
}

export function dashboardDrillStats(
  snapshot: IndexSnapshot,
  history: DrillHistory,
  stats: Map<string, PrincipleDrillStats>,
  interviewDates: Record<string, string>,
  now: Date,
): DashboardDrillStats {
  const names = new Map(snapshot.principles.map((p) => [p.id, p.name]));
  return {
    stats,
    now,
    countdown(setId) {
      const d = parseInterviewDate(interviewDates[setId]);
      return d ? countdownText(d, now) : null;
    },
    progress: (setId) => drillProgress(history, setId, now, parseInterviewDate(interviewDates[setId])),
    principleName: (id) => names.get(id) ?? id,
    text(principleId) {
      const s = stats.get(principleId);
      if (!s || !s.lastDrilled) return 'never drilled';
      const parts = [`drilled ${daysAgoText(s.lastDrilled, now)}`];
      if (s.avgRating !== null) parts.push(`avg ${s.avgRating.toFixed(1)}`);
      if (s.dueCount > 0) parts.push(`${s.dueCount} due`);
      return parts.join(' · ');
    },
  };
}

export async function loadDashboardDrillStats(host: DrillHost): Promise<DashboardDrillStats> {
  const snapshot = host.index.snapshot();
  const log = await readDrillLog(host.app, host.settings.drillLogPath);
  const now = clockOf(host)();
  const history = buildHistory(log.attempts, snapshot, host.settings.interviewDates);
  return dashboardDrillStats(snapshot, history, principleStats(snapshot, history, now), host.settings.interviewDates, now);
}

/** A small "Drill" button that starts a drill of one principle. */
export function renderDrillButton(parent: HTMLElement, host: DrillHost, principleId: string): HTMLElement {
  const btn = parent.createEl('button', { cls: 'ip-drill-dashboard-button', text: 'Drill', attr: { 'aria-label': 'Drill this principle' } });
  btn.addEventListener('click', (evt) => {
    evt.stopPropagation();
    void drillPrinciple(host, principleId);
  });
  return btn;
}
