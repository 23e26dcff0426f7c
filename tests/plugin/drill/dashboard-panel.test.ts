/** @jest-environment jsdom */
import { installObsidianDom, Modal } from '../../__mocks__/obsidian';
import { computeCoverage } from '../../../src/core/coverage/coverage';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../src/core/settings';
import { formatAttempt } from '../../../src/core/drill/log-format';
import { buildDashboardModel } from '../../../src/plugin/coverage/dashboard/model';
import { renderDashboard } from '../../../src/plugin/coverage/dashboard/render';
import { DashboardDrillCache, type DashboardDrill } from '../../../src/plugin/drill/dashboard-panel';
import type { DrillModal } from '../../../src/plugin/drill/drill-modal';
import { CO, DIVE, FRUG, orbitSnapshot } from '../../core/drill/fixture';
import { makeHost, mockApp } from './host';

installObsidianDom();
const snap = orbitSnapshot();

const tick = () => new Promise((r) => window.setTimeout(r, 0));

afterEach(() => {
  for (const m of Modal.opened) m.close();
  Modal.opened.length = 0;
});

function draw(drill?: DashboardDrill): HTMLElement {
  const set = snap.sets[0];
  const model = buildDashboardModel({ snapshot: snap, ready: true, set, sort: 'title', coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' });
  const el = createDiv();
  renderDashboard(el, model, { open: jest.fn(), selectSet: jest.fn(), sort: jest.fn() }, { drill });
  return el;
}

describe('drills on the dashboard', () => {
  it('without drill decor (code blocks) nothing drill-related is drawn', () => {
    const el = draw();
    expect(el.querySelectorAll('.ip-drill-dashboard-button')).toHaveLength(0);
    expect(el.querySelector('.ip-drill-panel')).toBeNull();
  });

  it('adds a Drill button to each gap and a drills panel with stats and the countdown', () => {
    const start = jest.fn();
    const el = draw({ start, text: (id) => (id === CO ? 'drilled yesterday · avg 3.0' : 'never drilled'), countdown: () => 'Interview in 4 days', progress: () => null, principleName: (id) => id });
    const gapButtons = [...el.querySelectorAll('.ip-gaps .ip-drill-dashboard-button')].map((b) => b.getAttribute('aria-label'));
    const gaps = computeCoverage(snap, 'orbit').principles.filter((p) => p.status !== 'ok');
    expect(gapButtons).toEqual(gaps.map((p) => `Drill ${p.principle.name}`));
    expect(el.querySelector('.ip-drill-countdown')?.textContent).toBe('Interview in 4 days');
    const rows = [...el.querySelectorAll('.ip-drill-principle')].map((li) => [li.querySelector('.ip-drill-principle-name')?.textContent, li.querySelector('.ip-drill-stat')?.textContent]);
    expect(rows).toEqual(snap.principles.map((p) => [p.name, p.id === CO ? 'drilled yesterday · avg 3.0' : 'never drilled']));
    (el.querySelector(`.ip-drill-panel [aria-label="Drill Frugality"]`) as HTMLElement).click();
    expect(start).toHaveBeenCalledWith(FRUG);
  });

  it('the cache loads stats from the log, fills them into the drawn panel in place, and starts drills', async () => {
    const host = makeHost(snap);
    host.settings.interviewDates = { orbit: '2026-11-25' };
    mockApp(host).vault.seed(
      host.settings.drillLogPath,
      formatAttempt({ at: new Date(2026, 10, 19, 8), questionId: 'orbit/q-gone', text: 't', principles: [CO], rating: 'hard', seconds: 80, story: null }) + '\n',
    );
    const reads = jest.spyOn(mockApp(host).vault, 'read');
    const root = createDiv();
    const cache = new DashboardDrillCache(host, () => root);
    const first = cache.decor();
    expect(first.text(CO)).toBe('');
    root.appendChild(draw(first));
    const panel = root.querySelector('.ip-drill-panel');
    const stat = () => root.querySelector(`[data-ip-drill-stat="${CO}"]`)?.textContent;
    expect(stat()).toBe('');
    expect(root.querySelector('.ip-drill-countdown')?.textContent).toBe('');
    await tick();
    expect(root.querySelector('.ip-drill-panel')).toBe(panel); // filled in place, not redrawn
    expect(stat()).toBe('drilled 3 days ago · avg 2.0');
    expect(root.querySelector(`[data-ip-drill-stat="${DIVE}"]`)?.textContent).toBe('never drilled');
    expect(root.querySelector('.ip-drill-countdown')?.textContent).toBe('Interview in 3 days');
    // The progress panel was drawn in place too, as SVG in the SVG namespace.
    const progress = root.querySelector('.ip-progress') as HTMLElement;
    expect([...progress.querySelectorAll('.ip-progress-tile')].map((t) => t.textContent)).toEqual(['1due today', '0due tomorrow', '1day practised', '3days to the interview']);
    const cells = [...progress.querySelectorAll('svg.ip-progress-calendar rect')];
    expect(cells.every((c) => c.namespaceURI === 'http://www.w3.org/2000/svg')).toBe(true);
    expect(cells).toHaveLength(11 * 7 + 7); // eleven full weeks and Monday–Sunday of this one
    const drilled = cells.filter((c) => c.getAttribute('data-attempts') !== '0');
    expect(drilled.map((c) => c.querySelector('title')?.textContent)).toEqual(['Thu 2026-11-19: 1 attempt']);
    expect(drilled[0].classList.contains('ip-cal-level-1')).toBe(true);
    expect(progress.querySelector('.ip-progress-trend-name')?.textContent).toBe('Customer Obsession');
    expect(progress.querySelector('svg.ip-progress-sparkline')?.getAttribute('aria-label')).toBe('Customer Obsession: last 1 ratings, average 2.0');
    const decor = cache.decor();
    expect(decor.text(CO)).toBe('drilled 3 days ago · avg 2.0');
    expect(decor.countdown('orbit')).toBe('Interview in 3 days');
    await tick();
    expect(reads).toHaveBeenCalledTimes(1); // nothing changed since: the log is not read again
    decor.start(DIVE);
    await tick();
    const modal = Modal.opened[Modal.opened.length - 1] as unknown as DrillModal;
    expect(modal.session.questions.every((q) => q.principles[0].id === DIVE)).toBe(true);
  });
});
