// The loop-readiness sentence and the loop it speaks of, on vaults written as notes: the words the
// dashboard and the CLI print, counted and named from the report of the vault's principle set.
import { toNoteRecord } from '../../../src/cli/note-record';
import { computeCoverage } from '../../../src/core/coverage/coverage';
import { loopRows, loopSentence } from '../../../src/core/coverage/loop-text';
import { VaultIndex } from '../../../src/core/index/vault-index';

const SET_NOTE = [
  '#principles #harbor',
  '# Harbor Principles',
  '',
  '### Ownership',
  'Own the outcome, not just the task.',
  '',
  '### Bias for Action',
  'Speed matters; most decisions can be undone.',
  '',
  '### Earn Trust',
  'Listen, speak candidly, admit mistakes.',
  '',
  '### Think Big',
  'Set a bold direction and bring people along.',
  '',
].join('\n');

const storyNote = (title: string, principles: string[]): string =>
  `---\ntags: [story]\nprinciples: [${principles.join(', ')}]\n---\n# ${title}\n\n**S:** The nightly import kept failing.\n**T:** I had to make it reliable.\n**A:** I rewrote the retry logic myself.\n**R:** Failures dropped by 80%.\n`;

function reportOf(stories: Record<string, string[]>, target: number, setNote = SET_NOTE) {
  const index = new VaultIndex();
  index.upsert(toNoteRecord('Harbor Principles.md', setNote));
  for (const [title, principles] of Object.entries(stories)) index.upsert(toNoteRecord(`Stories/${title}.md`, storyNote(title, principles)));
  const snapshot = index.snapshot();
  return computeCoverage(snapshot, snapshot.sets[0].id, { target });
}

const fourStories = { 'Import retries': ['Ownership'], 'Pager rota': ['Bias for Action'], 'Vendor apology': ['Earn Trust'], 'Platform roadmap': ['Think Big'] };

describe('loopSentence', () => {
  it('says a loop of one story each is ready', () => {
    expect(loopSentence(reportOf(fourStories, 1))).toBe('Loop ready: every principle can get a story with no story told twice.');
  });

  it('says a loop of two different stories each is ready', () => {
    const eight = { ...fourStories, 'Cache rollout': ['Ownership'], 'Hotfix Friday': ['Bias for Action'], 'Audit findings': ['Earn Trust'], 'Five-year plan': ['Think Big'] };
    expect(loopSentence(reportOf(eight, 2))).toBe('Loop ready: every principle can get 2 different stories with no story told twice.');
    expect(loopRows(reportOf(eight, 2)).map((row) => [row.stories.length, row.short])).toEqual([[2, 0], [2, 0], [2, 0], [2, 0]]);
  });

  it('counts the empty slots in the singular and names the one principle left short', () => {
    // One story mapped to two principles: only one of them can tell it.
    const r = reportOf({ 'Import retries': ['Ownership', 'Earn Trust'], 'Pager rota': ['Bias for Action'], 'Platform roadmap': ['Think Big'] }, 1);
    expect(loopSentence(r)).toBe(
      'Loop not ready: with no story told twice, 3 of 4 story slots can be filled (1 story for each of 4 principles), so at least 1 more story is needed. ' +
        'The best loop leaves “Earn Trust” short.',
    );
  });

  it('names up to three short principles, escaped for the output, and counts more', () => {
    const three = reportOf({ 'Import retries': ['Ownership'] }, 1);
    expect(loopSentence(three, (s) => s.toUpperCase())).toBe(
      'Loop not ready: with no story told twice, 1 of 4 story slots can be filled (1 story for each of 4 principles), so at least 3 more stories are needed. ' +
        'The best loop leaves “BIAS FOR ACTION”, “EARN TRUST” and “THINK BIG” short.',
    );
    expect(loopSentence(reportOf({}, 2))).toBe(
      'Loop not ready: with no story told twice, 0 of 8 story slots can be filled (2 stories for each of 4 principles), so at least 8 more stories are needed. ' +
        'The best loop leaves 4 principles short.',
    );
  });

  it('speaks of one principle in the singular', () => {
    const single = '#principles #harbor\n# Harbor Principles\n\n### Ownership\nOwn the outcome, not just the task.\n';
    expect(loopSentence(reportOf({}, 1, single))).toBe(
      'Loop not ready: with no story told twice, 0 of 1 story slots can be filled (1 story for each of 1 principle), so at least 1 more story is needed. ' +
        'The best loop leaves “Ownership” short.',
    );
  });

  it('says so when the set has no principles yet', () => {
    expect(loopSentence(reportOf(fourStories, 2, '#principles #harbor\n# Harbor Principles\n\nNothing written yet.\n'))).toBe(
      'Loop readiness: the set has no principles yet.',
    );
  });
});

describe('loopRows', () => {
  it('lists the loop principle by principle in set order, with story titles and empty slots, a story for as many principles as can get one', () => {
    const r = reportOf({ 'Import retries': ['Ownership', 'Earn Trust'], 'Pager rota': ['Bias for Action'], 'Cache rollout': ['Ownership'] }, 2);
    expect(loopRows(r)).toEqual([
      { principleId: 'harbor/ownership', principle: 'Ownership', stories: ['Cache rollout'], short: 1 },
      { principleId: 'harbor/bias-for-action', principle: 'Bias for Action', stories: ['Pager rota'], short: 1 },
      { principleId: 'harbor/earn-trust', principle: 'Earn Trust', stories: ['Import retries'], short: 1 },
      { principleId: 'harbor/think-big', principle: 'Think Big', stories: [], short: 2 },
    ]);
  });
});
