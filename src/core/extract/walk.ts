// One walk over a scanned note that extracts principles (set notes), questions with their
// follow-ups and answer cues, inline STAR stories and story sketches, tracking the heading/label
// context that maps them. Each kind of line has its own small handler below.
import type { IndexSettings } from '../settings';
import type { StarKey } from '../model';
import type { ScannedLine, ScanResult } from '../scan/scanner';
import { copy } from '../scan/inline';
import { boldLineRole } from './bold-lines';
import { afterTextBullet, CueRegion } from './cues';
import { OpenStory } from './inline-story';
import type { RawPrinciple, RawQuestion, RawRef, RawStory } from './raw';
import { isTitleLine, sketchAt } from './sketch';
import { starKey } from './star';
import { displayText, questionText, readsAsQuestion } from './text';

export interface WalkOptions {
  settings: IndexSettings;
  /** Lines before the body (frontmatter); file line = bodyLine + index + 1. */
  bodyLine: number;
  /** Extract principles from headings at the principle level. */
  setNote: boolean;
  /** Extract top-level list items that read as questions. */
  questionNote: boolean;
  /** Extract bold list items as questions (set notes). */
  boldQuestions: boolean;
  /** Find inline STAR runs and sketches (false in story notes, whose labels are the note's own parts). */
  inlineStories: boolean;
}

export interface WalkResult {
  principles: RawPrinciple[];
  questions: RawQuestion[];
  stories: RawStory[];
}

/** A heading (or the note root) and the mappings it gives to items below it. */
interface Frame {
  level: number;
  refs: RawRef[];
  /** The active bold label (`**Pricing:**`) under this heading. */
  label: RawRef | null;
}

interface FollowRun {
  question: RawQuestion;
  index: number;
  parent: number;
  indent: number;
  /** Question notes take nested items only; set notes take siblings too. */
  siblings: boolean;
}

/** An empty heading, or one of only zero-width and bidi marks, names no principle. */
function hasVisibleText(text: string): boolean {
  return /[^\s\p{Cf}]/u.test(displayText(text));
}

function startsWithWord(text: string, prefix: string): boolean {
  return text.toLowerCase().startsWith(prefix.toLowerCase());
}

function afterPrefix(t: string, p: string): string {
  return t.slice(p.length).trim();
}

class Walker {
  readonly principles: RawPrinciple[] = [];
  readonly questions: RawQuestion[] = [];
  readonly stories: RawStory[] = [];
  private readonly lines: ScannedLine[];
  private readonly keywords: Set<string>;
  private readonly titleIdx: number;
  private readonly principleLevel: number;
  private readonly frames: Frame[] = [{ level: 0, refs: [], label: null }];
  private describing: { p: RawPrinciple; parts: string[]; started: boolean } | null = null;
  private run: FollowRun | null = null;
  private story: OpenStory | null = null;
  private readonly cues = new CueRegion();

  constructor(
    private readonly scan: ScanResult,
    private readonly opts: WalkOptions,
  ) {
    this.lines = scan.lines;
    this.keywords = new Set(opts.settings.sectionKeywords.map((k) => k.trim().toLowerCase()));
    // The title heading is the first H1; principles sit at the level of the first heading below it.
    this.titleIdx = this.lines.findIndex((l) => l.kind === 'heading' && l.level === 1);
    this.principleLevel = opts.setNote ? this.findPrincipleLevel() : 0;
  }

  private isKeyword(t: string): boolean {
    return this.keywords.has(t.replace(/:\s*$/, '').trim().toLowerCase());
  }

  private isMain(t: string): boolean {
    return startsWithWord(t, this.opts.settings.mainPrefix);
  }

  private isSub(t: string): boolean {
    return startsWithWord(t, this.opts.settings.subPrefix);
  }

  private fileLine(l: ScannedLine): number {
    return this.opts.bodyLine + l.line + 1;
  }

  private findPrincipleLevel(): number {
    for (let i = this.titleIdx + 1; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (l.kind === 'heading' && !this.isMain(l.text) && !this.isKeyword(l.text) && (this.titleIdx < 0 || l.level > 1)) return l.level;
    }
    return 0;
  }

  private contextRefs(): RawRef[] {
    const out: RawRef[] = [];
    for (const f of this.frames) {
      for (const r of f.refs) out.push(r);
      if (f.label) out.push(f.label);
    }
    return out;
  }

  private readonly textRefs = (l: ScannedLine, into: RawRef[]): void => {
    const line = this.fileLine(l);
    for (const link of l.links) into.push({ kind: 'link', text: link.target, heading: link.heading, role: 'auto', source: 'link', line, soft: true });
    for (const tag of l.tags) into.push({ kind: 'tag', text: tag, role: 'auto', source: 'tag', line, soft: true });
  };

  private lineRefs(l: ScannedLine): RawRef[] {
    // Stryker disable next-line ConditionalExpression: a shortcut; without it textRefs adds nothing to the same empty list
    if (l.links.length === 0 && l.tags.length === 0) return [];
    const refs: RawRef[] = [];
    this.textRefs(l, refs);
    return refs;
  }

  walk(): void {
    const lines = this.lines;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      this.describe(l);
      if (l.kind === 'blank') {
        this.story?.blank();
        this.cues.blank();
        continue;
      }
      const star = l.label !== null && this.opts.inlineStories ? starKey(l.label) : null;
      const opensQuestion = this.isQuestionItem(l);
      if (this.story) {
        const next = this.inStory(i, l, star, opensQuestion);
        if (next !== null) {
          i = next;
          continue;
        }
      }
      i = this.line(i, l, star, opensQuestion);
    }
    this.closeStory();
    this.cues.end();
  }

  /** Principle description: the first paragraph under the principle heading. */
  private describe(l: ScannedLine): void {
    const d = this.describing;
    if (!d) return;
    if (l.kind === 'blank') {
      if (d.started) this.describing = null;
    } else if (l.kind === 'text' && l.bold === null) {
      d.parts.push(l.text);
      d.started = true;
      d.p.description = copy(d.parts.join(' '));
    } else {
      this.describing = null;
    }
  }

  private isQuestionItem(l: ScannedLine): boolean {
    if (l.kind !== 'list' || l.label !== null) return false;
    const o = this.opts;
    if (o.boldQuestions && l.bold !== null && !this.isSub(l.bold) && !this.isMain(l.bold) && !startsWithWord(l.bold, 'Story:')) return true;
    return o.questionNote && l.level === 0 && readsAsQuestion(l.text);
  }

  /**
   * A line while an inline story is open. Returns the index the walk continues after when the
   * story took the line (or must re-read held lines), or null to handle the line normally.
   */
  private inStory(i: number, l: ScannedLine, star: StarKey | null, opensQuestion: boolean): number | null {
    const s = this.story as OpenStory;
    const followUpLike = l.kind === 'list' && l.label === null && readsAsQuestion(l.text);
    if (s.endsAt(l, star, opensQuestion, followUpLike)) return this.closeStory();
    if (star !== null) {
      if (!s.has(star)) {
        s.addPart(star, this.fileLine(l), l.labelRest, this.lineRefs(l));
        return i;
      }
      const reread = this.closeStory();
      if (reread !== null) return reread;
      this.openStory(i, l, star);
      return i;
    }
    s.text(i, l, this.fileLine(l), this.lineRefs(l));
    return i;
  }

  /** Closes the open story; returns the index to continue after when held lines must be read again. */
  private closeStory(): number | null {
    const s = this.story;
    if (!s) return null;
    this.story = null;
    const done = s.finish();
    if (done) this.stories.push(done);
    return s.rereadFrom >= 0 ? s.rereadFrom - 1 : null;
  }

  private openStory(i: number, l: ScannedLine, key: StarKey): void {
    this.run = null;
    this.cues.end();
    // Title: a `**Story: …**` line or a plain heading directly above the first label.
    let title: string | null = null;
    let line = this.fileLine(l);
    for (let j = i - 1; j >= 0; j--) {
      const p = this.lines[j];
      if (p.kind === 'blank') continue;
      if (p.bold !== null && startsWithWord(p.bold, 'Story:') && p.afterBold === '') {
        title = displayText(afterPrefix(p.bold, 'Story:'));
        line = this.fileLine(p);
      } else if (p.kind === 'heading' && j !== this.titleIdx && !this.isMain(p.text) && !this.isKeyword(p.text) && !(this.opts.setNote && p.level === this.principleLevel)) {
        title = displayText(p.text);
        line = this.fileLine(p);
      }
      break;
    }
    const refs = this.contextRefs().map((r) => ({ ...r, category: false }));
    this.story = new OpenStory(title ? copy(title) : null, line, l.indent, l.kind === 'list', refs, this.fileLine(l));
    this.story.addPart(key, this.fileLine(l), l.labelRest, this.lineRefs(l));
  }

  /** A line outside any story. Returns the index the walk continues after. */
  private line(i: number, l: ScannedLine, star: StarKey | null, opensQuestion: boolean): number {
    if (l.kind === 'heading') {
      this.heading(i, l);
      return i;
    }
    if (l.kind === 'rule') {
      this.run = null;
      this.cues.end();
      return i;
    }
    if (star !== null) {
      this.openStory(i, l, star);
      return i;
    }
    if (l.bold !== null && l.kind === 'text') {
      const next = this.boldLine(i, l);
      if (next !== null) return next;
    }
    if (opensQuestion) {
      this.question(i, l);
      return i;
    }
    if (l.kind === 'list') this.listItem(l);
    else this.text(l);
    return i;
  }

  private heading(i: number, l: ScannedLine): void {
    this.run = null;
    this.cues.end();
    const frames = this.frames;
    while (frames.length > 1 && frames[frames.length - 1].level >= l.level) frames.pop();
    // A bold label names what follows it up to the next heading, whatever that heading's level.
    for (const f of frames) f.label = null;
    const frame: Frame = { level: l.level, refs: [], label: null };
    const text = l.text;
    const at = this.fileLine(l);
    if (i === this.titleIdx) {
      // the note's title maps nothing
    } else if (this.isMain(text)) {
      frame.refs.push({ kind: 'list', text: afterPrefix(text, this.opts.settings.mainPrefix), role: 'primary', source: 'section', line: at, soft: false });
    } else if (this.isKeyword(text)) {
      // a question/story section: no mapping
    } else if (this.opts.setNote && l.level === this.principleLevel && hasVisibleText(text)) {
      const p: RawPrinciple = { name: copy(displayText(text)), line: at, description: '', aliases: [] };
      this.principles.push(p);
      this.describing = { p, parts: [], started: false };
      frame.refs.push({ kind: 'name', text: p.name, role: 'primary', source: 'heading', line: at, soft: false });
    } else if (text !== '') {
      frame.refs.push({ kind: 'name', text: copy(displayText(text)), role: 'auto', source: 'heading', line: at, soft: true, category: true });
    }
    frames.push(frame);
  }

  /**
   * A paragraph that opens with bold: `**Main:/Sub: …**`, a label (`**Pricing:**`), a sketch's
   * title, a reminder (a cue of the question above) or a title of its own. Returns null when the
   * line is ordinary text after all.
   */
  private boldLine(i: number, l: ScannedLine): number | null {
    const bold = l.bold as string;
    const top = this.frames[this.frames.length - 1];
    if (this.isSub(bold) || this.isMain(bold)) {
      const main = this.isMain(bold);
      const rest = afterPrefix(bold, main ? this.opts.settings.mainPrefix : this.opts.settings.subPrefix);
      top.refs.push({ kind: 'list', text: copy(rest), role: main ? 'primary' : 'secondary', source: 'section', line: this.fileLine(l), soft: false });
      this.run = null;
      this.cues.end();
      return i;
    }
    if (l.label !== null && l.labelRest === '') {
      top.label = this.isKeyword(l.label)
        ? null
        : { kind: 'name', text: copy(displayText(l.label)), role: 'auto', source: 'label', line: this.fileLine(l), soft: true, category: true };
      this.run = null;
      this.cues.end();
      return i;
    }
    if (l.afterBold !== '' || l.label !== null) return null;
    if (l.indent === 0) this.run = null;
    if (boldLineRole(bold) === 'reminder') {
      if (this.cues.open) this.cues.add(bold);
      return i;
    }
    this.cues.end();
    if (this.opts.inlineStories && isTitleLine(l)) {
      const found = sketchAt(this.lines, i, (x) => this.fileLine(x), this.contextRefs().map((r) => ({ ...r, category: false })), this.textRefs);
      if (found) {
        this.stories.push(found.story);
        return found.last;
      }
    }
    return i;
  }

  private question(i: number, l: ScannedLine): void {
    const refs = this.contextRefs();
    this.textRefs(l, refs);
    const q: RawQuestion = { text: copy(questionText(l.text)), line: this.fileLine(l), followUps: [], cues: [], refs };
    this.questions.push(q);
    this.run = { question: q, index: i, parent: l.parent, indent: l.indent, siblings: this.opts.boldQuestions && !this.opts.questionNote };
    this.cues.start(q);
  }

  /** A list item that is not a question: a follow-up, or (in a set note) a bulleted answer cue. */
  private listItem(l: ScannedLine): void {
    const run = this.run;
    if (!run || !(l.parent === run.index || (run.siblings && l.parent === run.parent))) return;
    if (l.text === '') return;
    if (run.siblings && this.cues.for === run.question && this.bulleted(l) && !readsAsQuestion(l.text)) {
      this.cues.add(l.text);
      return;
    }
    run.question.followUps.push(copy(displayText(l.text)));
  }

  private bulleted(l: ScannedLine): boolean {
    const c = this.scan.raw[l.line].trimStart().charAt(0);
    return c === '-' || c === '*' || c === '+';
  }

  /** A paragraph line: it ends a follow-up run at the question's indent, and may be a cue. */
  private text(l: ScannedLine): void {
    const run = this.run;
    const q = this.cues.for;
    if (run && l.indent <= run.indent) this.run = null;
    if (!q) return;
    // Text indented under a follow-up answers that follow-up, not the question.
    const bullet = afterTextBullet(l.text);
    if (bullet !== null) this.cues.add(bullet);
    else if (!(run && run.question === q && q.followUps.length > 0 && l.indent > run.indent)) this.cues.line(l.text);
  }
}

export function walkNote(scan: ScanResult, opts: WalkOptions): WalkResult {
  const w = new Walker(scan, opts);
  w.walk();
  return { principles: w.principles, questions: w.questions, stories: w.stories };
}
