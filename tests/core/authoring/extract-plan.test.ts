import fc from 'fast-check';
import { checkExtraction, contextPrinciples, extractedSource, planExtraction, rangeDetails, rangeText, type ExtractionPlan } from '../../../src/core/authoring/extract-plan';
import { splitLines } from '../../../src/core/authoring/lines';
import { indexTexts, setNote } from './vault';

const SOURCE = [
  setNote().trimEnd(),
  '',
  '### Main: Ownership',
  '',
  '- **Tell me about a time you took over something nobody owned.**',
  '    **Situation:** The build broke every night and nobody on the four teams looked at it before noon — it had been that way since March.',
  '    **Action:** I set up an alert and a rota.',
  '    **Result:** Green builds on 19 of 20 nights.',
  '',
  'My own notes after the list.',
  '',
].join('\n');

function plan(): { plan: ExtractionPlan; line: number; endLine: number } {
  const { snapshot } = indexTexts({ 'Acme.md': SOURCE });
  const story = snapshot.stories[0];
  const { principles, secondary } = contextPrinciples(snapshot, story, true);
  return {
    plan: planExtraction({ sourceText: SOURCE, startLine: story.line, endLine: story.endLine, title: story.title, storyTag: 'story', folder: 'Stories', principles, secondary }),
    line: story.line,
    endLine: story.endLine,
  };
}

describe('planExtraction', () => {
  it('names the lines that will move, their first and last text shortened, and the new note', () => {
    const { plan: p, line, endLine } = plan();
    expect([p.startLine, p.endLine]).toEqual([line, endLine]);
    expect(rangeText(p)).toBe(`lines ${line}–${endLine}`);
    expect(rangeDetails(p)).toEqual([
      `Line ${line}: **Situation:** The build broke every night and nobody on th…`,
      `Line ${endLine}: **Result:** Green builds on 19 of 20 nights.`,
    ]);
    expect(p.noteBase).toBe('Stories/The build broke every night and nobody on the four teams…');
    expect(p.noteText).toMatch(/^---\ntags:\n {2}- "story"\nprinciples:\n {2}- "\[\[Acme#Ownership\]\]"\n---\n {4}\*\*Situation:\*\*/);
    expect(rangeText({ startLine: 4, endLine: 4 })).toBe('line 4');
  });

  it('the extracted source passes the check; any other change to it does not', () => {
    const { plan: p } = plan();
    const embed = '![[Nightly build]]';
    const after = extractedSource(SOURCE, p, embed);
    expect(checkExtraction(SOURCE, after, p, embed)).toBeNull();
    expect(checkExtraction(SOURCE, after.replace('My own notes', 'My notes'), p, embed)).toMatch(/^line \d+ \(was \d+\) changed$/);
    expect(checkExtraction(SOURCE, after.replace('### Main: Ownership', '### Main: Frugality'), p, embed)).toMatch(/^line \d+ changed$/);
    expect(checkExtraction(SOURCE, after.replace(embed, '![[Other]]'), p, embed)).toBe(`line ${p.startLine} is not the link to the new note`);
    expect(checkExtraction(SOURCE, after.replace(`    ${embed}`, embed), p, embed)).toBe(`line ${p.startLine} is not the link to the new note`);
    expect(checkExtraction(SOURCE, after + 'x\n', p, embed)).toMatch(/lines, not/);
    expect(checkExtraction(SOURCE, SOURCE, p, embed)).toMatch(/lines, not/);
    expect(checkExtraction(SOURCE, after.replace(/\n/g, '\r\n'), p, embed)).toBe('line 1 changed');
  });

  it('for any note and range: the planned edit passes, and changing any other character fails', () => {
    const line = fc.stringMatching(/^[ \t]{0,2}[a-z*#]{0,6}$/);
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 10 }), fc.nat(), fc.nat(), fc.nat(), (pairs, a, b, c) => {
        const source = pairs.map(([l, e]) => l + e).join('');
        const n = splitLines(source).length;
        const start = (a % n) + 1;
        const end = start + (b % (n - start + 1));
        const p = planExtraction({ sourceText: source, startLine: start, endLine: end, title: 't', storyTag: 'story', folder: '', principles: [], secondary: [] });
        const after = extractedSource(source, p, '![[t]]');
        expect(checkExtraction(source, after, p, '![[t]]')).toBeNull();
        const at = c % after.length;
        const changed = after.slice(0, at) + (after[at] === 'Q' ? 'R' : 'Q') + after.slice(at + 1);
        expect(checkExtraction(source, changed, p, '![[t]]')).not.toBeNull();
      }),
    );
  });
});
