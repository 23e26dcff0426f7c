import fc from 'fast-check';
import { computeCoverage, coverageForAllSets, coverageStatus } from '../../../src/core/coverage/coverage';
import type { CoverageReport } from '../../../src/core/coverage/types';
import type { Principle, PrincipleRef, Story } from '../../../src/core/model';
import { id, principle, PRINCIPLES } from '../reading/principles';
import { primary, question, secondary, set, snapshot, story } from './builders';

const ACME = ['Customer Obsession', 'Ownership', 'Invent and Simplify', 'Are Right, A Lot', 'Hire and Develop the Best', 'Earn Trust', 'Dive Deep', 'Frugality'].map(
  (name) => PRINCIPLES.find((p) => p.name === name) as Principle,
);
const SPEED = principle('globex', 'Move Fast', 'Ship small changes quickly and learn from them.');
const [CO, OWN, INVENT, RIGHT, HIRE, TRUST, DIVE, FRUGAL] = ACME.map((p) => p.id);

const told = {
  S: 'Our support queue doubled after a pricing change and customers waited four days for answers.',
  T: 'I owned the support tooling and had to bring the wait back under a day.',
  A: 'I grouped tickets by cause, I wrote canned answers for the top five and I built a form that routed billing questions straight to finance.',
  R: 'Median wait fell from 4 days to 9 hours within 3 weeks.',
};

const launch = story('launch', told, [primary(CO), primary(OWN), primary(INVENT), primary(RIGHT)]);
const outage = story('outage', told, [primary(DIVE), secondary(OWN), secondary(DIVE), { id: DIVE, role: 'primary', source: 'tag' }]);
const hiring = story('hiring', { S: 'We needed two engineers.', A: 'We interviewed a lot.' }, [primary(HIRE), secondary(TRUST)]);
const support = story('support', told, [primary(CO), secondary(TRUST), secondary(SPEED.id)]);
const elsewhere = story('elsewhere', told, [primary(SPEED.id)]);
const unmapped = story('unmapped', told, [], [FRUGAL, SPEED.id]);

const snap = snapshot(
  [set('acme'), set('globex')],
  [...ACME, SPEED],
  [launch, outage, hiring, support, elsewhere, unmapped],
  [
    question('why-customers', [primary(CO)], 'acme'),
    question('speed-only', [primary(SPEED.id)], 'globex'),
    question('no-mapping', []),
    question('both-sets', [secondary(OWN), secondary(SPEED.id)], 'acme'),
  ],
);

describe('computeCoverage', () => {
  let report: CoverageReport;
  beforeEach(() => {
    report = computeCoverage(snap, 'acme', { target: 2, overloadPrimary: 3, overloadOnlyStory: 2 });
  });
  const byName = (name: string) => report.principles.find((pc) => pc.principle.name === name);

  it('lists the principles of the set in snapshot order with distinct story counts and status', () => {
    expect(report.set.id).toBe('acme');
    expect(report.target).toBe(2);
    expect(report.principles.map((pc) => [pc.principle.name, pc.count, pc.status])).toEqual([
      ['Customer Obsession', 2, 'ok'],
      ['Ownership', 2, 'ok'],
      ['Invent and Simplify', 1, 'thin'],
      ['Are Right, A Lot', 1, 'thin'],
      ['Hire and Develop the Best', 1, 'thin'],
      ['Earn Trust', 2, 'ok'],
      ['Dive Deep', 1, 'thin'],
      ['Frugality', 0, 'gap'],
    ]);
    expect(report.atTarget).toBe(3);
  });

  it('counts a story once per principle, as primary when any mapping is primary', () => {
    expect(byName('Dive Deep')?.stories).toEqual([{ storyId: 'outage', role: 'primary' }]);
    expect(byName('Ownership')?.stories).toEqual([
      { storyId: 'launch', role: 'primary' },
      { storyId: 'outage', role: 'secondary' },
    ]);
    const outageRow = report.stories.find((s) => s.story.id === 'outage');
    expect(outageRow?.primary).toEqual([DIVE]);
    expect(outageRow?.secondary).toEqual([OWN]);
  });

  it('lists suggested stories without counting them', () => {
    expect(byName('Frugality')?.suggestedStories).toEqual(['unmapped']);
    expect(byName('Frugality')?.count).toBe(0);
    const row = report.stories.find((s) => s.story.id === 'unmapped');
    expect(row?.suggested).toEqual([FRUGAL]);
    expect(row?.primary).toEqual([]);
  });

  it('suggests a principle once, and never one the story is already mapped to', () => {
    const told2 = story('retro', told, [primary(CO), secondary(TRUST)], [CO, TRUST, DIVE, DIVE, SPEED.id]);
    const r = computeCoverage(snapshot([set('acme'), set('globex')], [...ACME, SPEED], [told2]), 'acme', { target: 1 });
    const row = r.stories[0];
    expect([row.primary, row.secondary, row.suggested]).toEqual([[CO], [TRUST], [DIVE]]);
    expect(r.principles.filter((pc) => pc.suggestedStories.length > 0).map((pc) => [pc.principle.id, pc.suggestedStories])).toEqual([[DIVE, ['retro']]]);
    expect(r.atTarget).toBe(2); // Customer Obsession and Earn Trust have the one story the target asks for
  });

  it('never calls a draft overloaded for its primary mappings', () => {
    const draft: Story = { ...story('plan', {}, [primary(CO), primary(OWN), primary(INVENT), primary(RIGHT)]), kind: 'draft' };
    const r = computeCoverage(snapshot([set('acme')], ACME, [draft]), 'acme', { overloadPrimary: 1, overloadOnlyStory: 1 });
    expect(r.stories.map((st) => [st.draft, st.overloaded, st.primary.length])).toEqual([[true, false, 4]]);
    expect(r.drafts).toBe(1);
    expect(r.principles.every((pc) => pc.count === 0)).toBe(true);
  });

  it('with "only story for" set to 0, a story that is nobody’s only story is not overloaded', () => {
    const r = computeCoverage(snap, 'acme', { overloadPrimary: 9, overloadOnlyStory: 0 });
    const rows = new Map(r.stories.map((st) => [st.story.id, st]));
    expect(rows.get('support')?.onlyStoryFor).toEqual([]);
    expect(rows.get('support')?.overloaded).toBe(false);
    expect(rows.get('hiring')?.overloadReasons).toEqual(['Only story for Hire and Develop the Best.']);
  });

  it('keeps stories of the set (mapped or suggested) in snapshot order, without other sets’ ids', () => {
    expect(report.stories.map((s) => s.story.id)).toEqual(['launch', 'outage', 'hiring', 'support', 'unmapped']);
    expect(report.stories.find((s) => s.story.id === 'support')?.secondary).toEqual([TRUST]);
  });

  it('marks overloaded stories with a reason for each rule', () => {
    const row = report.stories.find((s) => s.story.id === 'launch');
    expect(row?.onlyStoryFor).toEqual([INVENT, RIGHT]);
    expect(row?.overloaded).toBe(true);
    expect(row?.overloadReasons).toEqual([
      'Primary story for 4 principles (more than 3).',
      'Only story for 2 principles: Invent and Simplify and Are Right, A Lot.',
    ]);
    const hire = report.stories.find((s) => s.story.id === 'hiring');
    expect(hire?.onlyStoryFor).toEqual([HIRE]);
    expect(hire?.overloaded).toBe(false);
    expect(hire?.overloadReasons).toEqual([]);
  });

  it('follows the overload settings', () => {
    const strict = computeCoverage(snap, 'acme', { overloadPrimary: 4, overloadOnlyStory: 1 });
    const rows = new Map(strict.stories.map((s) => [s.story.id, s]));
    expect(rows.get('launch')?.overloadReasons).toEqual(['Only story for 2 principles: Invent and Simplify and Are Right, A Lot.']);
    expect(rows.get('hiring')?.overloadReasons).toEqual(['Only story for Hire and Develop the Best.']);
    expect(rows.get('support')?.overloaded).toBe(false);
  });

  it('attaches story health', () => {
    const hire = report.stories.find((s) => s.story.id === 'hiring');
    expect(hire?.health.missingParts).toEqual(['T', 'R']);
    expect(hire?.health.issues.map((i) => i.code)).toEqual(['missing-parts', 'too-short', 'we-over-i']);
  });

  it('computes loop readiness over mapped stories only', () => {
    expect(report.loop.needed).toBe(16);
    expect(report.loop.filled).toBe(4); // four stories are mapped into the set
    expect(report.loop.ready).toBe(false);
    expect(report.loop.blocking).toContain(FRUGAL);
    const used = Object.values(report.loop.assignment).flat().sort();
    expect(used).toEqual(['hiring', 'launch', 'outage', 'support']);
    expect(report.loop.assignment[FRUGAL]).toEqual([]);
  });

  it('counts the questions mapped to any principle of the set', () => {
    expect(report.questionCount).toBe(2);
    expect(computeCoverage(snap, 'globex').questionCount).toBe(2);
  });

  it('throws a clear error for an unknown set', () => {
    expect(() => computeCoverage(snap, 'initech')).toThrow('Unknown principle set "initech" (known sets: acme, globex).');
    expect(() => computeCoverage(snapshot([], [], []), 'x')).toThrow('known sets: none');
  });

  it('reports every set in order', () => {
    const all = coverageForAllSets(snap);
    expect(all.map((r) => r.set.id)).toEqual(['acme', 'globex']);
    const globex = all[1];
    expect(globex.principles[0].stories).toEqual([
      { storyId: 'support', role: 'secondary' },
      { storyId: 'elsewhere', role: 'primary' },
    ]);
    expect(globex.principles[0].suggestedStories).toEqual(['unmapped']);
    expect(globex.stories.map((s) => s.story.id)).toEqual(['support', 'elsewhere', 'unmapped']);
    expect(globex.loop).toMatchObject({ ready: true, filled: 2, needed: 2, blocking: [] });
  });

  it('classifies counts against the target', () => {
    expect([0, 1, 2, 3].map((n) => coverageStatus(n, 2))).toEqual(['gap', 'thin', 'ok', 'ok']);
    expect(coverageStatus(0, 0)).toBe('ok');
  });
});

describe('computeCoverage on random mappings', () => {
  const names = ['Customer Obsession', 'Ownership', 'Dive Deep', 'Frugality'];
  const ids = names.map(id);
  const refArb = fc.record({ id: fc.constantFrom(...ids, 'other/thing'), role: fc.constantFrom<'primary' | 'secondary'>('primary', 'secondary') });
  const storiesArb = fc.array(fc.array(refArb, { maxLength: 6 }), { maxLength: 8 });

  it('counts each story once per principle and keeps every derived figure consistent', () => {
    fc.assert(
      fc.property(storiesArb, fc.integer({ min: 1, max: 3 }), (mappings, target) => {
        const stories: Story[] = mappings.map((refs, i) =>
          story(`s${i}`, { S: 'x' }, refs.map((r): PrincipleRef => ({ ...r, source: 'frontmatter' }))),
        );
        const principles = PRINCIPLES.filter((p) => names.includes(p.name));
        const r = computeCoverage(snapshot([set('acme')], principles, stories), 'acme', { target });
        for (const pc of r.principles) {
          const expected = stories.filter((s) => s.principles.some((ref) => ref.id === pc.principle.id)).map((s) => s.id);
          expect(pc.stories.map((s) => s.storyId)).toEqual(expected);
          expect(pc.count).toBe(expected.length);
          for (const s of pc.stories) {
            const isPrimary = stories.find((x) => x.id === s.storyId)?.principles.some((ref) => ref.id === pc.principle.id && ref.role === 'primary');
            expect(s.role).toBe(isPrimary ? 'primary' : 'secondary');
          }
        }
        expect(r.atTarget).toBe(r.principles.filter((pc) => pc.status === 'ok').length);
        for (const row of r.stories) {
          expect(row.primary.filter((p) => row.secondary.includes(p))).toEqual([]);
          const only = r.principles.filter((pc) => pc.count === 1 && pc.stories[0].storyId === row.story.id).map((pc) => pc.principle.id);
          expect(row.onlyStoryFor).toEqual(only);
          expect(row.overloaded).toBe(row.primary.length > 3 || only.length >= 2);
        }
        expect(r.loop.filled).toBeLessThanOrEqual(Math.min(r.loop.needed, r.stories.length));
      }),
    );
  });
});
