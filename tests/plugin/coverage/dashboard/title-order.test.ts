// The dashboard's title order: as people read titles (numbers by value, case and accents aside),
// the same order `localeCompare` with base sensitivity and numeric collation gives.
import fc from 'fast-check';
import { VaultIndex } from '../../../../src/core/index/vault-index';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../../src/core/settings';
import { buildDashboardModel } from '../../../../src/plugin/coverage/dashboard/model';
import { note } from '../../../core/helpers';

const SET = '#principles/acme\n# Acme\n\n### Ownership\nAct for the long term.\n';

function story(title: string): string {
  return `#story\n# ${title}\n\n**S:** The build broke every night.\n**A:** I fixed the flaky step.\n**R:** Green for a month.\n\n[[Acme#Ownership]]\n`;
}

function titleRows(titles: string[]): string[] {
  const index = new VaultIndex();
  index.upsert(note('Acme.md', SET));
  titles.forEach((t, i) => index.upsert(note(`Stories/s${i}.md`, story(t))));
  const snapshot = index.snapshot();
  const model = buildDashboardModel({ snapshot, ready: true, set: snapshot.sets[0], sort: 'title', coverage: DEFAULT_COVERAGE_SETTINGS, setTag: 'principles' });
  return model.rows.map((r) => r.story.title);
}

describe('the dashboard sorts stories by title', () => {
  it('puts numbers in order of value and ignores case and accents', () => {
    expect(titleRows(['Story 10', 'story 2', 'Zebra launch', 'Écoles pilot', 'apple outage', 'Story 1'])).toEqual([
      'apple outage',
      'Écoles pilot',
      'Story 1',
      'story 2',
      'Story 10',
      'Zebra launch',
    ]);
  });

  it('orders any titles as localeCompare with base sensitivity and numeric collation (fast-check)', () => {
    const word = fc.constantFrom('alpha', 'Alpha', 'ÁLPHA', 'beta', 'Béta', 'story', 'Story', 'zeta', 'ß', 'ss', '2', '10', '002', 'x9', 'x10', 'ñu', 'nu');
    const title = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.uniqueArray(title, { maxLength: 12 }), (titles) => {
        const rows = titleRows(titles);
        expect([...rows].sort()).toEqual([...titles].sort());
        for (let i = 1; i < rows.length; i++) expect(rows[i - 1].localeCompare(rows[i], undefined, { sensitivity: 'base', numeric: true })).toBeLessThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});
