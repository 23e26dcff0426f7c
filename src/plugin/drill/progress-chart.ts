// The dashboard's progress panel, drawn as SVG (createSvg: no markup strings) and coloured by
// theme variables in styles.css: due counts and the countdown as tiles, a practice calendar of
// the last weeks (one square a day, darker with more attempts) and a sparkline of each
// principle's latest ratings. The figures come from core/drill/progress.ts (the log alone).
import type { DrillProgress, PrincipleTrend } from '../../core/drill/progress';

const CELL = 11;
const GAP = 3;
const STEP = CELL + GAP;
const TREND_W = 120;
const TREND_H = 28;
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** 0 for no attempt, then 1–4 for 1, 2, 3–4 and 5+ attempts. */
export function calendarLevel(attempts: number): number {
  if (attempts <= 0) return 0;
  if (attempts === 1) return 1;
  if (attempts === 2) return 2;
  return attempts <= 4 ? 3 : 4;
}

function tile(parent: HTMLElement, value: string, label: string, cls = ''): void {
  const t = parent.createDiv({ cls: `ip-progress-tile ${cls}`.trim() });
  t.createDiv({ cls: 'ip-progress-value', text: value });
  t.createDiv({ cls: 'ip-progress-label', text: label });
}

function countdown(daysLeft: number): [string, string] {
  if (daysLeft > 0) return [String(daysLeft), daysLeft === 1 ? 'day to the interview' : 'days to the interview'];
  if (daysLeft === 0) return ['Today', 'is the interview'];
  return [String(-daysLeft), -daysLeft === 1 ? 'day since the interview' : 'days since the interview'];
}

function renderCalendar(parent: HTMLElement, p: DrillProgress): void {
  const weeks = p.calendar.length > 0 ? p.calendar[p.calendar.length - 1].week + 1 : 0;
  const total = p.calendar.reduce((n, d) => n + d.attempts, 0);
  const svg = parent.createSvg('svg', {
    cls: 'ip-progress-calendar',
    attr: { viewBox: `0 0 ${weeks * STEP} ${7 * STEP}`, role: 'img', 'aria-label': `Practice calendar: ${total} attempts on ${p.activeDays} days in the last ${weeks} weeks` },
  });
  for (const d of p.calendar) {
    const rect = svg.createSvg('rect', {
      cls: `ip-cal-cell ip-cal-level-${calendarLevel(d.attempts)}`,
      attr: { x: d.week * STEP, y: d.weekday * STEP, width: CELL, height: CELL, rx: 2, 'data-date': d.date, 'data-attempts': d.attempts },
    });
    rect.createSvg('title').textContent = `${DAY_NAMES[d.weekday]} ${d.date}: ${d.attempts} ${d.attempts === 1 ? 'attempt' : 'attempts'}`;
  }
}

function renderTrend(parent: HTMLElement, t: PrincipleTrend, name: string): void {
  const row = parent.createDiv({ cls: 'ip-progress-trend' });
  row.createSpan({ cls: 'ip-progress-trend-name', text: name });
  const avg = t.scores.reduce((a, b) => a + b, 0) / t.scores.length;
  const svg = row.createSvg('svg', {
    cls: 'ip-progress-sparkline',
    attr: { viewBox: `0 0 ${TREND_W} ${TREND_H}`, role: 'img', 'aria-label': `${name}: last ${t.scores.length} ratings, average ${avg.toFixed(1)}` },
  });
  // Good (3) as a reference line: above it is where answers should land.
  const y = (score: number): number => 3 + ((4 - score) / 3) * (TREND_H - 6);
  svg.createSvg('line', { cls: 'ip-trend-good', attr: { x1: 0, x2: TREND_W, y1: y(3), y2: y(3) } });
  const dx = t.scores.length > 1 ? (TREND_W - 6) / (t.scores.length - 1) : 0;
  const points = t.scores.map((s, i) => `${(3 + i * dx).toFixed(1)},${y(s).toFixed(1)}`);
  svg.createSvg('polyline', { cls: 'ip-trend-line', attr: { points: points.join(' ') } });
  const last = t.scores[t.scores.length - 1];
  svg.createSvg('circle', { cls: 'ip-trend-last', attr: { cx: 3 + (t.scores.length - 1) * dx, cy: y(last), r: 2.5 } });
  row.createSpan({ cls: 'ip-progress-trend-avg', text: `avg ${avg.toFixed(1)}` });
}

/** Draws the progress of one set into `parent` (emptied first). */
export function renderProgress(parent: HTMLElement, p: DrillProgress, principleName: (id: string) => string): void {
  parent.empty();
  const tiles = parent.createDiv({ cls: 'ip-progress-tiles' });
  tile(tiles, String(p.dueToday), 'due today', p.dueToday > 0 ? 'ip-progress-due' : '');
  tile(tiles, String(p.dueTomorrow), 'due tomorrow');
  tile(tiles, String(p.activeDays), p.activeDays === 1 ? 'day practised' : 'days practised');
  if (p.interview) {
    const [value, label] = countdown(p.interview.daysLeft);
    tile(tiles, value, label, 'ip-progress-countdown');
  }
  parent.createDiv({ cls: 'ip-progress-heading', text: 'Practice calendar' });
  renderCalendar(parent, p);
  if (p.trends.length === 0) {
    parent.createDiv({ cls: 'ip-progress-empty', text: 'No ratings yet: drill a principle to see its trend.' });
    return;
  }
  parent.createDiv({ cls: 'ip-progress-heading', text: 'Ratings, latest on the right (Again 1 … Easy 4)' });
  for (const t of p.trends) renderTrend(parent, t, principleName(t.principle));
}
