import { buildLoopPlan } from '../../../src/core/loop-plan/build';
import { loopPlanMarkdown, loopPlanText, storyLink } from '../../../src/core/loop-plan/render';
import { CO, DIVE, FRUG, harborSnapshot, OWN, RIGHT } from './fixture';

const snap = harborSnapshot();
const now = new Date(2026, 10, 22, 9);
const plan = buildLoopPlan(
  snap,
  'harbor',
  [
    { name: 'Alex', principles: [CO, OWN] },
    { name: 'Sam', principles: [RIGHT, FRUG, DIVE] },
  ],
  false,
);

describe('the loop plan note', () => {
  const md = loopPlanMarkdown(plan, { now, interviewDate: new Date(2026, 10, 30) });

  it('has a section per interviewer and principle, with the story, its numbers and the backup', () => {
    expect(md).toContain('# Loop plan: harbor\n\nPlanned 2026-11-22 · Interview in 8 days (2026-11-30).\n');
    expect(md).toContain(
      '## Alex\n\n### Customer Obsession\n\n- **Story:** [[Stories/Returns desk rewrite|Returns desk rewrite]]\n- **Key numbers:** 9, 2\n- **Backup:** [[Stories/Checkout latency rescue|Checkout latency rescue]] (also planned for Alex, Ownership)\n',
    );
    expect(md).toContain('### Frugality\n\n- **Story:** [[Stories/Vendor contract cut|Vendor contract cut]]\n- **Key numbers:** none in the Result: add one\n');
    expect(md).toContain('### Dive Deep\n\n- **Story:** none yet: write one for this principle\n');
  });

  it('links every story it names', () => {
    const named = new Set(plan.interviewers.flatMap((iv) => iv.slots.flatMap((s) => [s.story, s.backup])).flatMap((s) => (s ? [s.title] : [])));
    expect(named.size).toBe(4);
    for (const title of named) expect(md).toContain(`|${title}]]`);
  });

  it('keeps a link intact whatever the title or path holds', () => {
    expect(storyLink({ path: 'Stories/A|B [draft].md', title: 'Fix ]] the | pipe [[x' })).toBe('[[Stories/A B  draft |Fix the pipe x]]');
    expect(storyLink({ path: 'S.md', title: '' })).toBe('[[S|S]]');
  });
});

describe('the same plan as text', () => {
  it('prints the same stories in the terminal', () => {
    const text = loopPlanText(plan, { now, interviewDate: null });
    expect(text).toContain('Loop plan: harbor\nPlanned 2026-11-22.\nInterviewers and principles as you gave them.');
    expect(text).toContain('Alex\n  Customer Obsession\n    Story: Returns desk rewrite (Stories/Returns desk rewrite.md:1)\n    Key numbers: 9, 2\n');
  });

  it('says so when there is nobody to plan for', () => {
    const empty = buildLoopPlan(snap, 'harbor', [], true);
    expect(loopPlanMarkdown(empty, { now, interviewDate: null })).toContain('No interviewers: nothing to plan.');
    expect(loopPlanText(empty, { now, interviewDate: null })).toContain('Interviewers proposed from your weakest principles.');
  });
});
