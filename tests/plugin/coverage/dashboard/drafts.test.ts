/** @jest-environment jsdom */
// Issue 15 item 2 in the dashboard: a fresh template (prompts in comments only) shows as a draft
// row with its own marker, and its principle stays a gap.
import { storyNoteText } from '../../../../src/core/authoring/story-template';
import { VaultIndex } from '../../../../src/core/index/vault-index';
import { toNoteRecord } from '../../../../src/cli/note-record';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../../src/core/settings';
import { buildDashboardModel } from '../../../../src/plugin/coverage/dashboard/model';
import { renderDashboard } from '../../../../src/plugin/coverage/dashboard/render';
import '../../harness';

const SET = '# Acme values\n#principles/acme\n\n### Ownership\nAct for the long term.\n\n### Frugality\nDo more with less.\n';

it('draws a draft row with a Draft badge, faint marks, no count and a legend entry', () => {
  const index = new VaultIndex();
  index.upsert(toNoteRecord('Acme.md', SET));
  const template = storyNoteText({ title: 'Cost review', storyTag: 'story', principles: ['[[Acme#Frugality]]'], now: new Date(2026, 1, 1) });
  index.upsert(toNoteRecord('Stories/Cost review.md', template));
  const snapshot = index.snapshot();
  const model = buildDashboardModel({ snapshot, ready: true, set: snapshot.sets[0], sort: 'title', coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' });
  const el = createDiv();
  document.body.appendChild(el);
  renderDashboard(el, model, { open: () => {}, selectSet: () => {}, sort: () => {} }, {});

  const row = el.querySelector('table.ip-matrix tbody tr')!;
  expect(row.classList.contains('ip-draft')).toBe(true);
  expect([...row.querySelectorAll('.ip-badge')].map((b) => b.textContent)).toEqual(['Draft']);
  const cell = row.querySelector('td.ip-cell-draft')!;
  expect(cell.textContent).toBe('●');
  expect(cell.getAttribute('title')).toBe('Primary: Frugality (draft, not counted)');
  expect([...el.querySelectorAll('tfoot td.ip-total')].map((t) => t.textContent)).toEqual(['0', '0']);
  expect(el.querySelector('.ip-legend')?.textContent).toContain('draft: nothing written yet (not counted)');
  expect(el.querySelector('.ip-counts')?.textContent).toBe('0 stories · 0 questions · 1 draft');
});
