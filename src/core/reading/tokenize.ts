// Words → stems for readings: lowercase, minus stop words and the stock words of interview
// prompts, stemmed with the Porter stemmer (`stemmer` package), so that `hired`, `hiring` and
// `hires` meet at `hire`. Words that carry a principle's meaning even though they are short
// (`no`, `own`, `against`, `without`) are kept.
import { stemmer } from 'stemmer';
import { scanWords } from '../coverage/words';

const STOP_WORDS = new Set(
  (
    'a about above after again all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing done during each even ever every for from further get got had has have having he her ' +
    'here hers him his how however i if in into is it its itself just let like may me might most much must my ' +
    'nor now of off on once one only or our ours she should so some such ' +
    'than that the their theirs them then there these they this those to too until upon us very was we were ' +
    'what when where which while who whom why will with would yet you your yours ' +
    // the stock words of interview prompts
    'tell time times describe example give walk talk share situation recall please thing something way really ' +
    'experience experiences instance occasion moment'
  ).split(' '),
);

/** The mark of a stop word in a token stream: phrases see it, single-word cues never do. */
export const STOP_MARK = '~';

/** Bounded memo of raw word → token (a stem, or STOP_MARK + the word when dropped): vault text repeats the same few thousand words. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 8192;

function stemOf(raw: string): string {
  let w = raw.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, '');
  if (w.length < 2 || STOP_WORDS.has(w) || /^\d+$/.test(w)) return STOP_MARK + w;
  return stemmer(w);
}

/**
 * Every word of `text` as a token, in order: a stem, or a stop word marked with STOP_MARK, so
 * that a phrase's stop words (`on time`, `took it upon`) still have to be there.
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => {
    const raw = text.slice(start, end);
    let s = memo.get(raw);
    // Stryker disable next-line ConditionalExpression: a memo miss only costs time; the token is the same.
    if (s === undefined) {
      s = stemOf(raw);
      // Stryker disable next-line all: bounds the memo's memory; tokens are the same whether or when it is cleared.
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(raw, s);
    }
    out.push(s);
  });
  return out;
}

/** Whether a token is a stop word. */
export function isStop(token: string): boolean {
  return token.startsWith(STOP_MARK);
}

/** The stems of `text`, in order (repeats kept), without stop words. */
export function stems(text: string): string[] {
  return tokens(text).filter((t) => !isStop(t));
}
