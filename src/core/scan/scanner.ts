// A single-pass line scanner: classifies each line of a note body (heading, list item, text,
// rule, blank) and pulls out what the extractors need. No markdown AST: one regex test per line.
import { findLinks, findTags, type WikiLink } from './inline';

export type LineKind = 'blank' | 'heading' | 'list' | 'text' | 'rule';

export interface ScannedLine {
  /** 0-based line index in the body. */
  line: number;
  kind: LineKind;
  /** Leading whitespace in columns (a tab counts 4). */
  indent: number;
  /** Heading level (1–6), or list depth (0 = top level); 0 otherwise. */
  level: number;
  /** Index in the scanned array of the parent list item, or -1. */
  parent: number;
  /** Heading text, list item text after its marker, or the trimmed line. */
  text: string;
  /** When `text` starts with `**…**`: the bold text. */
  bold: string | null;
  /** Text after the closing `**` (trimmed). */
  afterBold: string;
  /** Bold label `**Key:** rest` or `**Key**: rest` → `Key`; else null. */
  label: string | null;
  /** The text after a label. */
  labelRest: string;
  tags: string[];
  links: WikiLink[];
}

export interface ScanResult {
  lines: ScannedLine[];
  /** The body split into raw lines (no line terminators). */
  raw: string[];
}

const LINE_SPLIT = /\r\n?|\n/;
const HEADING_RE = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LIST_RE = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const RULE_RE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE_RE = /^[ \t]*(`{3,}|~{3,})/;

/** What the scan carries from one line to the next. */
interface ScanState {
  lines: ScannedLine[];
  /** Open list items: their indent and index in `lines`. */
  listIndents: number[];
  listIdx: number[];
  /** The opening run of the code fence we are inside (``` or ~~~), or null. */
  fence: string | null;
}

function indentOf(s: string): number {
  let cols = 0;
  // Stryker disable next-line EqualityOperator: charCodeAt past the end is NaN, which breaks the loop too
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) cols += 1;
    else if (c === 9) cols += 4;
    else break;
  }
  return cols;
}

export function scanLines(body: string): ScanResult {
  const raw = body.split(LINE_SPLIT);
  // A byte order mark some readers leave in the text must not hide a heading on the first line.
  if (raw[0].charCodeAt(0) === 0xfeff) raw[0] = raw[0].slice(1);
  const st: ScanState = { lines: [], listIndents: [], listIdx: [], fence: null };
  for (let i = 0; i < raw.length; i++) scanLine(st, raw[i], i);
  return { lines: st.lines, raw };
}

/** One raw line: skipped inside a code fence (and the fence lines themselves), else scanned. */
function scanLine(st: ScanState, src: string, i: number): void {
  if (st.fence !== null) {
    if (closesFence(src, st.fence)) st.fence = null;
    return;
  }
  const trimmed = src.trim();
  if (trimmed === '') {
    st.lines.push(blank(i));
    return;
  }
  const f = FENCE_RE.exec(src);
  if (f) {
    st.fence = f[1];
    return;
  }
  st.lines.push(classify(st, src, trimmed, i));
}

/** A fence closes on a line of only the same character, at least as many as opened it. */
function closesFence(src: string, fence: string): boolean {
  const close = FENCE_RE.exec(src);
  return close !== null && close[1][0] === fence[0] && close[1].length >= fence.length && src.trim() === close[1];
}

/** A non-blank line outside a fence: heading, rule, list item or text. */
function classify(st: ScanState, src: string, trimmed: string, i: number): ScannedLine {
  const indent = indentOf(src);
  // A fast path: HEADING_RE alone decides (at most three spaces, then `#`), so loosening it changes nothing.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: see above
  const h = indent < 4 && trimmed.charCodeAt(0) === 35 /* # */ ? HEADING_RE.exec(src) : null;
  if (h) {
    closeLists(st);
    return scanned(i, 'heading', indent, h[1].length, -1, (h[2] ?? '').trim());
  }
  if (RULE_RE.test(src)) {
    closeLists(st);
    return scanned(i, 'rule', indent, 0, -1, trimmed);
  }
  const li = LIST_RE.exec(src);
  if (li) return listItem(st, i, indent, (li[3] ?? '').trim());
  // A paragraph that is not indented into a list item closes the open lists.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with no open list, `indent <= undefined` is false anyway
  if (st.listIndents.length > 0 && indent <= st.listIndents[0]) closeLists(st);
  return scanned(i, 'text', indent, 0, -1, trimmed);
}

/** A list item: its depth and parent are the open items indented less than it. */
function listItem(st: ScanState, i: number, indent: number, text: string): ScannedLine {
  const { listIndents, listIdx } = st;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: on an empty stack, `undefined >= indent` is false anyway
  while (listIndents.length > 0 && listIndents[listIndents.length - 1] >= indent) {
    listIndents.pop();
    listIdx.pop();
  }
  const level = listIndents.length;
  const parent = listIdx.length > 0 ? listIdx[listIdx.length - 1] : -1;
  listIndents.push(indent);
  listIdx.push(st.lines.length);
  return scanned(i, 'list', indent, level, parent, text);
}

function closeLists(st: ScanState): void {
  st.listIndents.length = 0;
  st.listIdx.length = 0;
}

function scanned(i: number, kind: LineKind, indent: number, level: number, parent: number, text: string): ScannedLine {
  const out: ScannedLine = {
    line: i,
    kind,
    indent,
    level,
    parent,
    text,
    bold: null,
    afterBold: '',
    label: null,
    labelRest: '',
    tags: findTags(text),
    links: findLinks(text),
  };
  if (text.startsWith('**')) readBold(out);
  return out;
}

/** `**bold** rest`, `**Key:** rest` and `**Key**: rest` at the start of a line's text. */
function readBold(out: ScannedLine): void {
  const { text } = out;
  const end = text.indexOf('**', 2);
  if (end <= 2) return;
  const bold = text.slice(2, end).trim();
  const afterBold = text.slice(end + 2).trim();
  out.bold = bold;
  out.afterBold = afterBold;
  if (bold.endsWith(':')) {
    out.label = bold.slice(0, -1).trim();
    out.labelRest = afterBold;
  } else if (afterBold.startsWith(':')) {
    out.label = bold;
    out.labelRest = afterBold.slice(1).trim();
  }
}

function blank(i: number): ScannedLine {
  return {
    line: i,
    kind: 'blank',
    indent: 0,
    level: 0,
    parent: -1,
    text: '',
    bold: null,
    afterBold: '',
    label: null,
    labelRest: '',
    tags: EMPTY,
    links: EMPTY_LINKS,
  };
}

const EMPTY: string[] = [];
const EMPTY_LINKS: WikiLink[] = [];
