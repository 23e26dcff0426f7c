// Names resolving to principles, on notes as users write them: links with headings and aliases,
// tags with a set in front, comma lists, labels and headings, the roles they give, and the
// warnings for names that match nothing or several sets.
import { VaultIndex } from '../../../src/core/index/vault-index';
import { withoutLineTags } from '../../../src/core/index/resolve';
import type { IndexSnapshot, IndexWarning, Question, Story } from '../../../src/core/model';
import { fixture, note } from '../helpers';

const SET = fixture('Acme Principles.md', 'Prep/Acme Principles.md');
const GLOBEX = note('Globex/Ownership.md', 'Own the outcome, not just the task.\n', { tags: ['principle', 'globex'] });

function indexOf(...notes: ReturnType<typeof note>[]): IndexSnapshot {
  const index = new VaultIndex();
  index.upsert(SET);
  for (const n of notes) index.upsert(n);
  return index.snapshot();
}

const roles = (item: Question | Story) => item.principles.map((p) => `${p.id}:${p.role}:${p.source}`);
const unknownWarnings = (snap: IndexSnapshot, path: string): IndexWarning[] => snap.warnings.filter((w) => w.path === path && w.code !== 'read-elsewhere');
const questionsOf = (snap: IndexSnapshot, path: string) => snap.questions.filter((q) => q.path === path);
const storyOf = (snap: IndexSnapshot, path: string) => snap.stories.find((s) => s.path === path)!;

function story(path: string, text: string, fm: Record<string, unknown> = {}): ReturnType<typeof note> {
  return note(path, `${text}\n\n**S:** The build broke nightly.\n**T:** Fix it.\n**A:** I bisected it.\n**R:** Green for a month.\n`, { tags: ['story'], ...fm }, 3);
}

describe('links', () => {
  it('a link to a set note’s heading maps that principle, whatever the case, folder or alias', () => {
    const snap = indexOf(story('Stories/Links.md', 'See [[prep/acme principles#ownership|owning it]] and [[Acme Principles#Deliver Results]].'));
    expect(roles(storyOf(snap, 'Stories/Links.md'))).toEqual(['acme/ownership:primary:link', 'acme/deliver-results:primary:link']);
  });

  it('a link to the set note itself, without a heading, maps nothing and warns about nothing', () => {
    const snap = indexOf(story('Stories/Whole set.md', 'Background: [[Acme Principles]].'));
    expect(storyOf(snap, 'Stories/Whole set.md').principles).toEqual([]);
    expect(unknownWarnings(snap, 'Stories/Whole set.md')).toEqual([]);
  });

  it('a misspelled heading in a link gets a did-you-mean from that set; an unrelated heading is just a link', () => {
    const snap = indexOf(story('Stories/Typo link.md', 'See [[Acme Principles#Ownershp]] and [[Acme Principles#Recruiter notes]].'));
    expect(storyOf(snap, 'Stories/Typo link.md').principles).toEqual([]);
    expect(unknownWarnings(snap, 'Stories/Typo link.md')).toEqual([
      { code: 'unknown-principle', severity: 'warning', path: 'Stories/Typo link.md', line: 4, message: 'Unknown principle "Ownershp". Did you mean "Ownership"?', suggestion: 'Ownership' },
    ]);
  });

  it('a same-note link `[[#Heading]]` in the set note maps that principle', () => {
    const set = note('Prep/Beta.md', '#principles #beta\n\n# Beta\n\n### Frugality\nDo more with less.\n\n### Questions\n\n1. **Tell me about a budget you cut.** [[#Frugality]]\n');
    const snap = indexOf(set);
    expect(questionsOf(snap, 'Prep/Beta.md').map(roles)).toEqual([['beta/frugality:primary:link']]);
  });

  it('a link to a #principle note maps that principle', () => {
    const snap = indexOf(GLOBEX, story('Stories/Globex.md', '#globex Owned it: [[Globex/Ownership|ownership]].'));
    expect(roles(storyOf(snap, 'Stories/Globex.md'))).toEqual(['globex/ownership:primary:link']);
  });

  it('in frontmatter, a link to any note names the principle by its heading, or else by the note', () => {
    const snap = indexOf(story('Stories/Fm links.md', 'Body.', { principles: ['[[Old notes#Ownership]]', '[[Deliver Results]]'] }));
    expect(roles(storyOf(snap, 'Stories/Fm links.md'))).toEqual(['acme/ownership:primary:frontmatter', 'acme/deliver-results:primary:frontmatter']);
    // In the text, a link to a note that is not a set or principle note is only a link.
    const body = indexOf(story('Stories/Body links.md', 'See [[Old notes#Ownership]] and [[Deliver Results]].'));
    expect(storyOf(body, 'Stories/Body links.md').principles).toEqual([]);
    expect(unknownWarnings(body, 'Stories/Body links.md')).toEqual([]);
  });
});

describe('tags', () => {
  it('a tag whose last segment is a principle maps it; an unknown one maps nothing, silently', () => {
    const snap = indexOf(story('Stories/Tags.md', '#lp/bias-for-action #lp/are-right-a-lot #lp/juggling'));
    expect(roles(storyOf(snap, 'Stories/Tags.md'))).toEqual(['acme/bias-for-action:primary:tag', 'acme/are-right-a-lot:primary:tag']);
    expect(unknownWarnings(snap, 'Stories/Tags.md')).toEqual([]);
  });

  it('a name in two sets: an earlier tag segment naming a set picks it, the note’s set tag too, else it is ambiguous', () => {
    const snap = indexOf(
      GLOBEX,
      story('Stories/Scoped tag.md', '#globex/ownership'),
      story('Stories/Set tag.md', '#acme #lp/ownership'),
      story('Stories/Bare tag.md', '#lp/ownership'),
    );
    expect(roles(storyOf(snap, 'Stories/Scoped tag.md'))).toEqual(['globex/ownership:primary:tag']);
    expect(roles(storyOf(snap, 'Stories/Set tag.md'))).toEqual(['acme/ownership:primary:tag']);
    expect(storyOf(snap, 'Stories/Bare tag.md').principles).toEqual([]);
    expect(unknownWarnings(snap, 'Stories/Bare tag.md')).toEqual([
      {
        code: 'ambiguous-principle',
        severity: 'warning',
        path: 'Stories/Bare tag.md',
        line: 4,
        message: '"lp/ownership" is a principle in several sets (acme, globex); tag the note with one of them.',
      },
    ]);
  });
});

describe('names and comma lists', () => {
  it('a comma list keeps names with commas whole and warns about each unknown part', () => {
    const snap = indexOf(story('Stories/List.md', 'Body.', { principles: 'Ownership, Are Right, A Lot, Juggling' }));
    expect(roles(storyOf(snap, 'Stories/List.md'))).toEqual(['acme/ownership:primary:frontmatter', 'acme/are-right-a-lot:primary:frontmatter']);
    expect(unknownWarnings(snap, 'Stories/List.md').map((w) => w.message)).toEqual(['Unknown principle "Juggling".']);
  });

  it('the same unknown name twice on one line is reported once', () => {
    const snap = indexOf(story('Stories/Twice.md', 'Body.', { principles: ['Juggling', 'Juggling'] }));
    expect(unknownWarnings(snap, 'Stories/Twice.md').map((w) => w.message)).toEqual(['Unknown principle "Juggling".']);
  });

  it('a name in two sets is ambiguous in a note tagged with neither, and resolved in one tagged with one', () => {
    const snap = indexOf(GLOBEX, story('Stories/Neither.md', 'Body.', { principles: ['Ownership'] }), story('Stories/Globex one.md', '#globex', { principles: ['Ownership'] }));
    expect(unknownWarnings(snap, 'Stories/Neither.md').map((w) => [w.code, w.line, w.message])).toEqual([
      ['ambiguous-principle', 1, '"Ownership" is a principle in several sets (acme, globex); tag the note with one of them.'],
    ]);
    expect(roles(storyOf(snap, 'Stories/Globex one.md'))).toEqual(['globex/ownership:primary:frontmatter']);
  });
});

describe('how many unknown names are listed', () => {
  const unknownNames = (n: number) => Array.from({ length: n }, (_, i) => `Zebra ${String.fromCharCode(97 + i)}${String.fromCharCode(97 + i)}`);
  function bank(names: string[], after: string[] = []): ReturnType<typeof note> {
    const lines = ['#questions #acme', ''];
    for (const name of names) lines.push(`### Main: ${name}`, '- Tell me about a time it mattered?', '');
    return note('Banks/Many.md', [...lines, ...after].join('\n'));
  }

  it('lists the first 20 unknown names of a note and counts the rest in one warning at the first one not listed', () => {
    const snap = indexOf(bank(unknownNames(23)));
    const warnings = unknownWarnings(snap, 'Banks/Many.md');
    expect(warnings).toHaveLength(21);
    expect(warnings.slice(0, 20).map((w) => w.message)).toEqual(unknownNames(20).map((n) => `Unknown principle "${n}".`));
    expect(warnings[19].line).toBe(60);
    expect(warnings[20]).toEqual({
      code: 'unknown-principle',
      severity: 'warning',
      path: 'Banks/Many.md',
      line: 63,
      message: '3 more unknown principle names in this note (only the first 20 are listed).',
    });
  });

  it('says “name” for one more, and nothing more for exactly 20', () => {
    expect(unknownWarnings(indexOf(bank(unknownNames(21))), 'Banks/Many.md')[20].message).toBe('1 more unknown principle name in this note (only the first 20 are listed).');
    expect(unknownWarnings(indexOf(bank(unknownNames(20))), 'Banks/Many.md')).toHaveLength(20);
  });

  it('a second question under the 20th unknown heading does not count that listed name again', () => {
    const snap = indexOf(bank(unknownNames(20), ['- Tell me about another time it mattered?']));
    expect(questionsOf(snap, 'Banks/Many.md')).toHaveLength(21);
    expect(unknownWarnings(snap, 'Banks/Many.md')).toHaveLength(20);
  });

  it('past the listed ones, a misspelled link (which only warns when near a name) is not counted', () => {
    const snap = indexOf(bank(unknownNames(20), ['## Other', '- Tell me about a time you owned it. [[Acme Principles#Ownershp]]']));
    expect(unknownWarnings(snap, 'Banks/Many.md')).toHaveLength(20);
  });

  it('only the first 50 links to a set note’s headings in a note are looked up for a did-you-mean', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `Tried [[Acme Principles#Topic ${i}]].`);
    const typo = 'And [[Acme Principles#Ownershp]].';
    const near = indexOf(story('Stories/Links.md', [...links(49), typo].join('\n')));
    expect(unknownWarnings(near, 'Stories/Links.md')).toEqual([
      { code: 'unknown-principle', severity: 'warning', path: 'Stories/Links.md', line: 53, message: 'Unknown principle "Ownershp". Did you mean "Ownership"?', suggestion: 'Ownership' },
    ]);
    const far = indexOf(story('Stories/Links.md', [...links(50), typo].join('\n')));
    expect(unknownWarnings(far, 'Stories/Links.md')).toEqual([]);
  });
});

describe('roles', () => {
  it('a heading naming a principle makes a Sub: principle primary; links and tags then add secondary ones', () => {
    const body = ['#questions #acme', '', '## Ownership', '**Sub: Deliver Results, Ownership**', '- Tell me about a fire you put out? [[Acme Principles#Bias for Action]] #lp/deliver-results'].join('\n');
    const [q] = questionsOf(indexOf(note('Banks/Roles.md', body)), 'Banks/Roles.md');
    expect(roles(q)).toEqual(['acme/deliver-results:secondary:section', 'acme/ownership:primary:heading', 'acme/bias-for-action:secondary:link']);
  });

  it('frontmatter principles are primary and secondary-principles secondary; a name in both stays primary', () => {
    const snap = indexOf(story('Stories/Both.md', 'Body.', { principles: ['Ownership'], 'secondary-principles': ['Ownership', 'Deliver Results'] }));
    expect(roles(storyOf(snap, 'Stories/Both.md'))).toEqual(['acme/ownership:primary:frontmatter', 'acme/deliver-results:secondary:frontmatter']);
  });

  it('a link in an item without a primary makes it primary', () => {
    const body = ['#questions #acme', '', '- Tell me about a risky launch? [[Acme Principles#Bias for Action]]'].join('\n');
    const [q] = questionsOf(indexOf(note('Banks/Link only.md', body)), 'Banks/Link only.md');
    expect(roles(q)).toEqual(['acme/bias-for-action:primary:link']);
  });
});

describe('ids and sets of questions and stories', () => {
  it('a question belongs to the set of its primary principle, else the note’s only set, else none', () => {
    const mapped = indexOf(GLOBEX, note('Banks/Mapped.md', '#questions #acme\n\n- Tell me about a time you owned it. #globex/ownership'));
    const [q] = questionsOf(mapped, 'Banks/Mapped.md');
    expect([q.set, q.id.split('/')[0]]).toEqual(['globex', 'globex']);
    const scoped = indexOf(note('Banks/Scoped.md', '#questions #acme\n\n- What do you do on a slow day?'));
    expect(questionsOf(scoped, 'Banks/Scoped.md').map((x) => [x.set, x.id.split('/')[0]])).toEqual([['acme', 'acme']]);
    const none = indexOf(note('Banks/None.md', '#questions\n\n- What do you do on a slow day?'));
    expect(questionsOf(none, 'Banks/None.md').map((x) => [x.set, x.id.split('/')[0]])).toEqual([[null, 'none']]);
  });

  it('a tag appended to a question’s line changes neither its text nor its id', () => {
    const plain = questionsOf(indexOf(note('Banks/T.md', '#questions #acme\n\n- Tell me about a time you owned it.')), 'Banks/T.md')[0];
    const tagged = questionsOf(indexOf(note('Banks/T.md', '#questions #acme\n\n- Tell me about a time you owned it. #lp/ownership')), 'Banks/T.md')[0];
    expect([tagged.text, tagged.id]).toEqual(['Tell me about a time you owned it.', plain.id]);
    expect(plain.id).toMatch(/^acme\/q-[0-9a-z]+$/);
  });

  it('a story’s id is its title as a slug of at most 60 characters, `untitled` when it has none; its parts are in STAR order', () => {
    const long = 'A very long story title that keeps going well past sixty characters in all';
    const snap = indexOf(note('Stories/Long.md', '**R:** Done.\n**S:** Start.\n**A:** Did.\n', { tags: ['story'], title: long }, 3), note('Stories/Bare.md', '**S:** Start.\n**T:** Task.\n', { tags: ['story'], title: '!!!' }, 3));
    const s = storyOf(snap, 'Stories/Long.md');
    expect(s.id).toBe('story/a-very-long-story-title-that-keeps-going-well-past-sixty-cha');
    expect(s.parts).toEqual(['S', 'A', 'R']);
    expect(storyOf(snap, 'Stories/Bare.md').id).toBe('story/untitled');
  });
});

describe('withoutLineTags', () => {
  it('drops the tags at the end of a line and keeps a hash inside the text', () => {
    expect(withoutLineTags('Tell me about C# at scale. #lp/ownership #acme')).toBe('Tell me about C# at scale.');
    expect(withoutLineTags('Issue #42 went wrong, why?')).toBe('Issue #42 went wrong, why?');
    expect(withoutLineTags('Tell me about it #lp/are-right_a-lot  ')).toBe('Tell me about it');
    expect(withoutLineTags('#acme')).toBe('#acme');
  });
});
