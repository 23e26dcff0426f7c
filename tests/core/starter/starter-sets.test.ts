import { isStarterKey, STARTER_KEYS, STARTER_SETS, starterSetText } from '../../../src/core/starter/starter-sets';
import { slugify } from '../../../src/core/text/normalize';
import { indexTexts } from '../authoring/vault';

describe('starter sets', () => {
  it('hold 16 Amazon principles including the two from 2021, 4 Google attributes and 6 Meta values', () => {
    expect(STARTER_SETS.amazon.principles).toHaveLength(16);
    const amazon = STARTER_SETS.amazon.principles.map((p) => p.name);
    expect(amazon).toContain('Strive to be Earth’s Best Employer');
    expect(amazon).toContain('Success and Scale Bring Broad Responsibility');
    expect(STARTER_SETS.google.principles.map((p) => p.name)).toEqual(['General cognitive ability', 'Leadership', 'Role-related knowledge', 'Googleyness']);
    expect(STARTER_SETS.meta.principles.map((p) => p.name)).toEqual([
      'Move fast',
      'Focus on long-term impact',
      'Build awesome things',
      'Live in the future',
      'Be direct and respect your colleagues',
      'Meta, Metamates, me',
    ]);
    for (const key of STARTER_KEYS) {
      for (const p of STARTER_SETS[key].principles) {
        expect(p.description.length).toBeGreaterThan(20);
        expect(p.questions).toHaveLength(2);
        for (const q of p.questions) expect(q.endsWith('?') || q.endsWith('.')).toBe(true);
      }
    }
    expect(isStarterKey('meta')).toBe(true);
    expect(isStarterKey('netflix')).toBe(false);
  });

  it.each(STARTER_KEYS)('%s round-trips: indexing the note yields its principles, descriptions and questions', (key) => {
    const set = STARTER_SETS[key];
    const path = `Interview/${set.title}.md`;
    const { snapshot } = indexTexts({ [path]: starterSetText(set, 'principles') });
    expect(snapshot.warnings).toEqual([]);
    expect(snapshot.sets.map((s) => [s.id, s.path])).toEqual([[key, path]]);
    expect(snapshot.principles.map((p) => [p.name, p.description])).toEqual(set.principles.map((p) => [p.name, p.description]));
    const expected = set.principles.flatMap((p) => p.questions.map((q) => [q, `${key}/${slugify(p.name)}`]));
    expect(snapshot.questions.map((q) => [q.text, q.principles.map((r) => r.id).join(' ')])).toEqual(expected);
    expect(snapshot.questions.every((q) => q.principles[0].role === 'primary' && q.followUps.length === 0)).toBe(true);
    expect(snapshot.stories).toEqual([]);
  });

  it('uses the configured set tag', () => {
    expect(starterSetText(STARTER_SETS.google, '#values')).toContain('tags:\n  - values/google\n');
  });
});
