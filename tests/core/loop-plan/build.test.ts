import fc from 'fast-check';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { buildLoopPlan, parseInterviewers, proposeInterviewers, proposeLoopPlan, type LoopPlan } from '../../../src/core/loop-plan/build';
import { drillContext } from '../../../src/core/drill/plan';
import { buildHistory } from '../../../src/core/drill/history';
import { attempt } from '../drill/helpers';
import { CO, DIVE, FRUG, harborSnapshot, OWN, RIGHT } from './fixture';

const snap = harborSnapshot();
const titles = (plan: LoopPlan) => plan.interviewers.map((iv) => iv.slots.map((s) => [s.principle.name, s.story?.title ?? null, s.backup?.title ?? null, s.backupShared]));

describe('the loop plan', () => {
  const specs = [
    { name: 'Alex', principles: [CO, OWN] },
    { name: 'Sam', principles: [RIGHT, FRUG] },
  ];

  it('gives every principle its own story, then backups from what is left or shared (flagged)', () => {
    const plan = buildLoopPlan(snap, 'harbor', specs, false);
    expect(titles(plan)).toEqual([
      [
        // Ownership has only Checkout, so Customer Obsession tells Returns.
        ['Customer Obsession', 'Returns desk rewrite', 'Checkout latency rescue', true],
        ['Ownership', 'Checkout latency rescue', null, false],
      ],
      [
        ['Are Right, A Lot', 'Pager noise audit', 'Returns desk rewrite', true],
        ['Frugality', 'Vendor contract cut', 'Pager noise audit', true],
      ],
    ]);
    expect(plan.proposed).toBe(false);
  });

  it("keeps the numbers of each story's Result", () => {
    const slots = buildLoopPlan(snap, 'harbor', specs, false).interviewers.flatMap((iv) => iv.slots);
    const numbers = new Map(slots.map((s) => [s.story?.title, s.story?.numbers]));
    expect(numbers.get('Checkout latency rescue')).toEqual(['40%', '$2.5m']);
    expect(numbers.get('Pager noise audit')).toEqual(['3x', '1,200', '400']);
    expect(numbers.get('Vendor contract cut')).toEqual([]);
  });

  it('uses a free story as backup when there is one', () => {
    const plan = buildLoopPlan(snap, 'harbor', [{ name: 'Kim', principles: [CO] }], false);
    expect(titles(plan)).toEqual([[['Customer Obsession', 'Checkout latency rescue', 'Returns desk rewrite', false]]]);
  });

  it('plans a gap as having no story, and ignores principle ids not in the vault', () => {
    const plan = buildLoopPlan(snap, 'harbor', [{ name: 'Lee', principles: [DIVE, 'harbor/gone'] }], false);
    expect(titles(plan)).toEqual([[['Dive Deep', null, null, false]]]);
  });

  it('asks the cue hook per principle and keeps null without one', () => {
    const withCue = buildLoopPlan(snap, 'harbor', specs, false, { cueFor: (id) => (id === OWN ? 'Lead with the outage, end on the 40%.' : null) });
    expect(withCue.interviewers[0].slots.map((s) => s.cue)).toEqual([null, 'Lead with the outage, end on the 40%.']);
    expect(buildLoopPlan(snap, 'harbor', specs, false).interviewers[0].slots[1].cue).toBeNull();
  });

  it('shows by default the first answer cue written under a question of the principle', () => {
    const question = (text: string, principle: string, cues: string[]) => ({
      id: `q/${text}`, text, path: 'Questions.md', line: 1, category: null, followUps: [], cues, set: 'harbor',
      principles: [{ id: principle, role: 'primary' as const, source: 'heading' as const }], suggestions: [], reading: [],
    });
    const withQuestions = {
      ...snap,
      questions: [
        question('Tell me about an outage you owned.', OWN, []),
        question('Describe a time you took over a failing project.', OWN, ['The pager rota rewrite', 'Keep it under two minutes']),
        question('Tell me about a time you owned a mistake.', OWN, ['Not this one']),
      ],
    };
    const plan = buildLoopPlan(withQuestions, 'harbor', specs, false);
    expect(plan.interviewers[0].slots.map((s) => s.cue)).toEqual([null, 'The pager rota rewrite']);
  });

  it('never plans a story as the main story twice, and an unflagged backup is nobody else’s (seed printed on failure)', () => {
    const names = ['Customer Obsession', 'Ownership', 'Are Right, A Lot', 'Frugality', 'Dive Deep'];
    const ids = [CO, OWN, RIGHT, FRUG, DIVE];
    fc.assert(
      fc.property(
        fc.array(fc.subarray(names, { minLength: 1 }), { maxLength: 8 }),
        fc.array(fc.array(fc.constantFrom(...ids), { maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (mappings, interviewers) => {
          const index = new VaultIndex();
          index.upsert({ path: 'Harbor Principles.md', frontmatter: null, body: harborSetNote(), bodyLine: 0 });
          mappings.forEach((ps, i) => index.upsert({ path: `S/${i}.md`, frontmatter: { tags: ['story'], principles: ps }, body: `**S:** Case ${i}.\n**R:** Done.\n`, bodyLine: 4 }));
          const plan = buildLoopPlan(index.snapshot(), 'harbor', interviewers.map((p, i) => ({ name: `I${i}`, principles: p })), false);
          const slots = plan.interviewers.flatMap((iv) => iv.slots);
          const mains = slots.flatMap((s) => (s.story ? [s.story.id] : []));
          const freeBackups = slots.flatMap((s) => (s.backup && !s.backupShared ? [s.backup.id] : []));
          expect(new Set(mains).size).toBe(mains.length);
          expect(new Set([...mains, ...freeBackups]).size).toBe(mains.length + freeBackups.length);
          for (const s of slots) if (s.story && s.backup) expect(s.backup.id).not.toBe(s.story.id);
        },
      ),
      { verbose: true },
    );
  });
});

function harborSetNote(): string {
  return '#principles #harbor\n\n# Harbor Principles\n\n### Customer Obsession\nA.\n\n### Ownership\nB.\n\n### Are Right, A Lot\nC.\n\n### Frugality\nD.\n\n### Dive Deep\nE.\n';
}

describe('what the user types', () => {
  it('reads one interviewer a line, with or without a name, and principle names with commas', () => {
    const parsed = parseInterviewers('Alex (bar raiser): customer obsession, Are Right, A Lot\r\n\n- ownership; frugality\n2. Sam: Dive deep, Speed\n', snap, 'harbor');
    expect(parsed.interviewers).toEqual([
      { name: 'Alex (bar raiser)', principles: [CO, RIGHT] },
      { name: 'Interviewer 2', principles: [OWN, FRUG] },
      { name: 'Sam', principles: [DIVE] },
    ]);
    expect(parsed.unknown).toEqual([{ line: 4, name: 'Speed' }]);
  });

  it('takes a principle before a colon as a principle, not a name', () => {
    expect(parseInterviewers('Ownership: Frugality', snap, 'harbor').interviewers).toEqual([{ name: 'Interviewer 1', principles: [OWN, FRUG] }]);
  });

  it('skips a line with no principle at all and reports its words', () => {
    const parsed = parseInterviewers('Pat: lunch\n\n', snap, 'harbor');
    expect(parsed.interviewers).toEqual([]);
    expect(parsed.unknown).toEqual([{ line: 1, name: 'lunch' }]);
  });
});

describe('a proposed loop', () => {
  it('puts the weakest principles first, two per interviewer, the set order breaking ties', () => {
    const weak: Record<string, number> = { [DIVE]: 5, [FRUG]: 3, [OWN]: 3 };
    expect(proposeInterviewers(snap, 'harbor', 2, (id) => weak[id] ?? 1)).toEqual([
      { name: 'Interviewer 1', principles: [DIVE, OWN] },
      { name: 'Interviewer 2', principles: [FRUG, CO] },
    ]);
    expect(proposeInterviewers(snap, 'harbor', 9, () => 1)).toHaveLength(3); // five principles
    expect(proposeInterviewers(snap, 'harbor', 0, () => 1)).toEqual([]);
  });

  it('ranks by coverage and ratings from the drill log', () => {
    const now = new Date(2026, 10, 22, 9);
    const history = buildHistory([attempt('harbor/q', 'again', new Date(2026, 10, 21, 9), [CO]), attempt('harbor/q', 'again', new Date(2026, 10, 21, 10), [CO])], snap);
    const plan = proposeLoopPlan(drillContext(snap, history, now), 'harbor', 3);
    // Dive Deep is a gap (×3); Ownership and Are Right are thin (×2, never drilled ×1.5 = 3) …
    expect(plan.interviewers[0].slots.map((s) => s.principle.id)).toEqual([DIVE, OWN]);
    expect(plan.proposed).toBe(true);
  });
});
