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

  it('takes the longest known name inside a longer one, and never a short one', () => {
    expect(recognize(named('Frugality and Earn Trust of Others', 'Dive Deep into the data', 'Ownerless meetings')).map(first)).toEqual([
      'Earn Trust',
      'Dive Deep',
      null,
    ]);
  });

  it('takes a near spelling of eight letters or more, at most one edit in four', () => {
    expect(recognize(named('Think Bgi', 'Thnk Big', 'Frugalty', 'Insist on the Highst Standads')).map(first)).toEqual([
      'Think Big',
      null,
      'Frugality',
      'Insist on the Highest Standards',
    ]);
    expect(recognize(named('Ownrshp', 'Frgalty', 'Customer Obssessionn')).map(first)).toEqual([null, null, 'Customer Obsession']);
    // Two edits in eleven letters is a typo; three is another word.
    expect(recognize(named('Dive Deeply', 'Deeper dives')).map(first)).toEqual(['Dive Deep', null]);
  });

  it('settles a name two families know alike by the family most of the set belongs to', () => {
    // `Leadership` (Google) and `Dive Deeper` (Amazon) are both inside, and equally long.
    expect(recognize(named('Leadership Dive Deeper', 'GCA', 'Googleyness')).map(first)).toEqual(['Leadership', 'General cognitive ability', 'Googleyness']);
    expect(recognize(named('Leadership Dive Deeper', 'Ownership', 'Frugality')).map(first)).toEqual(['Dive Deep', 'Ownership', 'Frugality']);
    expect(recognize(named('Leadership Dive Deeper')).map(first)).toEqual(['Dive Deep']);
  });
});
