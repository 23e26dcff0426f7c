import { recognize } from '../../../src/core/reading/recognize';

const named = (...names: string[]) => names.map((name) => ({ name, aliases: [] as string[] }));
const first = (k: ReturnType<typeof recognize>[number]) => k?.names[0] ?? null;

describe('recognize', () => {
  it('knows Amazon, Google and Meta principles by the names people write, whatever the set is called', () => {
    const got = recognize(
      named('Earn Trust of Others', 'Disagree and Commit', 'Hire & Develop the Best', 'are right a lot', 'GCA', 'Emergent leadership', 'Meta Metamates Me', 'Be direct'),
    ).map(first);
    expect(got).toEqual([
      'Earn Trust',
      'Have Backbone; Disagree and Commit',
      'Hire and Develop the Best',
      'Are Right, A Lot',
      'General cognitive ability',
      'Leadership',
      'Meta, Metamates, me',
      'Be direct and respect your colleagues',
    ]);
  });

  it('finds a known name inside a longer one and through a near spelling', () => {
    expect(recognize(named('Customer Obsession (CO)', 'Customer Obession', 'Strive to be Earths best employer')).map(first)).toEqual([
      'Customer Obsession',
      'Customer Obsession',
      'Strive to be Earth’s Best Employer',
    ]);
  });

  it('leaves names it does not know alone, and uses aliases', () => {
    expect(recognize(named('Pricing discipline', 'Ai', '', 'Speed')).map(first)).toEqual([null, null, null, null]);
    expect(recognize([{ name: 'Be bold', aliases: ['Think big'] }]).map(first)).toEqual(['Think Big']);
  });
});
