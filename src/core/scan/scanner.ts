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

function indentOf(s: string): number {
  let cols = 0;
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
  const lines: ScannedLine[] = [];
  // Open list items: their indent and index in `lines`.
  const listIndents: number[] = [];
  const listIdx: number[] = [];
  let fence: string | null = null;

  for (let i = 0; i < raw.length; i++) {
    const src = raw[i];
    if (fence !== null) {
      const close = FENCE_RE.exec(src);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && src.trim() === close[1]) fence = null;
      continue;
    }
    const trimmed = src.trim();
    if (trimmed === '') {
      lines.push(blank(i));
      continue;
    }
    const f = FENCE_RE.exec(src);
    if (f) {
      fence = f[1];
      continue;
    }
    const indent = indentOf(src);
    let kind: LineKind;
    let level = 0;
    let parent = -1;
    let text: string;

    const h = indent < 4 && trimmed.charCodeAt(0) === 35 /* # */ ? HEADING_RE.exec(src) : null;
    if (h) {
      kind = 'heading';
      level = h[1].length;
      text = (h[2] ?? '').trim();
      listIndents.length = 0;
      listIdx.length = 0;
    } else if (RULE_RE.test(src)) {
      kind = 'rule';
      text = trimmed;
      listIndents.length = 0;
      listIdx.length = 0;
    } else {
      const li = LIST_RE.exec(src);
      if (li) {
        kind = 'list';
        text = (li[3] ?? '').trim();
        while (listIndents.length > 0 && listIndents[listIndents.length - 1] >= indent) {
          listIndents.pop();
          listIdx.pop();
        }
        level = listIndents.length;
        parent = listIdx.length > 0 ? listIdx[listIdx.length - 1] : -1;
        listIndents.push(indent);
        listIdx.push(lines.length);
      } else {
        kind = 'text';
        text = trimmed;
        // A paragraph that is not indented into a list item closes the open lists.
        if (listIndents.length > 0 && indent <= listIndents[0]) {
          listIndents.length = 0;
          listIdx.length = 0;
        }
      }
    }

    let bold: string | null = null;
    let afterBold = '';
    let label: string | null = null;
    let labelRest = '';
    if (text.startsWith('**')) {
      const end = text.indexOf('**', 2);
      if (end > 2) {
        bold = text.slice(2, end).trim();
        afterBold = text.slice(end + 2).trim();
        if (bold.endsWith(':')) {
          label = bold.slice(0, -1).trim();
          labelRest = afterBold;
        } else if (afterBold.startsWith(':')) {
          label = bold;
          labelRest = afterBold.slice(1).trim();
        }
      }
    }

    lines.push({
      line: i,
      kind,
      indent,
      level,
      parent,
      text,
      bold,
      afterBold,
      label,
      labelRest,
      tags: findTags(text),
      links: findLinks(text),
    });
  }
  return { lines, raw };
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
