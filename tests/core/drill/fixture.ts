// A small vault for drill tests, written for these tests: one principle set with questions in
// `Main:` sections and three story notes. Coverage (target 2): Customer Obsession ok (2 stories),
// Ownership thin (1), Dive Deep and Frugality gaps.
import { VaultIndex } from '../../../src/core/index/vault-index';
import type { IndexSnapshot, NoteRecord } from '../../../src/core/model';

export const ORBIT_SET_NOTE = `#principles #orbit

# Orbit Principles

### Customer Obsession
Work backwards from what the customer needs.

### Ownership
Act on behalf of the whole company.

### Dive Deep
Know the details and check the numbers.

### Frugality
Accomplish more with less.

### Main: Customer Obsession

1. **Tell me about a time you changed a plan because of customer feedback.**
    - What did the customer actually say?
    - How did you measure the change?
2. **Describe a customer problem you solved that nobody asked you to solve.**
3. **Give an example of saying no to a customer request.**

### Main: Ownership

1. **Tell me about a time you fixed something outside your team.**
    - Who owned it before you?
2. **Describe a long-term bet you made at a short-term cost.**
3. **Tell me about a commitment you could not keep.**

### Main: Dive Deep

1. **Tell me about a time the data contradicted the story you were told.**
2. **Describe a bug you traced to its root.**
3. **Walk me through a metric you rebuilt from scratch.**

### Main: Frugality

1. **Tell me about a time you delivered with a smaller budget than planned.**
2. **Describe a tool you built instead of buying one.**
3. **Give an example of cutting a cost nobody noticed.**
`;

const story = (title: string, principles: string[]): NoteRecord => ({
  path: `Stories/${title}.md`,
  frontmatter: { tags: ['story'], principles },
  body: `# ${title}\n\n**S:** A situation at work about ${title.toLowerCase()}.\n**T:** My task was to fix it.\n**A:** I did the work myself.\n**R:** It improved by 20%.\n`,
  bodyLine: 4,
});

export const NOTES: NoteRecord[] = [
  { path: 'Orbit Principles.md', frontmatter: null, body: ORBIT_SET_NOTE, bodyLine: 0 },
  story('Refund flow rewrite', ['Customer Obsession', 'Ownership']),
  story('Support inbox triage', ['Customer Obsession']),
  story('Beta feedback loop', []),
];

export function orbitSnapshot(): IndexSnapshot {
  const index = new VaultIndex();
  for (const n of NOTES) index.upsert(n);
  return index.snapshot();
}

export const CO = 'orbit/customer-obsession';
export const OWN = 'orbit/ownership';
export const DIVE = 'orbit/dive-deep';
export const FRUG = 'orbit/frugality';
