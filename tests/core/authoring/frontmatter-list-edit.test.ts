import { applyListPlan, type ListPlan } from '../../../src/core/authoring/frontmatter-list-edit';
import { findFrontmatter, locateKey } from '../../../src/core/authoring/frontmatter-entry';
import { splitLines } from '../../../src/core/authoring/lines';
import { editPrincipleKeys } from '../../../src/core/authoring/tag-edit';
import { parseYamlText } from '../../../src/cli/note-record';
import type { Principle } from '../../../src/core/model';

function plan(p: Partial<ListPlan>): ListPlan {
  return { key: 'principles', drop: new Set(), replace: new Map(), append: [], values: [], count: 0, scalar: false, ...p };
}

function text(t: string, p: Partial<ListPlan>): string {
  const out = applyListPlan(t, plan(p));
  if (!out.ok) throw new Error(out.reason);
  return out.text;
}

describe('applyListPlan', () => {
  it('flow lists: into an empty one, after a single item, and emptied to []', () => {
    expect(text('---\nprinciples: []\n---\n', { append: ['A', 'B'], count: 0 })).toBe('---\nprinciples: ["A", "B"]\n---\n');
    expect(text('---\nprinciples: [ X ]\n---\n', { append: ['A'], count: 1 })).toBe('---\nprinciples: [ X, "A" ]\n---\n');
    expect(text('---\nprinciples: [X,Y]\n---\n', { append: ['A'], count: 2 })).toBe('---\nprinciples: [X,Y,"A"]\n---\n');
    expect(text('---\nprinciples: [X, Y]\n---\n', { drop: new Set([0]), replace: new Map([[1, 'Z']]), count: 2 })).toBe('---\nprinciples: ["Z"]\n---\n');
    expect(text('---\nprinciples: [X]\n---\n', { drop: new Set([0]), count: 1 })).toBe('---\nprinciples: []\n---\n');
  });

  it('scalars and empty keys', () => {
    expect(text('---\nprinciples: X, Y # c\n---\n', { replace: new Map([[0, 'Y']]), count: 1, scalar: true, values: ['Y'] })).toBe('---\nprinciples: "Y" # c\n---\n');
    expect(text('---\nprinciples: X\n---\n', { drop: new Set([0]), append: ['A'], count: 1 })).toBe('---\nprinciples:\n  - "A"\n---\n');
    expect(text('---\na: 1\nprinciples: X\n---\n', { drop: new Set([0]), count: 1 })).toBe('---\na: 1\n---\n');
    expect(text('---\nprinciples:\nb: 2\n---\n', { append: ['A'], count: 0 })).toBe('---\nprinciples:\n  - "A"\nb: 2\n---\n');
  });

  it('rewrites an entry whose items the text and the parser count differently, numbers and booleans as written', () => {
    expect(text('---\nprinciples: !!seq [1]\n---\n', { values: [1, true, 'A'], count: 1 })).toBe('---\nprinciples:\n  - 1\n  - true\n  - "A"\n---\n');
    expect(text('---\nprinciples: |\n  A\n---\n', { values: [], count: 1 })).toBe('');
    expect(applyListPlan('---\nprinciples: !!seq [1]\n---\n', plan({ values: [{ a: 1 }], count: 1 }))).toEqual({ ok: false, reason: '"principles" holds values that are not text' });
    expect(applyListPlan('body', plan({ values: [['x']] }))).toEqual({ ok: false, reason: '"principles" holds values that are not text' });
    expect(applyListPlan('---\na: 1\n---\n', plan({ values: [['x']] }))).toEqual({ ok: false, reason: '"principles" holds values that are not text' });
  });

  it('leaves a note alone when there is nothing to write, and refuses a ---lang block', () => {
    expect(text('body', {})).toBe('body');
    expect(text('---\na: 1\n---\n', {})).toBe('---\na: 1\n---\n');
    expect(applyListPlan('---yaml\na: 1\n---\n', plan({ values: ['A'] }))).toEqual({ ok: false, reason: 'the frontmatter is written in "yaml"' });
  });
});

describe('editPrincipleKeys on items that are not plain strings', () => {
  const p: Principle = { id: 'acme/x', name: 'X', set: 'acme', path: 'Acme.md', line: 4, description: '', aliases: ['42'] };
  it('matches a number and an unquoted [[link]] (a nested list to YAML), and keeps a mapping item', () => {
    const note = '---\nprinciples:\n  - 42\n  - [[Acme#X]]\n  - {a: 1}\n---\n';
    const out = editPrincipleKeys(note, [{ key: 'principles', add: [], remove: [p] }], parseYamlText);
    expect(out).toEqual({ kind: 'edited', text: '---\nprinciples:\n  - {a: 1}\n---\n', changes: ['principles: - 42', 'principles: - [["Acme#X"]]'] });
  });
});

describe('locateKey', () => {
  const form = (t: string) => {
    const lines = splitLines(t);
    const block = findFrontmatter(lines);
    if (!block) return 'no block';
    const found = locateKey(lines, block, 'principles');
    return found.ok ? (found.entry?.form ?? 'absent') : found.reason;
  };

  it('tells the forms apart', () => {
    expect(form('---\nprinciples:\n  - A\n  - B\n---\n')).toBe('block');
    expect(form('---\nprinciples:\n- A\n- B\n---\n')).toBe('block');
    expect(form('---\nprinciples:\n  - A\n    more of A\n---\n')).toBe('block');
    expect(form('---\nprinciples:\n  sub: 1\n---\n')).toBe('other');
    expect(form('---\nprinciples:\n  - A\n - B\n---\n')).toBe('other');
    expect(form('---\nprinciples: [A] trailing\n---\n')).toBe('other');
    expect(form('---\nprinciples: "A\n  B"\n---\n')).toBe('other');
    expect(form("---\nprinciples: 'it''s'\n---\n")).toBe('scalar');
    expect(form('---\nprinciples: "a \\" b"\n---\n')).toBe('scalar');
    expect(form('---\nprinciples: >\n  A\n---\n')).toBe('other');
    expect(form('---\nprinciples: [A, [B, C], {d: 1}]\n---\n')).toBe('flow');
    expect(form('---\nprinciples-old: A\n---\n')).toBe('absent');
    expect(form('---\n\n# c\n---\n')).toBe('absent');
    expect(form('---\n[a, b]\n---\n')).toBe('the frontmatter is written in flow style ({...})');
    expect(form('---')).toBe('no block');
    expect(form('---\nx: 1\n')).toBe('no block');
  });
});
