// Readings in the index: every question and story has `reading` and `suggestions`, computed on
// first use, against its own set; suggestions are what it reads well as but is not mapped to.
import { storyText } from '../../../src/core/index/readings';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { PrincipleReader } from '../../../src/core/reading/reader';
import { note } from '../helpers';

const SET = `#principles
# Acme

### Customer Obsession
Start with the customer.

### Hire and Develop the Best
Raise the bar with every hire.

### Bias for Action
Speed matters.

### Main: Bias for Action

1. **Tell me about a time you coached a low performer.**
2. **Describe a time you acted quickly without all the data.**
`;

const GOOGLE = '#principles\n# Google\n\n### Leadership\nLead without authority.\n\n### Googleyness\nComfort with ambiguity.\n';

function build() {
  const index = new VaultIndex();
  index.upsert(note('Acme.md', SET));
  index.upsert(note('Google.md', GOOGLE));
  index.upsert(note('Stories/Hire.md', '**S:** My new engineer struggled, so I mentored him every week until he was promoted.\n**T:** x\n', { tags: ['story'] }, 3));
  return index;
}

describe('readings in the index', () => {
  it('reads a question against its own set, whatever it is mapped to, and suggests what it is not mapped to', () => {
    const snap = build().snapshot();
    const [coached, quickly] = snap.questions;
    expect(coached.principles.map((p) => p.id)).toEqual(['acme/bias-for-action']);
    expect(coached.reading[0].id).toBe('acme/hire-and-develop-the-best');
    expect(coached.reading.every((r) => r.id.startsWith('acme/'))).toBe(true);
    expect(coached.suggestions).toEqual(['acme/hire-and-develop-the-best']);
    expect(quickly.reading[0].id).toBe('acme/bias-for-action');
    expect(quickly.suggestions).toEqual([]);
  });

  it('reads an unmapped question of a set note against that set only', () => {
    const index = build();
    index.upsert(note('Acme.md', `${SET}\n### Questions\n\n1. **Tell me about a hire you made, leading without authority through ambiguity.**\n`));
    const q = index.snapshot().questions.find((x) => x.text.startsWith('Tell me about a hire'));
    expect(q?.principles).toEqual([]);
    expect(q?.set).toBe('acme');
    expect(q?.reading[0].id).toBe('acme/hire-and-develop-the-best');
    expect(q?.reading.every((r) => r.id.startsWith('acme/'))).toBe(true);
  });

  it('reads an unmapped story against every set', () => {
    const story = build().snapshot().stories[0];
    expect(story.principles).toEqual([]);
    expect(story.reading[0].id).toBe('acme/hire-and-develop-the-best');
    expect(story.suggestions).toContain('acme/hire-and-develop-the-best');
  });

  it('computes readings on first use only, once per item, and they survive JSON', () => {
    const read = jest.spyOn(PrincipleReader.prototype, 'read');
    try {
      const snap = build().snapshot();
      expect(read).not.toHaveBeenCalled();
      const q = snap.questions[0];
      const first = q.reading;
      expect(read).toHaveBeenCalledTimes(1);
      expect(q.reading).toBe(first);
      expect(q.suggestions).toEqual(['acme/hire-and-develop-the-best']);
      expect(read).toHaveBeenCalledTimes(1);
      expect((JSON.parse(JSON.stringify(snap)) as typeof snap).questions[0].reading).toEqual(first);
      expect(Object.keys(q)).toEqual(expect.arrayContaining(['reading', 'suggestions']));
      q.suggestions = ['x'];
      expect(q.suggestions).toEqual(['x']);
    } finally {
      read.mockRestore();
    }
  });

  it('keeps the readings of a duplicate (~2) lazy and reads the copy as its original', () => {
    const index = build();
    index.upsert(note('Bank A.md', '#questions\n\n- Tell me about a time you hired someone better than you.\n'));
    index.upsert(note('Bank B.md', '#questions\n\n- Tell me about a time you hired someone better than you.\n'));
    const read = jest.spyOn(PrincipleReader.prototype, 'read');
    try {
      const snap = index.snapshot();
      expect(read).not.toHaveBeenCalled();
      const copies = snap.questions.filter((q) => q.text === 'Tell me about a time you hired someone better than you.');
      expect(copies.map((q) => q.path)).toEqual(['Bank A.md', 'Bank B.md']);
      expect(copies[1].id).toBe(`${copies[0].id}~2`);
      expect(read).not.toHaveBeenCalled();
      expect(copies[1].reading[0].id).toBe('acme/hire-and-develop-the-best');
      expect(copies[1].reading).toEqual(copies[0].reading);
      expect(copies[1].suggestions).toEqual(['acme/hire-and-develop-the-best']);
    } finally {
      read.mockRestore();
    }
  });

  it('gives an empty reading when a set has no principles that the text is about', () => {
    const index = new VaultIndex();
    index.upsert(note('Q.md', '#questions\n\n- Why this company?\n'));
    const [q] = index.snapshot().questions;
    expect(q.reading).toEqual([]);
    expect(q.suggestions).toEqual([]);
  });

  it('reads a story by its title, body, Situation, Task and Action, a line each, never by its Result or Learning', () => {
    const index = build();
    index.upsert(
      note(
        'Stories/Budget.md',
        '# Vendor bill\n\n## Situation\nOur cloud bill doubled.\n\n## Task\nCut it in half.\n\n## Action\nI moved jobs to spot machines.\n\n## Result\nWe hired two engineers with the savings.\n\n## Learning\nCoach early.\n',
        { tags: ['story'] },
        3,
      ),
    );
    const story = index.snapshot().stories.find((s) => s.title === 'Vendor bill');
    if (!story) throw new Error('no story');
    expect(storyText(story)).toBe('Vendor bill\nOur cloud bill doubled.\nCut it in half.\nI moved jobs to spot machines.');
    const sketch = { ...story, title: 'Pairing', body: 'When Ana joined, I paired with her daily.', partText: {} };
    expect(storyText(sketch)).toBe('Pairing\nWhen Ana joined, I paired with her daily.');
    expect(storyText({ ...story, partText: { A: story.partText.A } })).toBe('Vendor bill\nI moved jobs to spot machines.');
  });

  it('reads a mapped story against the sets it is mapped into only', () => {
    const index = build();
    index.upsert(note('Stories/Mentor.md', '**S:** My new engineer struggled, so I mentored him every week until he was promoted. [[Google#Leadership]]\n**T:** x\n', { tags: ['story'] }, 3));
    const story = index.snapshot().stories.find((s) => s.path === 'Stories/Mentor.md');
    expect(story?.principles.map((p) => p.id)).toEqual(['google/leadership']);
    expect(story?.reading.length).toBeGreaterThan(0);
    expect(story?.reading.every((r) => r.id.startsWith('google/'))).toBe(true);
  });

  it('reads a question of a note outside any set against the set it links to, else every set', () => {
    const index = build();
    index.upsert(note('Questions.md', '#questions\n\n- Tell me about a time you coached a low performer without authority. [[Google#Leadership]]\n- Tell me about a time you coached a low performer and hired.\n'));
    const qs = index.snapshot().questions.filter((q) => q.path === 'Questions.md');
    expect(qs.map((q) => q.set)).toEqual(['google', null]);
    expect(qs[0].reading.length).toBeGreaterThan(0);
    expect(qs[0].reading.every((r) => r.id.startsWith('google/'))).toBe(true);
    expect(qs[1].reading[0].id).toBe('acme/hire-and-develop-the-best');
  });

  it('has readings in a snapshot written as JSON before anyone read them', () => {
    const snap = build().snapshot();
    const json = JSON.parse(JSON.stringify(snap)) as typeof snap;
    expect(json.questions[0].reading[0].id).toBe('acme/hire-and-develop-the-best');
    expect(json.questions[0].suggestions).toEqual(['acme/hire-and-develop-the-best']);
    expect(json.stories[0].suggestions).toContain('acme/hire-and-develop-the-best');
  });
});
