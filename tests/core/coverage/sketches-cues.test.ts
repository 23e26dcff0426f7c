// Sketches and answer cues sit beside coverage: a sketch is listed for its principles but never
// counted (nor in the loop), and each principle says how many of its questions have a cue.
import { computeCoverage } from '../../../src/core/coverage/coverage';
import type { CoverageReport, PrincipleCoverage } from '../../../src/core/coverage/types';
import type { IndexSnapshot } from '../../../src/core/model';
import { indexTexts, setNote } from '../authoring/vault';

const body = [
  '### Main: Ownership',
  '',
  '1. **Tell me about a time you fixed something nobody owned.**',
  '',
  '• The support inbox.',
  '',
  '1. **Tell me about a time you took on work outside your role.**',
  '',
  '**Weekend rescue**',
  '',
  'I came in on a Saturday and we rebuilt the billing export before the audit.',
  '',
];

describe('coverage with sketches and cues', () => {
  let snapshot: IndexSnapshot;
  let report: CoverageReport;
  let ownership: PrincipleCoverage | undefined;
  beforeEach(() => {
    snapshot = indexTexts({ 'Acme.md': setNote() + body.join('\n') }).snapshot;
    report = computeCoverage(snapshot, 'acme');
    ownership = report.principles.find((p) => p.principle.id === 'acme/ownership');
  });

  it('lists the sketch for its principle without counting it', () => {
    expect(snapshot.stories.map((s) => s.kind)).toEqual(['sketch']);
    expect(report.sketches.map((s) => [s.story.title, s.principles])).toEqual([['Weekend rescue', ['acme/ownership']]]);
    expect(report.stories).toEqual([]);
    expect(ownership?.count).toBe(0);
    expect(ownership?.status).toBe('gap');
    expect(report.loop.filled).toBe(0);
  });

  it('counts the questions of a principle and those with a cue', () => {
    expect(ownership).toMatchObject({ questions: 2, cuedQuestions: 1 });
    expect(report.principles.find((p) => p.principle.id === 'acme/frugality')).toMatchObject({ questions: 0, cuedQuestions: 0 });
    expect(report.questionCount).toBe(2);
  });
});
