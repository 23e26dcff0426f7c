// An inline STAR story while the walker reads it: which lines belong to it and where it ends.
//
// A story ends where its last part's text ends. Between two labels everything belongs to the
// earlier part (an Action may run over several paragraphs and lists). After the last label:
// - inside a list item (the labels are indented), the part runs on over the item's paragraphs
//   and lists, up to a line indented less than the labels;
// - at the top level, the part is its paragraph and a list attached to it (no blank line
//   between). What follows a blank line belongs to the story only if another part label comes
//   after it; otherwise the walker reads those lines again as ordinary note text.
// A heading, a rule, a question, a follow-up question item, a bold line of its own (a title,
// a label, a reminder) and a line indented less than the labels end a story wherever they come.
import type { StarKey } from '../model';
import type { ScannedLine } from '../scan/scanner';
import { copy } from '../scan/inline';
import type { RawPart, RawRef, RawStory } from './raw';
import { excerpt } from './text';

interface OpenPart {
  key: StarKey;
  line: number;
  lines: string[];
}

/** Lines after a blank line at the top level, held until a later label claims them. */
interface Pending {
  /** Index (in the scanned lines) of the first held line: the walker reads from there again. */
  from: number;
  lines: string[];
  refs: RawRef[];
}

export class OpenStory {
  readonly parts: OpenPart[] = [];
  /** Last file line of the story's own text. */
  lastLine: number;
  private pending: Pending | null = null;
  // Stryker disable next-line BooleanLiteral: the walker opens a story with addPart, which clears it
  private afterBlank = false;

  constructor(
    readonly title: string | null,
    readonly line: number,
    /** Indent of the first label: more than 0 when the story sits inside a list item. */
    readonly indent: number,
    /** The labels are list items (`- **S:** …`): a sibling item is not part of the story. */
    readonly listLabels: boolean,
    readonly refs: RawRef[],
    labelLine: number,
    // Stryker disable next-line BlockStatement: the walker opens a story with addPart, which sets it again
  ) {
    this.lastLine = labelLine;
  }

  has(key: StarKey): boolean {
    return this.parts.some((p) => p.key === key);
  }

  /** A new part label: lines held since the last blank belong to the part before it (a story always has one: the walker opens it at a label). */
  addPart(key: StarKey, fileLine: number, text: string, refs: RawRef[]): void {
    const held = this.pending;
    if (held) {
      const last = this.parts[this.parts.length - 1].lines;
      for (const t of held.lines) last.push(t);
      for (const r of held.refs) this.refs.push(r);
    }
    this.pending = null;
    this.afterBlank = false;
    this.parts.push({ key, line: fileLine, lines: [text] });
    for (const r of refs) this.refs.push(r);
    this.lastLine = fileLine;
  }

  blank(): void {
    this.afterBlank = true;
    if (this.pending) this.pending.lines.push('');
    else this.parts[this.parts.length - 1].lines.push('');
  }

  /** Whether `l` (not blank; `star` is its STAR key, if a label) ends the story before it. */
  endsAt(l: ScannedLine, star: StarKey | null, opensQuestion: boolean, followUpLike: boolean): boolean {
    if (l.kind === 'heading' || l.kind === 'rule' || opensQuestion) return true;
    if (l.indent < this.indent) return true;
    if (star !== null) return false;
    const boldOnly = l.bold !== null && l.afterBold === '';
    if (boldOnly && l.indent <= this.indent) return true;
    if (l.kind === 'list' && l.indent <= this.indent && (this.listLabels || followUpLike)) return true;
    return false;
  }

  /** A line of text inside the story: part of the last part, or held after a top-level blank. */
  text(index: number, l: ScannedLine, fileLine: number, refs: RawRef[]): void {
    // At the top level a blank line ends the part's own text (inside a list item it does not).
    if (!this.pending && this.afterBlank && this.indent === 0 && !(this.listLabels && l.indent > 0)) {
      this.pending = { from: index, lines: [], refs: [] };
    }
    this.afterBlank = false;
    if (this.pending) {
      this.pending.lines.push(l.text);
      for (const r of refs) this.pending.refs.push(r);
      return;
    }
    this.parts[this.parts.length - 1].lines.push(l.text);
    for (const r of refs) this.refs.push(r);
    this.lastLine = fileLine;
  }

  /** Where the walker must read again from when the story closes (held lines), or -1. */
  get rereadFrom(): number {
    return this.pending ? this.pending.from : -1;
  }

  /** The finished story, or null for a lone label. Held lines are not part of it. */
  finish(): RawStory | null {
    if (this.parts.length < 2) return null;
    // Trailing blank lines go with the trim.
    const parts: RawPart[] = this.parts.map((p) => ({ key: p.key, line: p.line, text: copy(p.lines.join('\n').trim()) }));
    const situation = parts.find((p) => p.key === 'S') ?? parts[0];
    return {
      title: this.title ?? excerpt(situation.text),
      line: this.line,
      endLine: this.lastLine,
      kind: 'inline',
      parts,
      refs: this.refs,
    };
  }
}
