import fc from 'fast-check';
import { appendText, attemptText, formatAttempt, LOG_HEADER, logLineEnding, parseLog, parseLogLine, shortText } from '../../../src/core/drill/log-format';
import { RATINGS, type Attempt } from '../../../src/core/drill/types';
import { attempt, day } from './helpers';

const full: Attempt = {
  at: new Date(2026, 10, 22, 9, 5),
  questionId: 'orbit/q-0qe12iy',
  text: 'Tell me about a time you changed a plan because of customer feedback.',
  principles: ['orbit/customer-obsession', 'orbit/ownership'],
  rating: 'good',
  seconds: 95,
  story: 'story/refund-flow-rewrite',
};

describe('log lines', () => {
  it('writes one readable markdown list line', () => {
    expect(formatAttempt(full)).toBe(
      '- 2026-11-22 09:05 | question: orbit/q-0qe12iy | rating: good | seconds: 95 | principles: orbit/customer-obsession, orbit/ownership | story: story/refund-flow-rewrite | text: Tell me about a time you changed a plan because of customer feedback.',
    );
  });

  it('leaves the story out when none was picked and reads it back as null', () => {
    const line = formatAttempt({ ...full, story: null });
    expect(line).not.toContain('story:');
    expect(parseLogLine(line)).toEqual({ ...full, story: null });
  });

  it('escapes pipes and backslashes in the text', () => {
    const a = { ...full, text: 'Pick one | or both \\ of them: A|B' };
    const line = formatAttempt(a);
    expect(line).toContain('text: Pick one \\| or both \\\\ of them: A\\|B');
    expect(parseLogLine(line)).toEqual(a);
  });

  it('shortens long text to one line', () => {
    const long = 'word '.repeat(60);
    expect(shortText(long).length).toBeLessThanOrEqual(120);
    expect(shortText(long).endsWith('…')).toBe(true);
    expect(shortText('two\nlines')).toBe('two lines');
  });

  it('round-trips any attempt at minute precision', () => {
    const idChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-/'.split(''));
    const id = fc.string({ unit: idChar, minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s);
    const text = fc.string({ maxLength: 80 }).map(shortText);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 * 365 * 24 * 60 }),
        id,
        text,
        fc.array(id.filter((s) => !s.includes(',')), { maxLength: 3 }),
        fc.constantFrom(...RATINGS),
        fc.nat({ max: 100000 }),
        fc.option(id, { nil: null }),
        (minutes, questionId, t, principles, rating, seconds, story) => {
          const at = new Date(2025, 0, 1, 0, minutes);
          const a: Attempt = { at, questionId, text: t, principles, rating, seconds, story };
          const back = parseLogLine(formatAttempt(a));
          expect(back).toEqual(a);
          expect(formatAttempt(back as Attempt)).toBe(formatAttempt(a));
        },
      ),
    );
  });
});

describe('the log note', () => {
  const good1 = formatAttempt(attempt('orbit/q-a', 'good', day(-1), ['orbit/ownership']));
  const good2 = formatAttempt(attempt('orbit/q-b', 'again', day(0), ['orbit/dive-deep']));
  const broken = '- 2026-11-21 10:00 | question: orbit/q-c | rating: superb | seconds: 80 | principles:  | text: weird';
  const noDate = '- yesterday I drilled ownership | rating: good';
  const text = `${LOG_HEADER}${good1}\n${broken}\n\nSome prose the user wrote.\n${noDate}\r\n${good2}\n`;

  it('reads attempts and reports lines that do not parse, with their line numbers', () => {
    const log = parseLog(text);
    expect(log.attempts.map((a) => a.questionId)).toEqual(['orbit/q-a', 'orbit/q-b']);
    expect(log.lines).toEqual([5, 10]);
    expect(log.malformed).toEqual([
      { line: 6, text: broken, reason: 'bad rating "superb"' },
      { line: 9, text: noDate, reason: 'bad date "yesterday I drilled ownership"' },
    ]);
  });

  it('appending leaves every existing byte, malformed lines included, as it was', () => {
    const extra = [attempt('orbit/q-d', 'easy', day(0, 10), ['orbit/frugality'])];
    const after = text + appendText(text, extra);
    expect(after.startsWith(text)).toBe(true);
    const log = parseLog(after);
    expect(log.malformed.map((m) => [m.line, m.text])).toEqual([
      [6, broken],
      [9, noDate],
    ]);
    expect(log.attempts.map((a) => a.questionId)).toEqual(['orbit/q-a', 'orbit/q-b', 'orbit/q-d']);
  });

  it('starts a new line when the note does not end with one', () => {
    const noNewline = `${good1}`;
    const added = appendText(noNewline, [attempt('orbit/q-e', 'hard', day(0))]);
    expect(added.startsWith('\n- ')).toBe(true);
    expect(parseLog(noNewline + added).attempts).toHaveLength(2);
    expect(appendText('', [attempt('orbit/q-e', 'hard', day(0))]).startsWith('- ')).toBe(true);
  });

  it('appends in the log\'s own line ending, and reads CR-only logs', () => {
    const extra = [attempt('orbit/q-d', 'easy', day(0, 10))];
    const line = formatAttempt(extra[0]);
    for (const eol of ['\r\n', '\n', '\r']) {
      const log = [LOG_HEADER.trimEnd(), '', good1, good2, ''].join(eol);
      expect(appendText(log, extra)).toBe(line + eol);
      expect(appendText(log.slice(0, -eol.length), extra)).toBe(eol + line + eol);
      const parsed = parseLog(log + appendText(log, extra));
      expect(parsed.attempts.map((a) => a.questionId)).toEqual(['orbit/q-a', 'orbit/q-b', 'orbit/q-d']);
      expect(parsed.lines).toEqual([5, 6, 7]);
      expect(parsed.malformed).toEqual([]);
    }
    // Mixed endings: the last one, which the new line sits next to.
    expect(logLineEnding('a\nb\r\n')).toBe('\r\n');
    expect(logLineEnding('a\r\nb\n')).toBe('\n');
    expect(logLineEnding('a\r\nb')).toBe('\r\n');
    expect(logLineEnding('no ending')).toBe('\n');
  });

  it('rejects list items missing required fields', () => {
    expect(parseLogLine('- 2026-11-21 10:00 | rating: good | seconds: 5')).toEqual({ error: 'no question id' });
    expect(parseLogLine('- 2026-11-21 10:00 | question: q | rating: good | seconds: soon')).toEqual({ error: 'bad seconds "soon"' });
    expect(parseLogLine('- 2026-11-21 10:00 | question: q | Rating Good | seconds: 5')).toEqual({ error: 'bad field "Rating Good"' });
    expect(parseLogLine('2026-11-21 10:00 | question: q')).toEqual({ error: 'not a list item' });
  });

  it('ignores fields it does not know, for later versions', () => {
    const a = parseLogLine('- 2026-11-21 10:00 | question: q | rating: good | seconds: 5 | mode: mock | principles: p | text: t');
    expect(a).toMatchObject({ questionId: 'q', rating: 'good', seconds: 5, principles: ['p'], text: 't' });
  });
});

describe('attemptText', () => {
  it('writes links and tags as plain words so the log adds no links or tags', () => {
    expect(attemptText('Tell me about [[Acme Principles#Ownership|owning]] a launch #lp/deliver-results')).toBe('Tell me about owning a launch lp/deliver-results');
    expect(attemptText('How did [[Acme Principles#Dive Deep]] and [[Frugality]] trade off? C# stays')).toBe('How did Dive Deep and Frugality trade off? C# stays');
  });
});
