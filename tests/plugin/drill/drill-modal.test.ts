/** @jest-environment jsdom */
import { Modal, Notice } from '../../__mocks__/obsidian';
import { parseLog } from '../../../src/core/drill/log-format';
import { DrillModal } from '../../../src/plugin/drill/drill-modal';
import { startDrill } from '../../../src/plugin/drill/start';
import { CO, DIVE, orbitSnapshot, OWN } from '../../core/drill/fixture';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { fixture } from '../../core/helpers';
import { buttons, click, logText, makeHost, mockApp, pressKey } from './host';

const snap = orbitSnapshot();
const withFollowUps = snap.questions.find((q) => q.followUps.length === 2);
const others = [OWN, DIVE].map((p) => snap.questions.find((q) => q.principles[0].id === p) as (typeof snap.questions)[number]);
if (!withFollowUps) throw new Error('fixture changed');

function open(questions = [withFollowUps, ...others]) {
  const host = makeHost(snap);
  const drillPrinciple = jest.fn();
  const modal = new DrillModal(host, { title: 'Drill', questions: questions as typeof snap.questions, snapshot: snap, drillPrinciple });
  modal.open();
  return { host, modal, el: modal.contentEl, drillPrinciple };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  for (const m of Modal.opened) m.close();
  Modal.opened.length = 0;
  jest.useRealTimers();
});

describe('the drill modal', () => {
  it('shows the question with its principles and a timer that runs into overtime', () => {
    const { host, el, modal } = open();
    expect(modal.titleEl.textContent).toBe('Drill: question 1 of 3');
    expect(el.querySelector('.ip-drill-question')?.textContent).toBe(withFollowUps.text);
    expect([...el.querySelectorAll('.ip-drill-chip')].map((c) => c.textContent)).toEqual(['Customer Obsession']);
    const timer = () => el.querySelector('.ip-drill-timer') as HTMLElement;
    expect(timer().textContent).toBe('0:00 / 2:00');
    host.advance(75);
    jest.advanceTimersByTime(1000);
    expect(timer().textContent).toBe('1:15 / 2:00');
    expect(timer().classList.contains('ip-drill-overtime')).toBe(false);
    host.advance(60);
    jest.advanceTimersByTime(1000);
    expect(timer().textContent).toBe('2:15 / 2:00 (+0:15 over)');
    expect(timer().classList.contains('ip-drill-overtime')).toBe(true);
  });

  it('clears its timer when closed', () => {
    const { modal } = open();
    expect(jest.getTimerCount()).toBe(1);
    modal.close();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('reveals follow-ups one at a time', () => {
    const { el } = open();
    const items = () => [...el.querySelectorAll('.ip-drill-followups li')].map((li) => li.textContent);
    expect(items()).toEqual([]);
    click(el, 'Show follow-up (2 left)');
    expect(items()).toEqual([withFollowUps.followUps[0]]);
    click(el, 'Show follow-up (1 left)');
    expect(items()).toEqual(withFollowUps.followUps);
    expect(buttons(el, /Show follow-up/)).toHaveLength(0);
  });

  it('rates with keys 1–4 and with the buttons; the last rating counts', () => {
    const { el, modal } = open();
    const active = () => [...el.querySelectorAll('.ip-drill-rating.is-active')].map((b) => b.getAttribute('data-rating'));
    pressKey('2');
    expect(active()).toEqual(['hard']);
    pressKey('4');
    expect(active()).toEqual(['easy']);
    pressKey('9');
    expect(active()).toEqual(['easy']);
    click(el, '1 Again');
    expect(active()).toEqual(['again']);
    expect(modal.session.rating).toBe('again');
  });

  it('lists my stories for the principle; a click opens the note at its line, "Told this" picks it', async () => {
    const { el, host, modal } = open();
    const links = [...el.querySelectorAll('.ip-drill-story-link')] as HTMLElement[];
    expect(links.map((a) => a.textContent)).toEqual(['Refund flow rewrite', 'Support inbox triage']);
    links[1].click();
    await Promise.resolve();
    await Promise.resolve();
    expect(mockApp(host).workspace.activeFile?.path).toBe('Stories/Support inbox triage.md');
    click(el, 'Told this');
    expect(modal.session.pickedStory).toBe('story/refund-flow-rewrite');
    expect(buttons(el, 'Told this ✓')).toHaveLength(1);
  });

  it('logs each rated answer on next, skips unrated ones, and ends with a summary', async () => {
    const { el, host, modal, drillPrinciple } = open();
    host.advance(95);
    pressKey('3');
    click(el, 'Told this');
    click(el, 'Next');
    expect(modal.titleEl.textContent).toBe('Drill: question 2 of 3');
    click(el, 'Next'); // not rated: not logged
    host.advance(140);
    pressKey('1');
    click(el, 'Finish');
    await modal.flushed();
    const log = parseLog(logText(host) ?? '');
    expect(log.malformed).toEqual([]);
    expect(log.attempts.map((a) => [a.questionId, a.rating, a.seconds, a.story])).toEqual([
      [withFollowUps.id, 'good', 95, 'story/refund-flow-rewrite'],
      [others[1].id, 'again', 140, null],
    ]);
    expect(modal.titleEl.textContent).toBe('Drill: summary');
    expect(el.querySelector('.ip-drill-summary-line')?.textContent).toBe('2 questions rated in 3:55.');
    const rows = [...el.querySelectorAll('.ip-drill-summary-table tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(['Principle', 'Ratings', 'Average']);
    expect(rows.slice(1)).toEqual([
      ['Dive Deep', 'Again', '1.0'],
      ['Customer Obsession', 'Good', '3.0'],
    ]);
    expect(el.querySelector('.ip-drill-next')?.textContent).toContain('Dive Deep');
    click(el, 'Drill');
    expect(modal.containerEl.isConnected).toBe(false);
    expect(drillPrinciple).toHaveBeenCalledWith(DIVE);
  });

  it('keeps a rated answer when closed halfway', async () => {
    const { host, modal } = open();
    pressKey('4');
    modal.close();
    await modal.flushed();
    expect(parseLog(logText(host) ?? '').attempts.map((a) => a.rating)).toEqual(['easy']);
  });
});

describe('starting drills', () => {
  it('appends after malformed lines without touching them, and says they were skipped', async () => {
    const host = makeHost(snap);
    const existing = '# Drill log\n\n- 2026-11-01 07:00 | question: orbit/q-zzz | rating: meh | seconds: 3\nno newline at the end';
    mockApp(host).vault.seed(host.settings.drillLogPath, existing);
    Notice.shown.length = 0;
    const modal = await startDrill(host, { kind: 'principle', principle: CO }, 'Customer Obsession');
    expect(Notice.shown).toEqual(['Interview Prep/Drill log.md: line 3 could not be read and was skipped.']);
    pressKey('3');
    modal?.next();
    await modal?.flushed();
    const text = logText(host) ?? '';
    expect(text.startsWith(existing + '\n- ')).toBe(true);
    expect(parseLog(text).attempts).toHaveLength(1);
  });

  it('creates the log note and its folder on the first answer', async () => {
    const host = makeHost(snap);
    host.settings.drillLogPath = 'Prep/Logs/Drills.md';
    const modal = await startDrill(host, { kind: 'all' }, 'Random drill');
    expect(modal?.session.questions).toHaveLength(5);
    pressKey('2');
    modal?.finish();
    await modal?.flushed();
    expect(logText(host)).toMatch(/^# Drill log\n\n.*\n\n- \d{4}-\d\d-\d\d \d\d:\d\d \| question: orbit\/q-/);
  });

  it('tells the user when nothing is due', async () => {
    const host = makeHost(snap);
    Notice.shown.length = 0;
    expect(await startDrill(host, { kind: 'due' }, 'Due questions')).toBeNull();
    expect(Notice.shown).toEqual(['No questions are due. Come back tomorrow, or start a random drill.']);
  });

  it('gives the same drill for the same seed', async () => {
    const a = await startDrill(makeHost(snap), { kind: 'all' }, 'Random drill');
    const b = await startDrill(makeHost(snap), { kind: 'all' }, 'Random drill');
    expect(a?.session.questions.map((q) => q.id)).toEqual(b?.session.questions.map((q) => q.id));
  });

  it('drilling a principle marks the questions read as it and says how many there are', async () => {
    const index = new VaultIndex();
    index.upsert(fixture('Acme Principles.md'));
    const acme = index.snapshot();
    const modal = await startDrill(makeHost(acme), { kind: 'principle', principle: 'acme/are-right-a-lot' }, 'Are Right, A Lot');
    if (!modal) throw new Error('no drill');
    const qs = modal.session.questions;
    const read = qs.filter((q) => !q.principles.some((r) => r.id === 'acme/are-right-a-lot'));
    expect(read.map((q) => q.line).sort((a, b) => a - b)).toEqual([59, 78]);
    const seen: { chip: boolean; readAs: boolean }[] = [];
    for (let i = 0; i < qs.length; i++) {
      const el = modal.contentEl;
      expect(el.querySelector('.ip-drill-scope')?.textContent).toMatch(/^Are Right, A Lot: \d+ questions?, 2 more read as Are Right, A Lot$/);
      const chip = el.querySelector('.ip-drill-read-as')?.textContent;
      const current = modal.session.current;
      seen.push({ chip: chip === 'read as Are Right, A Lot', readAs: read.includes(current as (typeof read)[number]) });
      if (i < qs.length - 1) modal.next();
    }
    expect(seen.every((s) => s.chip === s.readAs)).toBe(true);
    expect(seen.filter((s) => s.chip)).toHaveLength(2);
  });
});

describe('the answer cue in the drill modal', () => {
  const cued = { ...withFollowUps, id: 'orbit/q-cued', cues: ['The refund backlog story.', 'Mention the 40% number.'] };

  it('keeps the cue behind "Show my cue" until clicked, and only for questions that have one', () => {
    const { el } = open([cued, ...others]);
    const cues = () => [...el.querySelectorAll('.ip-drill-cues li')].map((li) => li.textContent);
    expect(cues()).toEqual([]);
    click(el, 'Show my cue');
    expect(cues()).toEqual(cued.cues);
    expect(buttons(el, 'Show my cue')).toHaveLength(0);
    click(el, 'Next');
    expect(buttons(el, 'Show my cue')).toHaveLength(0);
    expect(el.querySelector('.ip-drill-cue')).toBeNull();
  });

  it('shows it with the c key too, and hides it again for the next cued question', () => {
    const second = { ...cued, id: 'orbit/q-cued-2', cues: ['Second cue.'] };
    const { el } = open([cued, second]);
    const cues = () => [...el.querySelectorAll('.ip-drill-cues li')].map((li) => li.textContent);
    pressKey('c');
    expect(cues()).toEqual(cued.cues);
    click(el, 'Next');
    expect(cues()).toEqual([]);
    expect(buttons(el, 'Show my cue')).toHaveLength(1);
    pressKey('c');
    expect(cues()).toEqual(['Second cue.']);
  });
});
