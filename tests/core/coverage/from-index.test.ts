// Coverage end to end: real note text through the VaultIndex, then computeCoverage.
import { computeCoverage, coverageForAllSets } from '../../../src/core/coverage/coverage';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { fixture, note } from '../helpers';

const SET = fixture('Acme Principles.md');

const PRICING = note(
  'Stories/Pricing page.md',
  [
    '# Pricing page rewrite',
    '',
    '## Situation',
    'Trial users kept asking support which plan they needed, and a third of them gave up before paying.',
    'The page listed every feature of every plan in one long table, and sales had added footnotes for each exception.',
    '',
    '## Task',
    'I was asked to cut those tickets in half within one quarter without adding a new plan.',
    '',
    '## Action',
    'I read two hundred tickets and sorted them by the question behind them. I rewrote the pricing page around',
    'the three jobs customers described, tested it with eight of them over video calls, and shipped it in two steps',
    'so that I could compare each step against the old page. I also wrote a short guide for the support team so',
    'their answers matched the new page from the first day.',
    '',
    '## Result',
    'Plan questions to support fell 58% and trial-to-paid conversion went from 11% to 14% by the end of the quarter.',
    '',
    '## Learning',
    'Customers describe the job they want done, not the feature; the page works when it answers in their words.',
  ].join('\n'),
  { tags: ['story'], principles: ['Deliver Results'], 'secondary-principles': '[[Acme Principles#Customer Obsession]]' },
  4,
);

const DISAGREEMENT = note(
  'Stories/Roadmap dispute.md',
  [
    '**S:** My director wanted to commit the whole team to a rewrite I thought was premature.',
    '**T:** I had to make my case before the plan was locked.',
    '**A:** I challenged the decision in the planning review with data on the current system, then committed fully once the rewrite was approved.',
    '**R:** The rewrite shipped 2 weeks late and I led its rollout.',
  ].join('\n'),
  { type: 'story', title: 'Roadmap dispute' },
  3,
);

function indexWith(...notes: ReturnType<typeof note>[]): VaultIndex {
  const index = new VaultIndex();
  index.upsert(SET);
  for (const n of notes) index.upsert(n);
  return index;
}

const summary = (index: VaultIndex) =>
  computeCoverage(index.snapshot(), 'acme', { target: 2 }).principles.map((pc) => `${pc.principle.name}: ${pc.count} ${pc.status}`);

describe('coverage of an indexed vault', () => {
  it('counts the inline stories of a set note under their Main:/Sub: sections', () => {
    const report = computeCoverage(indexWith().snapshot(), 'acme', { target: 2 });
    expect(report.principles.map((pc) => `${pc.principle.name}: ${pc.count} ${pc.status}`)).toEqual([
      'Customer Obsession: 1 thin',
      'Ownership: 1 thin',
      'Are Right, A Lot: 1 thin',
      'Have Backbone; Disagree and Commit: 0 gap',
      'Bias for Action: 3 ok',
      'Deliver Results: 0 gap',
    ]);
    expect(report.atTarget).toBe(1);
    expect(report.stories).toHaveLength(3);

    const checkout = report.stories[0];
    expect(checkout.story.title).toMatch(/^Our checkout page/);
    expect(checkout.overloadReasons).toEqual(['Only story for 3 principles: Customer Obsession, Ownership and Are Right, A Lot.']);
    expect(checkout.health.resultNumbers).toEqual(['61%', '78%', '$40k']);

    const vendor = report.stories[1];
    expect(vendor.health.issues.map((i) => i.code)).toEqual(['too-short', 'we-over-i']);
    const startup = report.stories[2];
    // "tripled in two months" is a quantity in words (issue 15 item 12).
    expect(startup.health.resultNumbers).toEqual(['tripled', 'two']);
    expect(startup.health.issues.map((i) => i.code)).not.toContain('result-without-number');

    // Three stories for six principles × 2: every story is used, and only Bias for Action
    // (whose two other stories fit nowhere else) is never short.
    expect(report.loop.filled).toBe(3);
    expect(report.loop.needed).toBe(12);
    expect(report.loop.blocking).toEqual(['acme/customer-obsession', 'acme/ownership', 'acme/are-right-a-lot', 'acme/have-backbone-disagree-and-commit', 'acme/deliver-results']);
  });

  it('adds story notes, lists unmapped stories as suggestions and follows incremental updates', () => {
    const index = indexWith(PRICING, DISAGREEMENT);
    const report = computeCoverage(index.snapshot(), 'acme', { target: 2 });
    expect(summary(index)).toEqual([
      'Customer Obsession: 2 ok',
      'Ownership: 1 thin',
      'Are Right, A Lot: 1 thin',
      'Have Backbone; Disagree and Commit: 0 gap',
      'Bias for Action: 3 ok',
      'Deliver Results: 1 thin',
    ]);
    const pricing = report.stories.find((s) => s.story.title === 'Pricing page rewrite');
    expect(pricing?.primary).toEqual(['acme/deliver-results']);
    expect(pricing?.secondary).toEqual(['acme/customer-obsession']);
    expect(pricing?.health.issues).toEqual([]);
    expect(pricing?.onlyStoryFor).toEqual(['acme/deliver-results']);

    const dispute = report.stories.find((s) => s.story.title === 'Roadmap dispute');
    expect(dispute?.primary).toEqual([]);
    expect(dispute?.suggested[0]).toBe('acme/have-backbone-disagree-and-commit');
    expect(report.principles[3].suggestedStories).toEqual([dispute?.story.id]);

    // An edit re-checks the edited story's health (health is cached per story object).
    expect(dispute?.health.issues.map((i) => i.code)).toEqual(['too-short']);
    index.upsert({ ...DISAGREEMENT, body: DISAGREEMENT.body.replace('I challenged', 'We challenged').replace('then committed', 'then we committed') });
    const edited = computeCoverage(index.snapshot(), 'acme').stories.find((s) => s.story.title === 'Roadmap dispute');
    expect(edited?.health.actionWe).toBe(2);
    expect(edited?.health.issues.map((i) => i.code)).toEqual(['too-short', 'we-over-i']);

    index.remove(PRICING.path);
    expect(summary(index)[0]).toBe('Customer Obsession: 1 thin');
    expect(summary(index)[5]).toBe('Deliver Results: 0 gap');
  });

  it('reports every set of the vault', () => {
    const other = note('Globex.md', '#principles/globex\n\n# Globex values\n\n## Move Fast\nShip small and often.\n\n## Be Kind\nAssume good intent.\n');
    const reports = coverageForAllSets(indexWith(other).snapshot());
    expect(reports.map((r) => [r.set.id, r.principles.length])).toEqual([
      ['acme', 6],
      ['globex', 2],
    ]);
    expect(reports[1].principles.every((pc) => pc.status === 'gap')).toBe(true);
    expect(reports[1].loop.blocking).toEqual(['globex/move-fast', 'globex/be-kind']);
  });
});
