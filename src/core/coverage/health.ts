// Story health: what a STAR story lacks before it can be told in an interview.
import type { StarKey, Story } from '../model';
import { duration, listNames, times } from './phrases';
import type { HealthIssue, StoryHealth } from './types';
import { scanWords } from './words';

export const WORDS_PER_MINUTE = 150;
export const MIN_SPOKEN_SECONDS = 60;
export const MAX_SPOKEN_SECONDS = 180;

/** Parts every story needs; Learning is optional. */
const REQUIRED: readonly StarKey[] = ['S', 'T', 'A', 'R'];
const PART_NAMES: Record<StarKey, string> = { S: 'Situation', T: 'Task', A: 'Action', R: 'Result', L: 'Learning' };
const ALL_PARTS: readonly StarKey[] = ['S', 'T', 'A', 'R', 'L'];

const FIRST_SINGULAR = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself']);
const FIRST_PLURAL = new Set(['we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ours', 'ourselves']);

/** First letters of the pronouns above, to skip most words without slicing them. */
const PRONOUN_START = new Set(['i', 'I', 'm', 'M', 'w', 'W', 'u', 'U', 'o', 'O']);

/**
 * A number with an optional currency sign and unit: `40%`, `$2.5m`, `3x`, `12k`, `1,200`, `7 days`
 * (the `7`). The first group eats the character before it so that `Q3` or `v2` do not count
 * (no lookbehind: core code must run on older mobile WebViews).
 */
const NUMBER =
  /(^|[^\p{L}\p{N}])((?:[$€£]\s?)?\d+(?:[.,]\d+)*(?:\s?(?:%|percent|x|k|m|bn|million|billion|thousand))?)(?![\p{L}\p{N}])/giu;

/**
 * Quantities written in words count as numbers too: "zero customers", "two regressions", "doubled",
 * "half the time", "a dozen teams", "three hundred", "ten percent".
 */
const NUMBER_WORD = new RegExp(
  '(^|[^\\p{L}\\p{N}])(' +
    [
      'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
      'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
      'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundreds?', 'thousands?', 'millions?',
      'billions?', 'dozens?', 'doubled', 'tripled', 'quadrupled', 'halved', 'half', 'twice', 'thrice',
      'percent', 'per cent',
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);

/** Numbers in digits (`40%`, `$2.5m`); when there are none, quantities in words (`doubled`, `two regressions`). */
export function numbersIn(text: string): string[] {
  const digits = /\d/.test(text) ? [...text.matchAll(NUMBER)].map((m) => m[2]) : [];
  return digits.length > 0 ? digits : [...text.matchAll(NUMBER_WORD)].map((m) => m[2]);
}

export function storyHealth(story: Pick<Story, 'partText'>): StoryHealth {
  const missingParts = REQUIRED.filter((k) => !story.partText[k]);
  const partWords: Partial<Record<StarKey, number>> = {};
  let words = 0;
  let actionI = 0;
  let actionWe = 0;
  for (const key of ALL_PARTS) {
    const part = story.partText[key];
    if (!part) continue;
    const text = part.text;
    const n =
      key !== 'A'
        ? scanWords(text)
        : scanWords(text, (start, end) => {
            if (end - start > 9 || !PRONOUN_START.has(text.charAt(start))) return;
            const w = text.slice(start, end);
            const lower = w.toLowerCase().replace(/’/g, "'");
            if (FIRST_SINGULAR.has(lower)) actionI++;
            // `US` in capitals is the country, not "us".
            else if (FIRST_PLURAL.has(lower) && w !== 'US') actionWe++;
          });
    partWords[key] = n;
    words += n;
  }
  const resultText = story.partText.R?.text;
  const resultNumbers = resultText ? numbersIn(resultText) : [];
  const spokenSeconds = Math.round((words * 60) / WORDS_PER_MINUTE);

  const issues: HealthIssue[] = [];
  if (missingParts.length > 0) {
    issues.push({ code: 'missing-parts', message: `Missing ${listNames(missingParts.map((k) => PART_NAMES[k]))}.` });
  }
  if (resultText !== undefined && resultNumbers.length === 0) {
    issues.push({ code: 'result-without-number', message: 'The result has no number; add a measurable outcome.' });
  }
  if (spokenSeconds < MIN_SPOKEN_SECONDS) {
    issues.push({ code: 'too-short', message: `About ${duration(spokenSeconds)} spoken; aim for 1 to 3 minutes.` });
  } else if (spokenSeconds > MAX_SPOKEN_SECONDS) {
    issues.push({ code: 'too-long', message: `About ${duration(spokenSeconds)} spoken; aim for 1 to 3 minutes.` });
  }
  if (actionWe > actionI) {
    issues.push({
      code: 'we-over-i',
      message: `The action says "we/us/our" ${times(actionWe)} and "I/me/my" ${times(actionI)}; say what you did.`,
    });
  }
  return { missingParts, resultNumbers, words, spokenSeconds, actionI, actionWe, partWords, issues };
}

/**
 * Health depends only on a story's part texts, so it is remembered per `partText` object. The
 * index gives each extracted story one such object, shared by every Story the note resolves to
 * until the note itself changes: the first coverage report computes health for every story, later
 * ones (after an edit, or a change of principles) only for the stories of edited notes. Read-only.
 */
const healthCache = new WeakMap<Story['partText'], StoryHealth>();

export function healthOf(story: Pick<Story, 'partText'>): StoryHealth {
  let h = healthCache.get(story.partText);
  if (!h) {
    h = storyHealth(story);
    healthCache.set(story.partText, h);
  }
  return h;
}
