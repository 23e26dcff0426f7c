// What a bold line of its own says (`**Data driven decisions**`, `**IF THEY ASK ABOUT X, USE Y.**`),
// and whether a paragraph tells an experience: the rules that tell a story sketch from a reminder.

/** Words that open an instruction to oneself when a whole line is written in capitals. */
const REMINDER_OPENERS = new Set(['if', 'when', 'think', 'use', 'remember', 'mention', 'talk', 'focus', 'dont', 'don’t', "don't", 'never', 'always', 'avoid', 'stress', 'emphasize', 'highlight']);

/** A title is at most this many words. */
const TITLE_WORDS = 8;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function allCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * A bold line with nothing after it is a *title* (short, not a sentence: `**Data driven decision
 * making**`, `**ABOVE AND BEYOND FOR A CUSTOMER**`) or a *reminder* to oneself: a full sentence
 * (ending in `.`, `!` or `?`), a line of more than eight words, or a line in capitals that opens
 * with an instruction (`**IF THE QUESTION IS …**`, `**THINK …**`).
 */
export function boldLineRole(bold: string): 'title' | 'reminder' {
  const text = bold.trim();
  if (/[.!?]["'”’)\]]*$/u.test(text)) return 'reminder';
  const w = words(text);
  if (w.length > TITLE_WORDS) return 'reminder';
  if (allCaps(text) && w.length > 1 && REMINDER_OPENERS.has(w[0].toLowerCase().replace(/[^\p{L}'’]/gu, ''))) return 'reminder';
  return 'title';
}

const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my|mine|myself|we|we're|we’re|we've|we’ve|our|ours|us)(?![\p{L}'’])/iu;
const IRREGULAR_PAST = new Set(
  'was were had did made took built led ran got went found saw told gave came began left knew thought brought sent spent won lost wrote met chose kept paid put cut grew drove became broke bought caught fell felt held heard meant rose sold shot spoke stood taught understood woke'.split(' '),
);

/** A word in the past tense: a regular `-ed` form of some length, or a common irregular verb. */
function pastTense(w: string): boolean {
  const lower = w.toLowerCase().replace(/[^\p{L}]/gu, '');
  return IRREGULAR_PAST.has(lower) || (lower.length > 4 && lower.endsWith('ed'));
}

/**
 * A paragraph that tells an experience: a few words at least, not a question, told in the first
 * person, or with two verbs in the past tense ("When we were struggling … I conducted 35 interviews …").
 */
export function tellsExperience(text: string): boolean {
  const w = words(text);
  if (w.length < 6) return false;
  if (/\?["'”’)]*$/u.test(text.trim())) return false;
  if (FIRST_PERSON.test(text)) return true;
  // Without a pronoun, two verbs in the past ("The launch slipped and the client escalated"):
  // one `-ed` word alone is as often an adjective ("two printed copies").
  let past = 0;
  for (const x of w) if (pastTense(x) && ++past >= 2) return true;
  return false;
}
