// The line scanner on notes as users write them: what each line is (heading, list item, text,
// rule, blank), how deep a list item sits and under which item, bold titles and labels, and the
// lines a code fence hides.
import { scanLines, type ScannedLine } from '../../../src/core/scan/scanner';

/** One line as `kind level text`, plus `^parent` for a nested list item. */
function shape(l: ScannedLine): string {
  const parent = l.parent >= 0 ? ` ^${l.parent}` : '';
  return `${l.kind} ${l.level} ${l.text}${parent}`.trimEnd();
}

function shapes(body: string): string[] {
  return scanLines(body).lines.map(shape);
}

describe('headings', () => {
  it('reads the levels and text of ATX headings, closing hashes and tabs included', () => {
    const body = ['# Amazon Leadership Principles', '### Customer Obsession', '## Stories ##', '####\tTabbed', '###### Six', '#', '## '].join('\n');
    expect(shapes(body)).toEqual(['heading 1 Amazon Leadership Principles', 'heading 3 Customer Obsession', 'heading 2 Stories', 'heading 4 Tabbed', 'heading 6 Six', 'heading 1', 'heading 2']);
  });

  it('allows up to three spaces before a heading; four make it text', () => {
    expect(shapes('   ### Ownership\n    ### Ownership')).toEqual(['heading 3 Ownership', 'text 0 ### Ownership']);
  });

  it('does not read a tag, seven hashes or a hash glued to its word as a heading', () => {
    const scan = scanLines('#principles\n####### Seven\n#1 priority');
    expect(scan.lines.map(shape)).toEqual(['text 0 #principles', 'text 0 ####### Seven', 'text 0 #1 priority']);
    expect(scan.lines[0].tags).toEqual(['principles']);
  });

  it('trims a no-break space pasted after a heading or a list item’s text', () => {
    const [heading, item] = scanLines('## Ownership\u00a0\n-   Took the pager\u00a0 ').lines;
    expect([heading.text, item.text]).toEqual(['Ownership', 'Took the pager']);
  });

  it('keeps a hash inside a heading’s text when it is not a closing run', () => {
    expect(shapes('## C# and F# at work\n## Issue #42 #')).toEqual(['heading 2 C# and F# at work', 'heading 2 Issue #42']);
  });
});

describe('rules', () => {
  it('reads ---, * * * and ___ as rules, not as list items or text', () => {
    expect(shapes('---\n* * *\n___\n - - -\n--\n**')).toEqual(['rule 0 ---', 'rule 0 * * *', 'rule 0 ___', 'rule 0 - - -', 'text 0 --', 'text 0 **']);
  });

  it('does not mix characters in a rule', () => {
    expect(shapes('-*-')[0]).toBe('text 0 -*-');
  });

  it('a rule is the whole line: trailing spaces are allowed, text before or after is not', () => {
    expect(shapes('--- \nI paused ---\n---x\n***x***')).toEqual(['rule 0 ---', 'text 0 I paused ---', 'text 0 ---x', 'text 0 ***x***']);
  });

  it('allows up to three spaces before a rule; four make it text', () => {
    expect(shapes('   ***\n    ***')).toEqual(['rule 0 ***', 'text 0 ***']);
  });
});

describe('list items', () => {
  it('reads every marker: -, *, +, 1. and 1)', () => {
    expect(shapes('- dash\n* star\n+ plus\n1. dot\n12) paren')).toEqual(['list 0 dash', 'list 0 star', 'list 0 plus', 'list 0 dot', 'list 0 paren']);
  });

  it('needs a space after the marker, takes an empty item, and allows up to nine digits', () => {
    expect(shapes('-no space\n1.no space\n-\n123456789. nine\n1234567890. ten')).toEqual(['text 0 -no space', 'text 0 1.no space', 'list 0', 'list 0 nine', 'text 0 1234567890. ten']);
  });

  it('gives each item its depth and parent, by indent', () => {
    const body = ['1. **Tell me about a time you disagreed.**', '   - Why did you push back?', '     - What happened next?', '   - Would you do it again?', '2. **Tell me about a failure.**'].join('\n');
    const scan = scanLines(body);
    expect(scan.lines.map(shape)).toEqual([
      'list 0 **Tell me about a time you disagreed.**',
      'list 1 Why did you push back? ^0',
      'list 2 What happened next? ^1',
      'list 1 Would you do it again? ^0',
      'list 0 **Tell me about a failure.**',
    ]);
    expect(scan.lines.map((l) => l.indent)).toEqual([0, 3, 5, 3, 0]);
    expect(scan.lines.map((l) => l.parent)).toEqual([-1, 0, 1, 0, -1]);
  });

  it('counts a tab as four columns of indent', () => {
    const scan = scanLines('- Ownership\n\t- Took the pager\n    - Fixed the alarm\n\t\t- Wrote the runbook');
    expect(scan.lines.map((l) => l.indent)).toEqual([0, 4, 4, 8]);
    expect(scan.lines.map(shape)).toEqual(['list 0 Ownership', 'list 1 Took the pager ^0', 'list 1 Fixed the alarm ^0', 'list 2 Wrote the runbook ^2']);
  });

  it('an item at the same indent as the one before is its sibling, not its child', () => {
    expect(shapes('  - a\n  - b\n    - c\n  - d')).toEqual(['list 0 a', 'list 0 b', 'list 1 c ^1', 'list 0 d']);
  });

  it('a blank line or an indented paragraph keeps the list open', () => {
    expect(shapes('- Situation\n\n  More about it\n  - detail')).toEqual(['list 0 Situation', 'blank 0', 'text 0 More about it', 'list 1 detail ^0']);
  });

  it('a paragraph back at the list’s indent closes it, so the next item starts a new list', () => {
    expect(shapes('- one\n  - two\nA paragraph.\n  - three')).toEqual(['list 0 one', 'list 1 two ^0', 'text 0 A paragraph.', 'list 0 three']);
    // Only a paragraph indented no deeper than the first item closes it.
    expect(shapes('  - one\n Less indented.\n    - two')).toEqual(['list 0 one', 'text 0 Less indented.', 'list 0 two']);
  });

  it('a heading or a rule closes the open lists', () => {
    expect(shapes('- one\n### Ownership\n  - two')).toEqual(['list 0 one', 'heading 3 Ownership', 'list 0 two']);
    expect(shapes('- one\n---\n  - two')).toEqual(['list 0 one', 'rule 0 ---', 'list 0 two']);
  });
});

describe('bold titles and labels', () => {
  function bold(text: string): Pick<ScannedLine, 'bold' | 'afterBold' | 'label' | 'labelRest'> {
    const [l] = scanLines(text).lines;
    return { bold: l.bold, afterBold: l.afterBold, label: l.label, labelRest: l.labelRest };
  }

  it('reads `**Key:** rest` and `**Key**: rest` as a label', () => {
    expect(bold('**Situation:** Our checkout failed at peak.')).toEqual({ bold: 'Situation:', afterBold: 'Our checkout failed at peak.', label: 'Situation', labelRest: 'Our checkout failed at peak.' });
    expect(bold('**Ownership**:  I took the pager.')).toEqual({ bold: 'Ownership', afterBold: ':  I took the pager.', label: 'Ownership', labelRest: 'I took the pager.' });
    expect(bold('**Main: Customer Obsession :**')).toEqual({ bold: 'Main: Customer Obsession :', afterBold: '', label: 'Main: Customer Obsession', labelRest: '' });
  });

  it('reads a bold title without a colon as bold, not as a label', () => {
    expect(bold('**Tell me about a time you failed.** (hard one)')).toEqual({ bold: 'Tell me about a time you failed.', afterBold: '(hard one)', label: null, labelRest: '' });
    expect(bold('** Spaced title **')).toEqual({ bold: 'Spaced title', afterBold: '', label: null, labelRest: '' });
  });

  it('reads bold in a list item after its marker, and in a heading', () => {
    const [item, heading] = scanLines('- **Sub: Ownership, Dive Deep**\n## **Result:** shipped').lines;
    expect([item.bold, item.label]).toEqual(['Sub: Ownership, Dive Deep', null]);
    expect([heading.kind, heading.label, heading.labelRest]).toEqual(['heading', 'Result', 'shipped']);
  });

  it('needs text between the stars and a closing pair; bold later in the line does not count', () => {
    expect(bold('****')).toEqual({ bold: null, afterBold: '', label: null, labelRest: '' });
    expect(bold('**unclosed: label')).toEqual({ bold: null, afterBold: '', label: null, labelRest: '' });
    expect(bold('I was **really** late:')).toEqual({ bold: null, afterBold: '', label: null, labelRest: '' });
    expect(bold('***x***')).toEqual({ bold: '*x', afterBold: '*', label: null, labelRest: '' });
  });
});

describe('code fences', () => {
  it('hides every line of a fenced block, the fences included', () => {
    const body = ['## Action', '```', '# not a heading', '- not an item', '```', 'After.'].join('\n');
    const scan = scanLines(body);
    expect(scan.lines.map((l) => [l.line, shape(l)])).toEqual([
      [0, 'heading 2 Action'],
      [5, 'text 0 After.'],
    ]);
  });

  it('closes only on a fence of the same character, at least as long, with nothing after it', () => {
    const body = ['~~~~md', '~~~', '```', '~~~~ not yet', '~~~~~', '- seen'].join('\n');
    expect(shapes(body)).toEqual(['list 0 seen']);
    expect(shapes('```js\ncode\n  ```  \n- seen')).toEqual(['list 0 seen']);
    expect(shapes('```\n~~~\n# hidden\n```\n- seen')).toEqual(['list 0 seen']);
  });

  it('backticks in the middle of a line open no fence', () => {
    expect(shapes('Type ``` to start a code block.\n# Still a heading')).toEqual(['text 0 Type ``` to start a code block.', 'heading 1 Still a heading']);
  });

  it('an unclosed fence hides the rest of the note, blank lines included', () => {
    expect(shapes('Intro\n```\n\n# Hidden')).toEqual(['text 0 Intro']);
  });

  it('an indented fence opens too (inside a list item)', () => {
    expect(shapes('- step\n  ```\n  # hidden\n  ```\n- next')).toEqual(['list 0 step', 'list 0 next']);
  });
});

describe('line endings, blank lines and tags', () => {
  it('reads CRLF and CR like LF, keeps raw lines without terminators, and numbers every line', () => {
    const scan = scanLines('# Title\r\n\r\n- item\r- other\n');
    expect(scan.raw).toEqual(['# Title', '', '- item', '- other', '']);
    expect(scan.lines.map((l) => [l.line, l.kind])).toEqual([
      [0, 'heading'],
      [1, 'blank'],
      [2, 'list'],
      [3, 'list'],
      [4, 'blank'],
    ]);
  });

  it('a blank line of spaces is blank, with nothing in it', () => {
    const [l] = scanLines('   \t').lines;
    expect(l).toEqual({ line: 0, kind: 'blank', indent: 0, level: 0, parent: -1, text: '', bold: null, afterBold: '', label: null, labelRest: '', tags: [], links: [] });
  });

  it('drops a byte order mark before the first heading', () => {
    expect(shapes('\ufeff# Amazon')).toEqual(['heading 1 Amazon']);
  });

  it('collects the tags and links of a line', () => {
    const [l] = scanLines('- **Tell me about a push-back.** #LP/Have-Backbone [[Amazon#Have Backbone|backbone]]').lines;
    expect(l.tags).toEqual(['lp/have-backbone']);
    expect(l.links).toEqual([{ target: 'Amazon', heading: 'Have Backbone', alias: 'backbone', embed: false }]);
  });
});
