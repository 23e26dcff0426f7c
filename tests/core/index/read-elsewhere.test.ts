// The read-elsewhere warning: one heading holding many questions that read as other principles.
import { VaultIndex } from '../../../src/core/index/vault-index';
import type { IndexSnapshot } from '../../../src/core/model';
import { fixture, note } from '../helpers';

function indexOf(...notes: ReturnType<typeof note>[]): IndexSnapshot {
  const index = new VaultIndex();
  for (const n of notes) index.upsert(n);
  return index.snapshot();
}

const SET_HEAD = '#principles\n# Acme\n\n### Customer Obsession\nStart with the customer.\n\n### Hire and Develop the Best\nRaise the bar.\n\n### Bias for Action\nSpeed matters.\n\n';

describe('read-elsewhere warnings', () => {
  it('names the heading, how many of its questions read elsewhere and as what, most first', () => {
    const snap = indexOf(fixture('Acme Principles.md'));
    expect(snap.warnings).toEqual([
      {
        code: 'read-elsewhere',
        severity: 'warning',
        path: 'Acme Principles.md',
        line: 57,
        message: "5 questions under 'Main: Bias for Action'; 3 read as other principles: Are Right, A Lot (2), Customer Obsession (1).",
      },
    ]);
  });

  it('stays quiet below five questions or when fewer than half read elsewhere', () => {
    const hiring = ['Tell me about a time you coached a junior engineer.', 'Describe a hire you are proud of.', 'How do you handle a low performer?', 'Tell me about someone you promoted.'];
    const four = `${SET_HEAD}### Main: Bias for Action\n\n${hiring.map((t, i) => `${i + 1}. **${t}**`).join('\n')}\n`;
    expect(indexOf(note('Acme.md', four)).warnings).toEqual([]);
    const quick = ['Tell me about a time you acted quickly.', 'Describe a calculated risk you took.', 'When did speed matter most?'];
    const mixed = `${SET_HEAD}### Main: Bias for Action\n\n${[...hiring.slice(0, 2), ...quick].map((t, i) => `${i + 1}. **${t}**`).join('\n')}\n`;
    expect(indexOf(note('Acme.md', mixed)).warnings).toEqual([]);
  });

  it('groups by heading and label too, and sums up past four principles', () => {
    const texts = [
      'Tell me about a time you coached a junior engineer.',
      'Describe a customer complaint you fixed.',
      'Tell me about a time you cut costs on a tight budget.',
      'Describe a time you dug into the metrics to find a bug.',
      'Tell me about a time you disagreed with your manager.',
      'Describe a time you simplified a complicated process.',
    ];
    const body = `#principles\n# Acme\n\n## Customer Obsession\nx\n\n## Hire and Develop the Best\nx\n\n## Frugality\nx\n\n## Dive Deep\nx\n\n## Have Backbone; Disagree and Commit\nx\n\n## Invent and Simplify\nx\n\n## Bias for Action\n\nSpeed.\n\n${texts.map((t, i) => `${i + 1}. **${t}**`).join('\n')}\n`;
    const [w] = indexOf(note('Acme.md', body)).warnings;
    expect(w).toMatchObject({ code: 'read-elsewhere', line: 22 });
    expect(w.message).toBe("6 questions under 'Bias for Action'; 6 read as other principles: Customer Obsession (1), Dive Deep (1), Frugality (1), Have Backbone; Disagree and Commit (1), 2 more.");
  });

  const HIRING = ['Tell me about a time you coached a junior engineer.', 'Describe a hire you are proud of.', 'How do you handle a low performer?'];
  const QUICK = ['Tell me about a time you acted quickly.', 'Describe a calculated risk you took.', 'When did speed matter most?'];
  const items = (texts: string[], tail = '') => texts.map((t, i) => `${i + 1}. **${t}**${tail}`).join('\n');

  it('warns when exactly half of the questions read elsewhere, naming the label that maps them', () => {
    const body = `${SET_HEAD}## Notes\n\n**Bias for Action:**\n\n${items([...HIRING, ...QUICK])}\n`;
    const [w] = indexOf(note('Acme.md', body)).warnings;
    expect(w).toMatchObject({ code: 'read-elsewhere', line: 15 });
    expect(w.message).toBe("6 questions under 'Bias for Action'; 3 read as other principles: Hire and Develop the Best (3).");
  });

  it('ranks the principles by count, then by name, and lists four without a sum', () => {
    const texts = [
      'Tell me about a time you coached a junior engineer.',
      'Describe a hire you are proud of.',
      'Describe a customer complaint you fixed.',
      'Tell me about a time you cut costs on a tight budget.',
      'Describe a time you dug into the metrics to find a bug.',
    ];
    const body = `#principles\n# Acme\n\n## Customer Obsession\nx\n\n## Hire and Develop the Best\nx\n\n## Frugality\nx\n\n## Dive Deep\nx\n\n## Bias for Action\n\nSpeed.\n\n${items(texts)}\n`;
    const [w] = indexOf(note('Acme.md', body)).warnings;
    expect(w.message).toBe(
      "5 questions under 'Bias for Action'; 5 read as other principles: Hire and Develop the Best (2), Customer Obsession (1), Dive Deep (1), Frugality (1).",
    );
  });

  it('groups by the latest heading that maps the questions, and leaves out questions mapped another way', () => {
    const five = [...HIRING, 'Tell me about someone you promoted.', 'Describe how you grew a new manager.'];
    // Under `### Main: Bias for Action` and then `## Customer Obsession`: the later heading groups them.
    const later = `${SET_HEAD}### Main: Bias for Action\n\n## Customer Obsession\n\n${items(five)}\n`;
    const [w] = indexOf(note('Acme.md', later)).warnings;
    expect(w.message).toBe("5 questions under 'Customer Obsession'; 3 read as other principles: Hire and Develop the Best (3).");
    // `**Sub: …**` below `### Main: …` adds a secondary principle; the `Main:` line still groups them.
    const sub = `${SET_HEAD}### Main: Bias for Action\n\n**Sub: Customer Obsession**\n\n${items(five)}\n`;
    expect(indexOf(note('Acme.md', sub)).warnings).toEqual([
      expect.objectContaining({ line: 13, message: "5 questions under 'Main: Bias for Action'; 3 read as other principles: Hire and Develop the Best (3)." }),
    ]);
    // A principle heading inside the `Main:` section maps them as secondary: the `Main:` line groups them.
    const inside = `${SET_HEAD}### Main: Bias for Action\n\n#### Customer Obsession\n\n${items(five)}\n`;
    expect(indexOf(note('Acme.md', inside)).warnings).toEqual([
      expect.objectContaining({ line: 13, message: "5 questions under 'Main: Bias for Action'; 3 read as other principles: Hire and Develop the Best (3)." }),
    ]);
    // Two nested principle headings both map them (neither is a `Main:`): the inner, later one groups them.
    const nested = indexOf(note('Acme.md', SET_HEAD), note('Questions.md', `#questions\n## Bias for Action\n\n### Customer Obsession\n\n${items(five)}\n`));
    expect(nested.warnings).toEqual([
      expect.objectContaining({ path: 'Questions.md', line: 4, message: "5 questions under 'Customer Obsession'; 3 read as other principles: Hire and Develop the Best (3)." }),
    ]);
    // `**Sub: …**` alone adds a secondary principle; the heading above still maps them as primary and groups them.
    const subOnly = indexOf(note('Acme.md', SET_HEAD), note('Questions.md', `#questions\n## Bias for Action\n\n**Sub: Customer Obsession**\n\n${items(five)}\n`));
    expect(subOnly.warnings).toEqual([
      expect.objectContaining({ path: 'Questions.md', line: 2, message: "5 questions under 'Bias for Action'; 3 read as other principles: Hire and Develop the Best (3)." }),
    ]);
    // Mapped by links only (and tags): no heading holds them.
    const linked = `${SET_HEAD}## Notes\n\n${items(five, ' [[Acme#Bias for Action]]')}\n`;
    expect(indexOf(note('Acme.md', linked)).warnings).toEqual([]);
    const tagged = `${SET_HEAD}## Notes\n\n${items(five, ' #acme/bias-for-action')}\n`;
    expect(indexOf(note('Acme.md', tagged)).warnings).toEqual([]);
  });
});
