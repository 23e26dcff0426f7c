// The text helpers of extraction on lines as users write them: what a reader sees of a line, a
// story's short title, whether a list item is a question, and a question without its trailing links.
import { displayText, displayTitle, excerpt, questionText, readsAsQuestion } from '../../../src/core/extract/text';

describe('displayText', () => {
  it('shows a wikilink as its alias, else its heading, else its target, and a markdown link as its label', () => {
    expect(displayText('Ask [[Amazon#Ownership|the owner]] first')).toBe('Ask the owner first');
    expect(displayText('See [[Amazon#Dive Deep]] and [[Stories/Outage]]')).toBe('See Dive Deep and Stories/Outage');
    expect(displayText('Read [[ Padded note ]] now')).toBe('Read Padded note now');
    expect(displayText('The [runbook](https://example.com/run) says **stop**')).toBe('The runbook says stop');
  });

  it('leaves text without brackets as written, minus emphasis and extra spaces', () => {
    expect(displayText('  A *quiet*   launch  ')).toBe('A quiet launch');
    expect(displayText('x < y and a > b')).toBe('x < y and a > b');
  });
});

describe('displayTitle', () => {
  it('shows backslash escapes as the characters written, links and emphasis still removed', () => {
    expect(displayTitle('Fixed bug \\#42 in \\[beta\\] and \\*nightly\\*')).toBe('Fixed bug #42 in [beta] and *nightly*');
    expect(displayTitle('The \\_init\\_ fix in [[Stories/Boot|boot]]')).toBe('The _init_ fix in boot');
    expect(displayTitle('Cost \\~ 3\\% of \\{budget\\} \\`x\\` a\\!')).toBe('Cost ~ 3% of {budget} `x` a!');
    expect(displayTitle('Q3\\/Q4 at 9\\:30 \\@ HQ \\<b\\> \\^ \\\\ \\|')).toBe('Q3/Q4 at 9:30 @ HQ <b> ^ \\ |');
  });

  it('keeps a backslash before a letter, and reads a title without backslashes as displayText does', () => {
    expect(displayTitle('C:\\Users path')).toBe('C:\\Users path');
    expect(displayTitle('**Bold** [[Note|alias]]')).toBe('Bold alias');
  });
});

describe('excerpt', () => {
  it('is the first sentence of the first line, without its final stop', () => {
    expect(excerpt('We missed the launch. Then we fixed it.')).toBe('We missed the launch');
    expect(excerpt('Did we miss it? Yes.')).toBe('Did we miss it');
    expect(excerpt('Version 2.1 shipped late!\nSecond line.')).toBe('Version 2.1 shipped late');
    expect(excerpt('No stop at all')).toBe('No stop at all');
    expect(excerpt('')).toBe('');
  });

  it('cuts a long sentence at a word before the limit and marks the cut', () => {
    const long = 'Our biggest customer threatened to leave after three outages in one month, so I acted.';
    expect(excerpt(long)).toBe('Our biggest customer threatened to leave after three…');
    // The last space at 20 characters is too early: the cut falls mid-word.
    expect(excerpt(long, 30)).toBe('Our biggest customer threatene…');
    expect(excerpt(long, 31)).toBe('Our biggest customer threatened…');
    expect(excerpt(long, 33)).toBe('Our biggest customer threatened…');
    expect(excerpt('Shipped on time, under budget, and with a happy team of twelve engineers.', 40)).toBe('Shipped on time, under budget, and with…');
  });

  it('cuts mid-word when the only space is too early, and drops trailing punctuation before the mark', () => {
    expect(excerpt('A supercalifragilisticexpialidociousandevenlongerword here', 30)).toBe('A supercalifragilisticexpialid…');
    expect(excerpt('We cut costs; moved fast: then we grew the team again', 32)).toBe('We cut costs; moved fast: then…');
    expect(excerpt('Budget, scope, people, timelines; all of them moved', 23)).toBe('Budget, scope, people…');
  });

  it('keeps a sentence of exactly the limit whole', () => {
    expect(excerpt('abcde fghij.', 12)).toBe('abcde fghij');
    expect(excerpt('abcde fghij.', 11)).toBe('abcde fghij…');
  });
});

describe('readsAsQuestion', () => {
  it.each([
    'Why did the launch slip?',
    'Why did the launch slip?)',
    'Was it your call?”',
    '¿Qué pasó después？',
    'Tell me about a hard call.',
    'tell us about your team',
    'Describe a failure',
    'Give me an example of grit',
    'Walk me through the outage',
    'Walk us through your design',
    'Talk about a conflict',
    'Talk me through the numbers',
    'How would you scale this',
    'How do you give feedback',
    'Share an example of grit',
    'Share a time you failed',
    'What is an example of bias',
    'Give an example of grit',
    'Give us an example of grit',
    '**Tell me** about a launch',
    '[[Story|Tell me]] about it',
    'Why did you own it? #lp/ownership',
    'Why did you own it? #acme/ownership #hard',
    'Why did you own it? [[Acme#Ownership]]',
    'Why did you own it? — [[Acme#Ownership]] [[Acme#Frugality]]',
  ])('%s is a question', (text) => {
    expect(readsAsQuestion(text)).toBe(true);
  });

  it.each([
    'Why now?? no',
    'Cut the scope.',
    'Shipped it',
    'Why?',
    '**Why?**',
    'I told them about the risk',
    'The customer told me about it?!',
    'We shipped it #why?',
    'Shipped it? Then #1 priority',
    'Cut the scope #lp/ownership',
    'Why me? #a',
  ])('%s is not a question', (text) => {
    expect(readsAsQuestion(text)).toBe(false);
  });

  it('needs eight characters of display text', () => {
    expect(readsAsQuestion('Why me??')).toBe(true);
    expect(readsAsQuestion('Why me?')).toBe(false);
    expect(readsAsQuestion('**Why me?**')).toBe(false);
  });
});

describe('questionText', () => {
  it('drops the heading links a question ends with, and what separates them from it', () => {
    expect(questionText('**Tell me about a push-back.** [[Amazon#Have Backbone]]')).toBe('Tell me about a push-back.');
    expect(questionText('Tell me about a launch — [[Amazon#Think Big]], [[Amazon#Deliver Results|DR]]  ')).toBe('Tell me about a launch');
    expect(questionText('A failure?\t-> ![[Amazon#Ownership]]')).toBe('A failure?');
    expect(questionText('A failure? | [[Amazon#Ownership]] ; [[Amazon#Frugality]]')).toBe('A failure?');
    expect(questionText('A failure?\u00a0: [[Amazon#Ownership]]')).toBe('A failure?');
    expect(questionText('A failure? – → [[Amazon#Ownership]]')).toBe('A failure?');
  });

  it('keeps links that are not at the end, not to a heading, or not closed, and a line that is only links', () => {
    expect(questionText('About [[Amazon#Ownership]] and more?')).toBe('About Ownership and more?');
    expect(questionText('Tell me about [[Stories/Outage]]')).toBe('Tell me about Stories/Outage');
    expect(questionText('Tell me about [[Amazon#Ownership')).toBe('Tell me about [[Amazon#Ownership');
    expect(questionText('Tell me [x] about [[a]b#c]]')).toBe('Tell me [x] about [[a]b#c]]');
    expect(questionText('[[Amazon#Ownership]]')).toBe('Ownership');
    expect(questionText('[[Amazon#Ownership]] [[Amazon#Frugality|thrift]]')).toBe('Ownership thrift');
    expect(questionText('Tell me #]]')).toBe('Tell me #]]');
    expect(questionText('x]]')).toBe('x]]');
  });
});
