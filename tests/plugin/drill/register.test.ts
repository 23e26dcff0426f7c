/** @jest-environment jsdom */
import { buildHistory } from '../../../src/core/drill/history';
import { Modal, Notice } from '../../__mocks__/obsidian';
import { formatAttempt } from '../../../src/core/drill/log-format';
import { dashboardDrillStats, loadDashboardDrillStats, renderDrillButton } from '../../../src/plugin/drill/dashboard-stats';
import { DrillModal } from '../../../src/plugin/drill/drill-modal';
import { PrincipleSuggestModal } from '../../../src/plugin/drill/principle-suggest';
import { registerDrillFeature } from '../../../src/plugin/drill/register';
import { CO, DIVE, orbitSnapshot } from '../../core/drill/fixture';
import { makeHost, mockApp } from './host';
import { drawSections } from '../../../src/plugin/settings-tab/rows';

const snap = orbitSnapshot();

afterEach(() => {
  for (const m of Modal.opened) m.close();
  Modal.opened.length = 0;
});

const newest = (): Modal => Modal.opened[Modal.opened.length - 1];

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('registerDrillFeature', () => {
  it('adds the six commands without hotkeys, and a settings section', () => {
    const host = makeHost(snap);
    registerDrillFeature(host);
    expect(host.commands.map((c) => c.name)).toEqual(['Start random drill', 'Drill a principle…', 'Drill weak spots', 'Review due questions', 'Mock interview loop', 'Plan my loop']);
    expect(host.commands.every((c) => c.hotkeys === undefined)).toBe(true);
    expect(host.sections.map((s) => s.name)).toEqual(['Drills']);
  });

  it('"Drill a principle…" lists principles and drills the one picked', async () => {
    const host = makeHost(snap);
    registerDrillFeature(host);
    host.commands.find((c) => c.name === 'Drill a principle…')?.callback?.();
    const picker = newest() as unknown as PrincipleSuggestModal & { shown: { id: string }[]; choose(i: number): void; refresh(): Promise<void> };
    expect(picker).toBeInstanceOf(PrincipleSuggestModal);
    picker.inputEl.value = 'dive';
    await picker.refresh();
    expect(picker.shown.map((p) => p.id)).toEqual([DIVE]);
    picker.inputEl.value = 'Dive Dep';
    await picker.refresh();
    expect(picker.shown).toEqual([]);
    expect(picker.emptyStateText).toBe('Unknown principle "Dive Dep" (did you mean "Dive Deep"?).');
    picker.inputEl.value = 'dive';
    await picker.refresh();
    picker.choose(0);
    await flush();
    const drill = newest() as unknown as DrillModal;
    expect(drill).toBeInstanceOf(DrillModal);
    expect(drill.session.questions.every((q) => q.principles.some((r) => r.id === DIVE))).toBe(true);
    expect(drill.titleEl.textContent).toBe('Dive Deep: question 1 of 3');
  });

  it('waits for the index', () => {
    const host = makeHost(snap);
    host.index = { snapshot: () => snap, isReady: false };
    registerDrillFeature(host);
    Notice.shown.length = 0;
    host.commands[0].callback?.();
    expect(Notice.shown).toEqual(['The index is still being built. Try again in a moment.']);
  });

  it('the settings section edits target, interviewers, log path, recording and interview dates', () => {
    const host = makeHost(snap);
    registerDrillFeature(host);
    const el = createDiv();
    drawSections(el, host.sections);
    const inputs = [...el.querySelectorAll('input')];
    const names = [...el.querySelectorAll('.setting-item-name')].map((n) => n.textContent);
    expect(names).toEqual(['Drills', 'Answer target', 'Mock interviewers', 'Drill log', 'Record spoken answers', 'Interview date: orbit']);
    // Recording is off until the user turns it on.
    const toggle = el.querySelector('.checkbox-container') as HTMLElement;
    expect(host.settings.recordAnswers).toBe(false);
    expect(toggle.classList.contains('is-enabled')).toBe(false);
    toggle.click();
    expect(host.settings.recordAnswers).toBe(true);
    const type = (i: number, v: string) => {
      inputs[i].value = v;
      inputs[i].dispatchEvent(new Event('input'));
    };
    type(0, '90');
    type(1, '0'); // out of range: ignored
    type(2, '../elsewhere.md'); // not a vault note path: ignored
    type(3, '2026-11-27');
    expect(host.settings).toMatchObject({ drillTargetSeconds: 90, mockInterviewers: 4, drillLogPath: 'Interview Prep/Drill log.md', interviewDates: { orbit: '2026-11-27' } });
    type(2, 'Prep/Drills.md');
    type(3, '');
    expect(host.settings).toMatchObject({ drillLogPath: 'Prep/Drills.md', interviewDates: {} });
  });
});

describe('dashboard drill stats', () => {
  it('per principle: last drilled, average rating and due count; the interview countdown', async () => {
    const host = makeHost(snap);
    host.settings.interviewDates = { orbit: '2026-11-27' };
    const co = snap.questions.filter((q) => q.principles[0].id === CO);
    const line = (id: string, rating: 'good' | 'again', day: number) =>
      formatAttempt({ at: new Date(2026, 10, day, 9), questionId: id, text: 't', principles: [CO], rating, seconds: 60, story: null });
    mockApp(host).vault.seed(host.settings.drillLogPath, [line(co[0].id, 'good', 19), line(co[1].id, 'again', 21)].join('\n') + '\n');
    const stats = await loadDashboardDrillStats(host);
    expect(stats.stats.get(CO)).toMatchObject({ attempts: 2, avgRating: 2, dueCount: 2 });
    expect(stats.text(CO)).toBe('drilled yesterday · avg 2.0 · 2 due');
    expect(stats.text(DIVE)).toBe('never drilled');
    expect(stats.countdown('orbit')).toBe('Interview in 5 days');
    expect(stats.countdown('other')).toBeNull();
    const progress = stats.progress('orbit');
    expect(progress.dueToday).toBe(2);
    expect(progress.calendar.filter((d) => d.attempts > 0).map((d) => [d.date, d.attempts])).toEqual([['2026-11-19', 1], ['2026-11-21', 1]]);
    expect(progress.trends).toEqual([{ principle: CO, scores: [3, 1], attempts: 2 }]);
    expect(progress.interview).toEqual({ date: '2026-11-27', daysLeft: 5 });
    expect(stats.principleName(CO)).toBe('Customer Obsession');
    expect(stats.principleName('gone/p')).toBe('gone/p');
    expect(dashboardDrillStats(snap, buildHistory([], snap), new Map(), {}, new Date()).text(CO)).toBe('never drilled');
  });

  it('a Drill button starts a drill of that principle', async () => {
    const host = makeHost(snap);
    const el = createDiv();
    renderDrillButton(el, host, DIVE).click();
    await flush();
    const drill = newest() as unknown as DrillModal;
    expect(drill.session.questions.map((q) => q.principles[0].id)).toEqual([DIVE, DIVE, DIVE]);
  });
});
