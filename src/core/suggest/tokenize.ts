// Tokens for text similarity: lowercase words, minus stop words, lightly stemmed so that
// `delivers`, `delivered` and `delivering` meet at `deliver`.
import { scanWords } from '../coverage/words';

/** Common English words plus the stock words of interview prompts, which say nothing about a principle. */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing done down during each even ever every few for from further get got had has have having he her ' +
    'here hers him his how however i if in into is it its itself just let like made make many may me might more most much must my ' +
    'no nor not now of off often on once one only or other our ours out over own per rather same she should so some still such ' +
    'than that the their theirs them then there these they this those through to too under until up upon us very was we were ' +
    'what when where which while who whom why will with within without would yet you your yours ' +
    // interview prompts and workplace words every story uses
    'tell time describe example give walk talk share situation recall team work project someone thing way really company companies'
  ).split(' '),
);

const VOWEL = /[aeiouy]/;

/** A light suffix stripper (plurals, -ing, -ed, -ly, final e); not Porter, but stable and cheap. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(?:ss|x|z|ch|sh|s)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && !(w.length === 4 && w.endsWith('as'))) w = w.slice(0, -1);

  let cut = 0;
  if (w.endsWith('ing') && w.length - 3 >= 3 && VOWEL.test(w.slice(0, -3))) cut = 3;
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length - 2 >= 3 && VOWEL.test(w.slice(0, -2))) cut = 2;
  else if (w.endsWith('ly') && w.length - 2 >= 4) cut = 2;
  if (cut > 0) {
    w = w.slice(0, -cut);
    // running → runn → run, but keep fall, miss, buzz
    const last = w.charAt(w.length - 1);
    if (w.length > 3 && last === w.charAt(w.length - 2) && !'lsz'.includes(last) && !VOWEL.test(last)) w = w.slice(0, -1);
  } else if (w.length > 3 && w.endsWith('e')) {
    // decide/decided/deciding all meet at decid; agreed (already cut) stays agre, like agree
    w = w.slice(0, -1);
  }
  return w;
}

/**
 * Raw word → token ('' when dropped). Vault text repeats the same few thousand words, so this
 * saves the lowercasing, stop-word check and stemming of nearly every word. Bounded: cleared
 * when full, so it never holds more than a small vocabulary.
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 8192;

function token(raw: string): string {
  let w = raw.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, '');
  if (w.length < 2 || STOP_WORDS.has(w) || /^\d+$/.test(w)) return '';
  return stem(w);
}

/** Lowercased, stop-word-free, stemmed tokens of `text`, in order (repeats kept). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => {
    const raw = text.slice(start, end);
    let t = memo.get(raw);
    if (t === undefined) {
      t = token(raw);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(raw, t);
    }
    if (t !== '') out.push(t);
  });
  return out;
}
