// A vault for loop-plan tests, in our own words: a set of five principles (one with a comma in its
// name), story notes whose Results carry numbers, and one with no number at all.
import { VaultIndex } from '../../../src/core/index/vault-index';
import type { IndexSnapshot, NoteRecord } from '../../../src/core/model';

const SET_NOTE = `#principles #harbor

# Harbor Principles

### Customer Obsession
Start from the customer.

### Ownership
Act for the whole company.

### Are Right, A Lot
Good judgment, often.

### Frugality
Do more with less.

### Dive Deep
Check the numbers yourself.
`;

const story = (title: string, principles: string[], secondary: string[], result: string): NoteRecord => ({
  path: `Stories/${title}.md`,
  frontmatter: { tags: ['story'], principles, 'secondary-principles': secondary },
  body: `# ${title}\n\n**S:** The ${title.toLowerCase()} started when the old process broke.\n**T:** I had to fix it within the quarter.\n**A:** I rebuilt the process and I talked to every team.\n**R:** ${result}\n`,
  bodyLine: 5,
});

export const NOTES: NoteRecord[] = [
  { path: 'Harbor Principles.md', frontmatter: null, body: SET_NOTE, bodyLine: 0 },
  // Customer Obsession: Checkout and Returns both; Ownership: Checkout only (primary).
  story('Checkout latency rescue', ['Customer Obsession', 'Ownership'], [], 'Page load fell by 40% and conversion rose $2.5m a year.'),
  story('Returns desk rewrite', ['Customer Obsession'], ['Are Right, A Lot'], 'Refund time went from 9 days to 2 days.'),
  story('Vendor contract cut', ['Frugality'], [], 'We saved a lot and nobody missed the old tool.'),
  story('Pager noise audit', ['Are Right, A Lot'], ['Frugality'], 'Alerts dropped 3x, from 1,200 to 400 a week.'),
];

export function harborSnapshot(): IndexSnapshot {
  const index = new VaultIndex();
  for (const n of NOTES) index.upsert(n);
  return index.snapshot();
}

export const CO = 'harbor/customer-obsession';
export const OWN = 'harbor/ownership';
export const RIGHT = 'harbor/are-right-a-lot';
export const FRUG = 'harbor/frugality';
export const DIVE = 'harbor/dive-deep';
