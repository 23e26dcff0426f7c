// The text of a new STAR story note: frontmatter (story tag, principles, created date) and one
// heading per part with a one-line prompt. Prompts are Obsidian comments (`%% … %%`): they show
// while editing and stay out of reading view.
import { dropLoneSurrogates } from '../text/graphemes';
import { yamlQuote } from './yaml-quote';

export interface StoryTemplateInput {
  title: string;
  storyTag: string;
  /** Frontmatter values (links or names) of the primary principles. */
  principles: readonly string[];
  secondary?: readonly string[];
  /** Injected clock. */
  now: Date;
}

export const STORY_PROMPTS: readonly { heading: string; prompt: string }[] = [
  { heading: 'Situation', prompt: 'Where and when was this, and what was at stake? Two or three sentences.' },
  { heading: 'Task', prompt: 'What was yours to do, and why was it hard?' },
  { heading: 'Action', prompt: 'What did you do, step by step? Say "I", not "we".' },
  { heading: 'Result', prompt: 'What changed, with a number: time saved, revenue, error rate, people helped.' },
  { heading: 'Learning', prompt: 'What would you do differently next time?' },
];

/** `yyyy-MM-dd` in local time. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** ASCII punctuation that starts markdown or Obsidian syntax anywhere in a line: a tag (`#`), a link
 * (`[[`, `[x](y)`), emphasis, code, a comment (`%%`), a highlight (`==`), math (`$`), a block id (`^`). */
const ACTIVE = /[\\`*_[\]<>#$%=~|^]/g;

/**
 * The title as the text of a one-line heading that shows exactly what the user typed: markdown
 * syntax is backslash-escaped (`Pager #principles` → `Pager \#principles`, no tag), a leading list
 * or quote marker (`-`, `+`, `>`, `1.`) is neutralized, and line breaks become spaces. The index
 * reads it back as the plain title (displayTitle in core/extract/text.ts).
 */
export function headingText(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters end or corrupt a heading line
  let s = dropLoneSurrogates(title).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(ACTIVE, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  return s.replace(/^([-+])(?= |$)/, '\\$1').replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2');
}

function listLines(key: string, values: readonly string[]): string[] {
  return values.length === 0 ? [] : [`${key}:`, ...values.map((v) => `  - ${yamlQuote(v)}`)];
}

export function storyNoteText(input: StoryTemplateInput): string {
  const lines = [
    '---',
    ...listLines('tags', [input.storyTag.replace(/^#/, '')]),
    ...listLines('principles', input.principles),
    ...listLines('secondary-principles', input.secondary ?? []),
    `created: ${isoDate(input.now)}`,
    '---',
    `# ${headingText(input.title)}`,
  ];
  for (const part of STORY_PROMPTS) lines.push('', `## ${part.heading}`, `%% ${part.prompt} %%`);
  return lines.join('\n') + '\n';
}
