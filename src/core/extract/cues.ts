// Answer cues: what the user wrote directly under a question to remind themselves of their answer
// (`• The analytics add-on.`, a short paragraph, a reminder in capitals). The walker opens a cue
// region at each question and closes it at the next question, heading, rule, title, label or story.
import { copy } from '../scan/inline';
import type { RawQuestion } from './raw';
import { displayText } from './text';

/** A paragraph longer than this is prose, not a cue. */
export const MAX_CUE_CHARS = 280;

/** Bullet characters typed as text rather than as a markdown list marker. */
const TEXT_BULLET = /^[•◦▪‣·]\s*/u;

/** The text after a typed bullet (`• Musicasa` → `Musicasa`), or null when the line has none. */
export function afterTextBullet(text: string): string | null {
  const m = TEXT_BULLET.exec(text);
  return m ? text.slice(m[0].length) : null;
}

export class CueRegion {
  private question: RawQuestion | null = null;
  // Stryker disable next-line ArrayDeclaration: start() flushes the paragraph away before a question is open, and no line is kept without one
  private paragraph: string[] = [];

  get open(): boolean {
    return this.question !== null;
  }

  /** The question whose cues are being read, if any. */
  get for(): RawQuestion | null {
    return this.question;
  }

  start(q: RawQuestion): void {
    this.end();
    this.question = q;
  }

  end(): void {
    this.flush();
    this.question = null;
  }

  /** A blank line ends a paragraph. */
  blank(): void {
    this.flush();
  }

  /** One cue as written (a bullet, a reminder); markdown emphasis and link syntax are dropped. */
  add(text: string): void {
    this.flush();
    this.push(text);
  }

  /** A line of a paragraph: its lines become one cue when the paragraph is short. */
  line(text: string): void {
    this.paragraph.push(text);
  }

  private flush(): void {
    if (this.paragraph.length === 0) return;
    const text = this.paragraph.join(' ');
    this.paragraph = [];
    if (text.length <= MAX_CUE_CHARS) this.push(text);
  }

  private push(text: string): void {
    const q = this.question;
    if (!q) return;
    // Stryker disable next-line MethodExpression: displayText already trims (plainText)
    const shown = displayText(text).trim();
    if (shown !== '') q.cues.push(copy(shown));
  }
}
