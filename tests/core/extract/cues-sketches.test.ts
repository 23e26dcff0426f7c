// Answer cues, story sketches and principle links at the end of a question (issue 13, 4–6a), on
// note text written the way users write it.
import fc from 'fast-check';
import type { IndexSnapshot } from '../../../src/core/model';
import { boldLineRole, tellsExperience } from '../../../src/core/extract/bold-lines';
import { indexTexts, setNote } from '../authoring/vault';

function index(body: string[]): IndexSnapshot {
  return indexTexts({ 'Acme.md': setNote() + ['### Main: Ownership', '', ...body, ''].join('\n') }).snapshot;
}

describe('answer cues', () => {
  it('takes typed bullets, short paragraphs and reminders under a question, up to the next question', () => {
    const snap = index([
      '1. **Tell me about a customer request you turned down.**',
      '',
      '• The analytics add-on.',
      '',
      ' • The on-prem install',
      '',
      '**MENTION THE REVENUE WE KEPT.**',
      '',
      '1. **Tell me about a time you coached someone.**',
      '',
      'Weekly pairing with Ana on',
      'her first incident review.',
      '',
      '## Notes',
      '',
      'Not a cue: the heading ended the question.',
    ]);
    expect(snap.questions.map((q) => q.cues)).toEqual([
      ['The analytics add-on.', 'The on-prem install', 'MENTION THE REVENUE WE KEPT.'],
      ['Weekly pairing with Ana on her first incident review.'],
    ]);
  });

  it('keeps numbered items as follow-ups and takes dash bullets that are not questions as cues', () => {
    const snap = index([
      '1. **Tell me about a time you disagreed with your manager.**',
      '    1. What did you do next?',
      '    - The pricing page argument',
      '    - Why did you give in?',
    ]);
    expect(snap.questions[0].followUps).toEqual(['What did you do next?', 'Why did you give in?']);
    expect(snap.questions[0].cues).toEqual(['The pricing page argument']);
  });

  it('takes no long paragraph, no title and nothing after a title as a cue', () => {
    const long = 'I '.repeat(200).trim();
    const snap = index(['1. **Tell me about a hire you made.**', '', long, '', '**APP BUILDER**', '', 'A short line after the title.']);
    expect(snap.questions[0].cues).toEqual([]);
  });

  it('never takes the lines of an inline story as cues, and a cue is never a story', () => {
    const snap = index(['1. **Tell me about a time you fixed something.**', '', '**S:** Mail piled up.', '**T:** Answer in a day.', '**A:** A rota.', '**R:** Six hours.']);
    expect(snap.questions[0].cues).toEqual([]);
    expect(snap.stories.map((s) => s.kind)).toEqual(['inline']);
  });
});

describe('story sketches', () => {
  it('finds a bold title over a paragraph of experience, mapped by its section', () => {
    const snap = index(['**Pricing page rewrite**', '', 'We were losing trial users at the pricing page, so I ran twelve calls and rewrote it.', '', 'A note to self that follows.']);
    const [s] = snap.stories;
    expect(s).toMatchObject({ kind: 'sketch', title: 'Pricing page rewrite', line: 15, endLine: 17, parts: [] });
    expect(s.body).toBe('We were losing trial users at the pricing page, so I ran twelve calls and rewrote it.');
    expect(s.principles.map((p) => p.id)).toEqual(['acme/ownership']);
  });

  it('takes an all-caps title as a title, and reminders, labels and instructions as no sketch', () => {
    const experience = 'I drove to the client on a Saturday and we rehearsed their investor pitch together.';
    const snap = index([
      '**WENT THE EXTRA MILE**', '', experience, '',
      '**IF THEY ASK ABOUT CONFLICT, TALK ABOUT THE PIVOT.**', '', experience, '',
      '**Questions:**', '', experience, '',
      '**Checklist**', '', 'Bring water, a charger and two printed copies of the CV.', '',
    ]);
    expect(snap.stories.map((s) => s.title)).toEqual(['WENT THE EXTRA MILE']);
  });

  it('leaves a title followed by STAR labels to the inline story it names', () => {
    const snap = index(['**Story: Pricing page**', '', '**S:** Trials dropped.', '**T:** Fix it.', '**A:** Twelve calls.', '**R:** Trials doubled.']);
    expect(snap.stories.map((s) => [s.kind, s.title])).toEqual([['inline', 'Pricing page']]);
  });

  it('tells titles from reminders and experience from instructions', () => {
    expect(boldLineRole('Data driven decision making')).toBe('title');
    expect(boldLineRole('ABOVE AND BEYOND FOR A CUSTOMER')).toBe('title');
    expect(boldLineRole('THINK ABOUT THE ONBOARDING WORK HERE.')).toBe('reminder');
    expect(boldLineRole('IF ASKED ABOUT SCALE')).toBe('reminder');
    expect(boldLineRole('Remember to name the metric and the team size before the result')).toBe('reminder');
    expect(tellsExperience('Taking a weekend to help a customer rehearse the demo we built them.')).toBe(true);
    expect(tellsExperience('Bring water, a charger and two printed copies.')).toBe(false);
    expect(tellsExperience('What would you want to know about the team first?')).toBe(false);
    expect(tellsExperience('The launch slipped twice and the client escalated to the board.')).toBe(true);
  });
});

describe('a question that ends with a link to a principle', () => {
  it('is mapped by the link, and the link is not part of its text', () => {
    const snap = index([
      '1. **Tell me about a time you turned down a customer.** [[Acme#Customer Focus]]',
      '2. **Tell me about a time you cut a cost.** — [[Acme#Frugality|frugal]]',
      '3. **Walk me through how [[Acme#Ownership]] shaped a call you made.**',
    ]);
    expect(snap.questions.map((q) => q.text)).toEqual([
      'Tell me about a time you turned down a customer.',
      'Tell me about a time you cut a cost.',
      'Walk me through how Ownership shaped a call you made.',
    ]);
    expect(snap.questions[0].principles.map((p) => p.id)).toContain('acme/customer-focus');
    expect(snap.questions[1].principles.map((p) => p.id)).toContain('acme/frugality');
  });
});

describe('cues, stories and sketches never overlap', () => {
  // Every generated line carries a unique token (`k<n>`), so each cue can be traced to its line.
  const kinds = fc.constantFrom('question', 'bullet', 'spaced-bullet', 'para', 'title', 'reminder', 'S', 'T', 'A', 'R', 'blank', 'heading', 'follow', 'dash');
  const render = (kind: string, n: number): string => {
    const k = `k${n}`;
    switch (kind) {
      case 'question': return `1. **Tell me about a time ${k} happened.**`;
      case 'bullet': return `• cue ${k}`;
      case 'spaced-bullet': return ` • cue ${k}`;
      case 'para': return `I shipped the ${k} fix and we measured it.`;
      case 'title': return `**Title ${k}**`;
      case 'reminder': return `**REMEMBER TO MENTION ${k.toUpperCase()}.**`;
      case 'heading': return `## Section ${k}`;
      case 'follow': return `    1. What did ${k} teach you?`;
      case 'dash': return `- note ${k}`;
      case 'blank': return '';
      default: return `**${kind}:** part ${k}`;
    }
  };

  it('no cue comes from a story or sketch line, and every cue is below its own question', () => {
    fc.assert(
      fc.property(fc.array(kinds, { maxLength: 40 }), (seq) => {
        const body = seq.map(render);
        const snap = index(body);
        const offset = setNote().split('\n').length + 1; // the set note, then `### Main:` and a blank
        const lineOfToken = (text: string): number => {
          const m = /k(\d+)/i.exec(text);
          return m ? offset + Number(m[1]) + 1 : -1;
        };
        const inside = (line: number) => snap.stories.some((s) => s.kind !== 'note' && line >= s.line && line <= s.endLine);
        for (const q of snap.questions) {
          const next = snap.questions.find((o) => o.line > q.line)?.line ?? Infinity;
          for (const cue of q.cues) {
            const line = lineOfToken(cue);
            expect(line).toBeGreaterThan(q.line);
            expect(line).toBeLessThan(next);
            expect(inside(line)).toBe(false);
          }
        }
      }),
      { seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31), verbose: true },
    );
  });
});
