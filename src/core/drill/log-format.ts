// The drill log: one markdown list line per attempt, readable in any editor, e.g.
//   - 2026-11-22 09:05 | question: amazon/q-1x2y3z4 | rating: good | seconds: 95 | principles: amazon/ownership | story: story/pager-rollout | text: Tell me about a time…
// Fields are `key: value` separated by ` | `; `story` is left out when none was picked, `recording`
// (a link to the recorded answer, `recording: [[Attachments/Drill 2026-11-22 0905 Ownership.webm]]`)
// when none was saved; `text` is always last. A `|` or `\` inside a value is escaped with `\`. Unknown keys are ignored, so later
// versions may add fields. A line that does not parse is reported and never rewritten.
import { formatMinute, parseMinute } from '../local-date';
import { isRating, type Attempt } from './types';
import { replaceWikiLinks } from '../scan/links';
import { recordingLink, recordingPath } from './recording';

/** Longest `text` kept in a log line; the question id is what identifies the question. */
export const LOG_TEXT_MAX = 120;

export interface MalformedLine {
  /** 1-based line number in the log note. */
  line: number;
  text: string;
  reason: string;
}

export interface ParsedLog {
  attempts: Attempt[];
  /** 1-based line number of each attempt, same order as `attempts`. */
  lines: number[];
  malformed: MalformedLine[];
}

const escape = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** One line, spaces collapsed, cut at LOG_TEXT_MAX characters with an ellipsis. */
export function shortText(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= LOG_TEXT_MAX ? one : one.slice(0, LOG_TEXT_MAX - 1).trimEnd() + '…';
}

/**
 * The text an attempt keeps of its question: links and tags written as plain words, so the log
 * note adds no links to the graph and no tags to the tag pane (`[[Note#Part|shown]]` → `shown`,
 * `[[Note]]` → `Note`, `#lp/ownership` → `lp/ownership`), then shortened to one line.
 */
export function attemptText(questionText: string): string {
  // `!` of an embed stays, as it did when this was two regexes.
  const plain = replaceWikiLinks(questionText, (l) => {
    const bar = l.inner.indexOf('|');
    return (l.embed ? '!' : '') + (bar >= 0 ? l.inner.slice(bar + 1) : (l.inner.split('#').pop() ?? l.inner));
  })
    .replace(/(^|\s)#([\p{L}\p{N}_/-]+)/gu, '$1$2');
  return shortText(plain);
}

/** The log line of an attempt (no trailing newline). */
export function formatAttempt(a: Attempt): string {
  const fields = [
    formatMinute(a.at),
    `question: ${escape(a.questionId)}`,
    `rating: ${a.rating}`,
    `seconds: ${Math.max(0, Math.round(a.seconds))}`,
    `principles: ${a.principles.map(escape).join(', ')}`,
  ];
  if (a.story) fields.push(`story: ${escape(a.story)}`);
  if (a.recording) fields.push(`recording: ${escape(recordingLink(a.recording))}`);
  fields.push(`text: ${escape(shortText(a.text))}`);
  return `- ${fields.join(' | ')}`;
}

/** Splits on unescaped ` | ` and unescapes each part. */
function splitFields(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
    } else if (c === '|') {
      out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  out.push(cur);
  // Separators are ` | `: drop the single space on each side that the formatter added.
  return out.map((f, i) => (i > 0 && f.startsWith(' ') ? f.slice(1) : f)).map((f, i, all) => (i < all.length - 1 && f.endsWith(' ') ? f.slice(0, -1) : f));
}

/** Parses one log line; returns the attempt or why it is not one. */
export function parseLogLine(line: string): Attempt | { error: string } {
  const m = /^\s*[-*] (.*)$/.exec(line.replace(/\r$/, ''));
  if (!m) return { error: 'not a list item' };
  const [date, ...rest] = splitFields(m[1]);
  const at = parseMinute(date.trim());
  if (!at) return { error: `bad date "${date.trim()}"` };
  const fields = new Map<string, string>();
  for (const f of rest) {
    const colon = f.indexOf(': ');
    const key = colon > 0 ? f.slice(0, colon) : f.replace(/:$/, '');
    if (!/^[a-z-]+$/.test(key)) return { error: `bad field "${f}"` };
    fields.set(key, colon > 0 ? f.slice(colon + 2) : '');
  }
  const questionId = fields.get('question');
  if (!questionId) return { error: 'no question id' };
  const rating = fields.get('rating') ?? '';
  if (!isRating(rating)) return { error: `bad rating "${rating}"` };
  const secondsText = fields.get('seconds') ?? '';
  if (!/^\d+$/.test(secondsText)) return { error: `bad seconds "${secondsText}"` };
  const principles = (fields.get('principles') ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  const recording = recordingPath(fields.get('recording') ?? '');
  return {
    at,
    questionId,
    text: fields.get('text') ?? '',
    principles,
    rating,
    seconds: Number(secondsText),
    story: fields.get('story') || null,
    ...(recording ? { recording } : {}),
  };
}

/**
 * Reads the whole log. Blank lines, headings and other prose are skipped silently; a list item
 * that starts with a date but does not parse is reported as malformed (with its line number).
 */
export function parseLog(text: string): ParsedLog {
  const out: ParsedLog = { attempts: [], lines: [], malformed: [] };
  // CRLF, LF and old Mac CR-only logs alike: line numbers are the editor's.
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    if (!/^\s*[-*] /.test(line)) return; // headings, prose, blank lines: not attempts, not errors
    const parsed = parseLogLine(line);
    if ('error' in parsed) out.malformed.push({ line: i + 1, text: line, reason: parsed.error });
    else {
      out.attempts.push(parsed);
      out.lines.push(i + 1);
    }
  });
  return out;
}

/** The log's own line ending: the last one it has (the lines an append joins), `\n` for none. */
export function logLineEnding(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return text[i - 1] === '\r' ? '\r\n' : '\n';
    if (c === '\r') return '\r';
  }
  return '\n';
}

/** The text to append after `existing`, in its line ending, so the new line starts on a line of its own. */
export function appendText(existing: string, attempts: readonly Attempt[]): string {
  const eol = logLineEnding(existing);
  const lead = existing === '' || existing.endsWith('\n') || existing.endsWith('\r') ? '' : eol;
  return lead + attempts.map((a) => formatAttempt(a) + eol).join('');
}

/** First content of a new log note. */
export const LOG_HEADER = '# Drill log\n\nOne line per answered question, appended by Interview Prep. Edit with care: lines that do not parse are reported and skipped.\n\n';
