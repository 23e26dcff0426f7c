import { VaultIndex } from '../../../src/core/index/vault-index';
import { fixture } from '../helpers';

function build() {
  const index = new VaultIndex();
  index.upsert(fixture('Acme Principles.md', 'Prep/Acme Principles.md'));
  index.upsert(fixture('Interview Plan.md', 'Prep/Interview Plan.md'));
  return index.snapshot();
}

describe('a principle-set note in the seed style', () => {
  // Built in each test (see stories-and-questions.test.ts): work outside a test defeats a mutation run's per-test coverage.
  let snap: ReturnType<typeof build>;
  beforeEach(() => {
    snap = build();
  });
  const principle = (id: string) => snap.principles.find((p) => p.id === id);

  it('names the set after the first other tag and lists principles in heading order', () => {
    expect(snap.sets).toEqual([{ id: 'acme', name: 'acme', path: 'Prep/Acme Principles.md' }]);
    expect(snap.principles.map((p) => p.name)).toEqual([
      'Customer Obsession',
      'Ownership',
      'Are Right, A Lot',
      'Have Backbone; Disagree and Commit',
      'Bias for Action',
      'Deliver Results',
    ]);
    expect(snap.principles.map((p) => p.line)).toEqual([5, 8, 11, 14, 18, 22]);
    expect(principle('acme/are-right-a-lot')).toBeDefined();
  });

  it('takes the first paragraph under a heading as the description', () => {
    expect(principle('acme/bias-for-action')?.description).toBe(
      'Most decisions can be undone, so move quickly and take measured risks. Waiting has a cost too.',
    );
    expect(principle('acme/have-backbone-disagree-and-commit')?.description).toMatch(/^Challenge a decision/);
    expect(principle('acme/deliver-results')?.description).toBe('Focus on the inputs that matter and ship them on time.');
  });

  it('finds every bold list item as a question, and nothing else', () => {
    expect(snap.questions.map((q) => q.line)).toEqual([35, 36, 37, 59, 60, 78, 97, 101]);
    expect(snap.questions[2].text).toBe('Tell me about a launch you pushed forward despite risk.');
    expect(snap.questions.every((q) => q.category === null)).toBe(true);
  });

  it('maps a Main:/Sub: section: primary from the heading, secondaries split against known names', () => {
    for (const q of snap.questions.slice(0, 3)) {
      expect(q.principles).toEqual([
        { id: 'acme/bias-for-action', role: 'primary', source: 'section' },
        { id: 'acme/customer-obsession', role: 'secondary', source: 'section' },
        { id: 'acme/ownership', role: 'secondary', source: 'section' },
        { id: 'acme/are-right-a-lot', role: 'secondary', source: 'section' },
      ]);
      expect(q.set).toBe('acme');
    }
    for (const q of snap.questions.slice(3)) {
      expect(q.principles).toEqual([{ id: 'acme/bias-for-action', role: 'primary', source: 'section' }]);
    }
  });

  it('attaches sibling and nested non-bold items as follow-ups, not their own sub-items', () => {
    expect(snap.questions[2].followUps).toEqual([
      'Why then?',
      'What else could you have done?',
      'What did it cost?',
      'How did it turn out?',
      'What would you change?',
      'Who disagreed?',
    ]);
    expect(snap.questions[0].followUps).toEqual([]);
    expect(snap.questions[4].followUps).toEqual(['What signal told you?', 'Who did you tell first?']);
    expect(snap.questions[5].followUps).toEqual(['Whose view surprised you?', 'What did you decide?']);
    expect(snap.questions[7].followUps).toEqual([]);
  });

  it('finds three inline STAR stories, including one indented in a list item', () => {
    expect(snap.stories.map((s) => [s.line, s.kind, s.parts.join('')])).toEqual([
      [49, 'inline', 'STAR'],
      [64, 'inline', 'STAR'],
      [85, 'inline', 'STAR'],
    ]);
    const [first, second, third] = snap.stories;
    expect(first.principles.map((p) => `${p.id}:${p.role}`)).toEqual([
      'acme/bias-for-action:primary',
      'acme/customer-obsession:secondary',
      'acme/ownership:secondary',
      'acme/are-right-a-lot:secondary',
    ]);
    expect(second.principles).toEqual([{ id: 'acme/bias-for-action', role: 'primary', source: 'section' }]);
    expect(second.partText.R?.text).toBe('The second vendor has had zero outages in 14 months.');
    expect(second.partText.A?.text).toContain('Regional failover');
    expect(second.partText.A?.text).toContain('Then we re-ran the selection');
    expect(third.partText.A?.text.split('\n\n')).toHaveLength(3);
    expect(third.endLine).toBe(95);
  });

  it('titles an untitled inline story with an excerpt of its Situation', () => {
    expect(snap.stories[1].title).toBe('A vendor migration I championed started timing out for our…');
    expect(snap.stories[2].id).toMatch(/^story\/at-my-first-startup/);
  });

  it('leaves an untagged note out entirely', () => {
    expect(snap.stories.some((s) => s.path.endsWith('Interview Plan.md'))).toBe(false);
    // Only the set note's own warning that most questions under `Main: Bias for Action` read elsewhere.
    expect(snap.warnings.map((w) => [w.code, w.path])).toEqual([['read-elsewhere', 'Prep/Acme Principles.md']]);
  });
});
