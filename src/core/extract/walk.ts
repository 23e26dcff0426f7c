// One walk over a scanned note that extracts principles (set notes), questions with their
// follow-ups, and inline STAR stories, tracking the heading/label context that maps them.
import type { IndexSettings } from '../settings';
import type { StarKey } from '../model';
import type { ScannedLine, ScanResult } from '../scan/scanner';
import { copy } from '../scan/inline';
import type { RawPart, RawPrinciple, RawQuestion, RawRef, RawStory } from './raw';
import { starKey } from './star';
import { displayText, excerpt, readsAsQuestion } from './text';

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
  /** Find inline STAR runs (false in story notes, whose labels are the note's own parts). */
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

interface OpenStory {
  title: string | null;
  line: number;
  indent: number;
  parts: { key: StarKey; line: number; lines: string[] }[];
  refs: RawRef[];
  lastLine: number;
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

export function walkNote(scan: ScanResult, opts: WalkOptions): WalkResult {
  const { settings, bodyLine } = opts;
  const lines = scan.lines;
  const keywords = new Set(settings.sectionKeywords.map((k) => k.trim().toLowerCase()));
  const isKeyword = (t: string) => keywords.has(t.replace(/:\s*$/, '').trim().toLowerCase());
  const isMain = (t: string) => startsWithWord(t, settings.mainPrefix);
  const isSub = (t: string) => startsWithWord(t, settings.subPrefix);
  const afterPrefix = (t: string, p: string) => t.slice(p.length).trim();
  const fileLine = (l: ScannedLine) => bodyLine + l.line + 1;

  // The title heading is the first H1; principles sit at the level of the first heading below it.
  let titleIdx = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind === 'heading' && lines[i].level === 1) {
      titleIdx = i;
      break;
    }
  }
  let principleLevel = 0;
  if (opts.setNote) {
    for (let i = titleIdx + 1; i < lines.length; i++) {
      const l = lines[i];
      if (l.kind === 'heading' && !isMain(l.text) && !isKeyword(l.text) && (titleIdx < 0 || l.level > 1)) {
        principleLevel = l.level;
        break;
      }
    }
  }

  const principles: RawPrinciple[] = [];
  const questions: RawQuestion[] = [];
  const stories: RawStory[] = [];
  const frames: Frame[] = [{ level: 0, refs: [], label: null }];
  let describing: { p: RawPrinciple; parts: string[]; started: boolean } | null = null;
  let run: FollowRun | null = null;
  let story: OpenStory | null = null;

  const contextRefs = (): RawRef[] => {
    const out: RawRef[] = [];
    for (const f of frames) {
      for (const r of f.refs) out.push(r);
      if (f.label) out.push(f.label);
    }
    return out;
  };

  const textRefs = (l: ScannedLine, into: RawRef[]) => {
    for (const link of l.links) {
      into.push({ kind: 'link', text: link.target, heading: link.heading, role: 'auto', source: 'link', line: fileLine(l), soft: true });
    }
    for (const tag of l.tags) {
      into.push({ kind: 'tag', text: tag, role: 'auto', source: 'tag', line: fileLine(l), soft: true });
    }
  };

  const closeStory = () => {
    if (!story) return;
    const s = story;
    story = null;
    if (s.parts.length < 2) return; // a lone label is not a story
    const parts: RawPart[] = s.parts.map((p) => {
      while (p.lines.length > 0 && p.lines[p.lines.length - 1] === '') p.lines.pop();
      return { key: p.key, line: p.line, text: copy(p.lines.join('\n').trim()) };
    });
    const situation = parts.find((p) => p.key === 'S') ?? parts[0];
    stories.push({
      title: s.title ?? excerpt(situation.text),
      line: s.line,
      endLine: s.lastLine,
      kind: 'inline',
      parts,
      refs: s.refs,
    });
  };

  const openStoryAt = (i: number, l: ScannedLine, key: StarKey) => {
    // Title: a `**Story: …**` line or a plain heading directly above the first label.
    let title: string | null = null;
    let line = fileLine(l);
    for (let j = i - 1; j >= 0; j--) {
      const p = lines[j];
      if (p.kind === 'blank') continue;
      if (p.bold !== null && startsWithWord(p.bold, 'Story:') && p.afterBold === '') {
        title = displayText(afterPrefix(p.bold, 'Story:'));
        line = fileLine(p);
      } else if (p.kind === 'heading' && j !== titleIdx && !isMain(p.text) && !isKeyword(p.text) && !(opts.setNote && p.level === principleLevel)) {
        title = displayText(p.text);
        line = fileLine(p);
      }
      break;
    }
    const refs = contextRefs().map((r) => ({ ...r, category: false }));
    story = { title: title ? copy(title) : null, line, indent: l.indent, parts: [], refs, lastLine: fileLine(l) };
    addPart(l, key);
  };

  const addPart = (l: ScannedLine, key: StarKey) => {
    if (!story) return;
    story.parts.push({ key, line: fileLine(l), lines: [l.labelRest] });
    story.lastLine = fileLine(l);
    textRefs(l, story.refs);
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];

    // Principle description: the first paragraph under the principle heading.
    if (describing) {
      if (l.kind === 'blank') {
        if (describing.started) describing = null;
      } else if (l.kind === 'text' && l.bold === null) {
        describing.parts.push(l.text);
        describing.started = true;
        describing.p.description = copy(describing.parts.join(' '));
      } else {
        describing = null;
      }
    }

    if (l.kind === 'blank') {
      const open = story as OpenStory | null; // assigned inside closures, so TS cannot narrow it
      if (open) open.parts[open.parts.length - 1].lines.push('');
      continue;
    }

    const star = l.label !== null ? starKey(l.label) : null;
    const isQuestionItem =
      l.kind === 'list' &&
      ((opts.boldQuestions && l.bold !== null && l.label === null && !isSub(l.bold) && !isMain(l.bold) && !startsWithWord(l.bold, 'Story:')) ||
        (opts.questionNote && l.level === 0 && l.label === null && readsAsQuestion(l.text)));
    const boldOnly = l.bold !== null && l.afterBold === '' && star === null;

    // An open inline story ends at a heading, a rule, a question, a bold line of its own, or a dedent.
    if (story) {
      const s: OpenStory = story;
      const ends =
        l.kind === 'heading' || l.kind === 'rule' || isQuestionItem || (boldOnly && l.indent <= s.indent) || l.indent < s.indent;
      if (ends) {
        closeStory();
      } else if (star !== null && opts.inlineStories) {
        if (s.parts.some((p) => p.key === star)) {
          closeStory();
          openStoryAt(i, l, star);
        } else {
          addPart(l, star);
        }
        continue;
      } else {
        s.parts[s.parts.length - 1].lines.push(l.text);
        s.lastLine = fileLine(l);
        textRefs(l, s.refs);
        continue;
      }
    }

    if (l.kind === 'heading') {
      run = null;
      while (frames.length > 1 && frames[frames.length - 1].level >= l.level) frames.pop();
      // A bold label names what follows it up to the next heading, whatever that heading's level.
      for (const f of frames) f.label = null;
      const frame: Frame = { level: l.level, refs: [], label: null };
      const text = l.text;
      if (i === titleIdx) {
        // the note's title maps nothing
      } else if (isMain(text)) {
        frame.refs.push({ kind: 'list', text: afterPrefix(text, settings.mainPrefix), role: 'primary', source: 'section', line: fileLine(l), soft: false });
      } else if (isKeyword(text)) {
        // a question/story section: no mapping
      } else if (opts.setNote && l.level === principleLevel && hasVisibleText(text)) {
        const p: RawPrinciple = { name: copy(displayText(text)), line: fileLine(l), description: '', aliases: [] };
        principles.push(p);
        describing = { p, parts: [], started: false };
        frame.refs.push({ kind: 'name', text: p.name, role: 'primary', source: 'heading', line: fileLine(l), soft: false });
      } else if (text !== '') {
        frame.refs.push({ kind: 'name', text: copy(displayText(text)), role: 'auto', source: 'heading', line: fileLine(l), soft: true, category: true });
      }
      frames.push(frame);
      continue;
    }

    if (l.kind === 'rule') {
      run = null;
      continue;
    }

    if (star !== null && opts.inlineStories) {
      run = null;
      openStoryAt(i, l, star);
      continue;
    }

    const top = frames[frames.length - 1];
    if (l.bold !== null && l.kind === 'text') {
      if (isSub(l.bold) || isMain(l.bold)) {
        const main = isMain(l.bold);
        const rest = afterPrefix(l.bold, main ? settings.mainPrefix : settings.subPrefix);
        top.refs.push({ kind: 'list', text: copy(rest), role: main ? 'primary' : 'secondary', source: 'section', line: fileLine(l), soft: false });
        run = null;
        continue;
      }
      if (l.label !== null && l.labelRest === '') {
        top.label = isKeyword(l.label)
          ? null
          : { kind: 'name', text: copy(displayText(l.label)), role: 'auto', source: 'label', line: fileLine(l), soft: true, category: true };
        run = null;
        continue;
      }
      if (boldOnly && l.indent === 0) run = null;
    }

    if (isQuestionItem) {
      const refs = contextRefs();
      textRefs(l, refs);
      const q: RawQuestion = { text: copy(displayText(l.text)), line: fileLine(l), followUps: [], refs };
      questions.push(q);
      run = { question: q, index: i, parent: l.parent, indent: l.indent, siblings: opts.boldQuestions && !opts.questionNote };
      continue;
    }

    if (run) {
      if (l.kind === 'list') {
        if (l.parent === run.index || (run.siblings && l.parent === run.parent)) {
          if (l.text !== '') run.question.followUps.push(copy(displayText(l.text)));
        }
      } else if (l.indent <= run.indent) {
        run = null;
      }
    }
  }
  closeStory();
  return { principles, questions, stories };
}
