// The text of a new STAR story note: frontmatter (story tag, principles, created date) and one
// heading per part with a one-line prompt. Prompts are Obsidian comments (`%% … %%`): they show
// while editing and stay out of reading view.
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
    `# ${input.title}`,
  ];
  for (const part of STORY_PROMPTS) lines.push('', `## ${part.heading}`, `%% ${part.prompt} %%`);
  return lines.join('\n') + '\n';
}
