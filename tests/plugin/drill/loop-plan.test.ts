/** @jest-environment jsdom */
// "Plan my loop" in the plugin: the modal reads the interviewers the user types (or proposes
// them), writes the plan note beside the drill log at a free name, and opens it.
import { Modal, Notice } from '../../__mocks__/obsidian';
import { buildLoopPlan } from '../../../src/core/loop-plan/build';
import { loopPlanMarkdown } from '../../../src/core/loop-plan/render';
import { startLoopPlan, type LoopPlanModal } from '../../../src/plugin/drill/loop-plan';
import { CO, harborSnapshot, OWN } from '../../core/loop-plan/fixture';
import { click, makeHost, mockApp } from './host';

const flush = () => new Promise((r) => window.setTimeout(r, 0));

function open(host: ReturnType<typeof makeHost>): LoopPlanModal {
  const modal = startLoopPlan(host);
  if (!modal) throw new Error('no modal');
  return modal;
}

const textarea = (m: LoopPlanModal) => m.contentEl.querySelector('textarea') as HTMLTextAreaElement;

describe('Plan my loop', () => {
  beforeEach(() => {
    Notice.shown = [];
    Modal.opened = [];
  });

  it('writes the plan for the interviewers typed, beside the drill log, and opens it', async () => {
    const snap = harborSnapshot();
    const host = makeHost(snap);
    const m = open(host);
    expect(textarea(m).placeholder).toBe('Alex: Customer Obsession, Ownership\nSam: Are Right, A Lot');
    textarea(m).value = 'Alex: Customer Obsession, Ownership';
    click(m.contentEl, 'Write plan');
    await flush();
    await flush();
    const path = 'Interview Prep/Loop plan harbor.md';
    const expected = loopPlanMarkdown(buildLoopPlan(snap, 'harbor', [{ name: 'Alex', principles: [CO, OWN] }], false), { now: new Date(2026, 10, 22, 9, 30), interviewDate: null });
    expect(mockApp(host).vault.textOf(path)).toBe(expected);
    expect(expected).toContain('[[Stories/Returns desk rewrite|Returns desk rewrite]]');
    expect(Notice.shown).toContain(`Loop plan written to ${path}.`);
    expect((m as unknown as Modal).isOpen).toBe(false);
  });

  it('never overwrites: a second run gets the next free name', async () => {
    const host = makeHost(harborSnapshot());
    for (let i = 0; i < 2; i++) {
      click(open(host).contentEl, "I don't know: propose a plan");
      await flush();
      await flush();
    }
    expect(mockApp(host).vault.textOf('Interview Prep/Loop plan harbor.md')).toContain('Interviewers proposed from your weakest principles.');
    expect(mockApp(host).vault.textOf('Interview Prep/Loop plan harbor 1.md')).toContain('## Interviewer 1');
  });

  it('keeps the modal open and names what it could not read', async () => {
    const host = makeHost(harborSnapshot());
    const m = open(host);
    textarea(m).value = 'Alex: Customer Obsession, Lunch';
    click(m.contentEl, 'Write plan');
    await flush();
    expect((m as unknown as Modal).isOpen).toBe(true);
    expect(m.contentEl.querySelector('.ip-loop-plan-problem')?.textContent).toBe('Not a principle of harbor: "Lunch" (line 1).');
    expect(mockApp(host).vault.getAllLoadedFiles().some((f) => f.path.includes('Loop plan'))).toBe(false);
  });
});
