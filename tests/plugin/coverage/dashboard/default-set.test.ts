// Issue 15 item 5 in the plugin: with no set chosen, the dashboard shows the set with the most
// stories and questions (the same core rule as the CLI), not the first set by path.
import { VaultIndex } from '../../../../src/core/index/vault-index';
import { toNoteRecord } from '../../../../src/cli/note-record';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../../src/core/settings';
import { buildDashboardModel } from '../../../../src/plugin/coverage/dashboard/model';

it('the dashboard model defaults to the largest set', () => {
  const index = new VaultIndex();
  index.upsert(toNoteRecord('Google Hiring Attributes.md', '#principles #google\n# Google\n\n### Leadership\nStep up.\n'));
  index.upsert(toNoteRecord('Interview/Amazon.md', '#principles #amazon\n# Amazon\n\n### Ownership\nThink long term.\n'));
  index.upsert(toNoteRecord('Stories/Release.md', '---\ntags: [story]\nprinciples: [Ownership]\n---\n## Situation\nA release slipped.\n## Action\nI took it over.\n'));
  const snapshot = index.snapshot();
  expect(snapshot.sets[0].id).toBe('google');
  const model = buildDashboardModel({ snapshot, ready: true, set: null, sort: 'title', coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' });
  expect(model.report?.set.id).toBe('amazon');
});
