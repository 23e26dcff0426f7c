/** @jest-environment jsdom */
import { Modal } from '../../__mocks__/obsidian';
import { parseLog } from '../../../src/core/drill/log-format';
import { startMockLoop } from '../../../src/plugin/drill/start';
import { orbitSnapshot } from '../../core/drill/fixture';
import { buttons, click, logText, makeHost, pressKey } from './host';

const snap = orbitSnapshot();

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  for (const m of Modal.opened) m.close();
  Modal.opened.length = 0;
  jest.useRealTimers();
});

async function loop(interviewers = 2) {
  const host = makeHost(snap);
  host.settings.mockInterviewers = interviewers;
  const modal = await startMockLoop(host);
  if (!modal) throw new Error('no loop');
  return { host, modal, el: modal.contentEl };
}

describe('the mock interview loop', () => {
  it('asks interviewer by interviewer, weakest principles first, and asks for the story after each answer', async () => {
    const { el, modal, host } = await loop(2);
    expect(modal.titleEl.textContent).toBe('Mock loop (orbit): interviewer 1 of 2');
    // Gaps first: Dive Deep and Frugality go to interviewer 1.
    expect(['Dive Deep', 'Frugality']).toContain(el.querySelector('.ip-drill-round')?.textContent?.split(',')[0]);
    host.advance(100);
    pressKey('3');
    click(el, 'Done answering');
    expect(el.querySelector('.ip-drill-subheading')?.textContent).toBe('Which story did you tell?');
    expect(buttons(el, 'No story')).toHaveLength(1);
    expect(buttons(el, 'Refund flow rewrite')).toHaveLength(1); // another story of the set, offered too
  });

  it('warns about a story told to two interviewers and an answer with no story', async () => {
    const { el, modal, host } = await loop(2);
    // Interviewer 1: Refund flow rewrite, then no story. Interviewer 2: Refund flow rewrite again, then Support inbox triage.
    const picks = ['Refund flow rewrite', 'No story', /^Refund flow rewrite/, /^Support inbox triage/];
    for (const pick of picks) {
      host.advance(90);
      pressKey('3');
      click(el, 'Done answering');
      click(el, pick);
    }
    await modal.flushed();
    expect(modal.titleEl.textContent).toBe('Mock loop (orbit): summary');
    const warnings = [...el.querySelectorAll('.ip-drill-warning')].map((w) => w.textContent);
    expect(warnings).toEqual([
      '"Refund flow rewrite" was told to interviewers 1 and 2. Each interviewer should hear a different story.',
      `${modal.answers[1].round.principle.name} (interviewer 1) was answered with no story.`,
    ]);
    expect(el.querySelector('.ip-drill-summary-line')?.textContent).toBe('4 answers in 6:00.');
    const log = parseLog(logText(host) ?? '');
    expect(log.attempts.map((a) => a.story)).toEqual(['story/refund-flow-rewrite', null, 'story/refund-flow-rewrite', 'story/support-inbox-triage']);
  });

  it('marks a story already told while the user picks', async () => {
    const { el, host } = await loop(2);
    for (const pick of ['Refund flow rewrite', 'No story']) {
      host.advance(30);
      click(el, 'Done answering');
      click(el, pick);
    }
    click(el, 'Done answering');
    expect(el.querySelector('.ip-drill-used')?.textContent).toBe(' (told to interviewer 1)');
  });

  it('has no warnings when every answer had its own story', async () => {
    const { el } = await loop(1);
    for (const pick of ['Refund flow rewrite', /^Support inbox triage/]) {
      click(el, 'Done answering');
      click(el, pick);
    }
    expect(el.querySelectorAll('.ip-drill-warning')).toHaveLength(0);
    expect(el.querySelector('.ip-drill-ok')?.textContent).toBe('Every answer had its own story.');
  });
});
