// Tagging a story note: a change to its `principles` / `secondary-principles` frontmatter written
// as a diff (add these principles, remove those) applied to the entries the user wrote, never a
// rewrite of the whole key. Items that name no removed principle stay exactly as written (typos,
// links to other notes, unknown names, comments). The edit is surgical, then verified with a real
// YAML parser; when it cannot be verified the caller gets the intended values to write another way
// (the plugin, after asking, through Obsidian's processFrontMatter) or a refusal to show.
import type { Principle } from '../model';
import { findFrontmatter, locateKey } from './frontmatter-entry';
import { applyListPlan, type ListPlan } from './frontmatter-list-edit';
import { parseFrontmatter, verifyEdit, type YamlParse } from '../frontmatter/verify';
import { splitLines } from './lines';
import { itemMentions, withoutNames } from './principle-items';

export interface KeyDiff {
  key: string;
  /** Principles to add, each with the value to write for it (a link or its name). */
  add: readonly { principle: Principle; value: string }[];
  /** Principles whose items to remove. */
  remove: readonly Principle[];
}

export type TagOutcome =
  | { kind: 'unchanged' }
  | { kind: 'edited'; text: string; changes: string[] }
  /** The in-place edit could not be verified; `intended` holds each key's values (undefined: delete it). */
  | { kind: 'unsafe'; reason: string; intended: Map<string, unknown>; changes: string[] }
  | { kind: 'refused'; reason: string };

/** A frontmatter value as items: a list's elements, a scalar alone, nothing for null. */
function itemsOf(value: unknown): unknown[] | null {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value as unknown[];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [value];
  return null;
}

/** An item as text for matching: a string, a number, or an unquoted `[[Link]]` (parsed as [["Link"]]). */
function itemText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 && typeof v[0][0] === 'string') return `[[${v[0][0]}]]`;
  return null;
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
}

interface Planned {
  plan: ListPlan;
  intended: unknown;
  changes: string[];
}

/** The item-level plan for one key; null when it changes nothing. */
function planKey(diff: KeyDiff, value: unknown, flowList: boolean): Planned | null {
  const items = itemsOf(value) ?? [];
  const drop = new Set<number>();
  const replace = new Map<number, string>();
  const changes: string[] = [];
  const kept: unknown[] = [];
  items.forEach((item, i) => {
    const text = itemText(item);
    const rest = text === null || diff.remove.length === 0 ? null : withoutNames(text, diff.remove);
    if (rest === null) kept.push(item);
    else if (rest === '') {
      drop.add(i);
      changes.push(`${diff.key}: - ${show(item)}`);
    } else {
      replace.set(i, rest);
      kept.push(rest);
      changes.push(`${diff.key}: ${show(item)} -> ${show(rest)}`);
    }
  });
  const append: string[] = [];
  for (const { principle, value: v } of diff.add) {
    const present = kept.some((k) => {
      const t = itemText(k);
      return t !== null && itemMentions(t, principle);
    });
    if (present || append.includes(v)) continue;
    append.push(v);
    changes.push(`${diff.key}: + ${show(v)}`);
  }
  if (changes.length === 0) return null;
  const values = [...kept, ...append];
  const scalarKept = !Array.isArray(value) && value !== null && value !== undefined && append.length === 0 && drop.size === 0;
  const intended = scalarKept ? values[0] : values.length === 0 ? (flowList ? [] : undefined) : values;
  return { plan: { key: diff.key, drop, replace, append, values, count: items.length, scalar: scalarKept }, intended, changes };
}

/** Whether the key is written as a one-line `[a, b]` list (which stays `[]` when emptied). */
function isFlowList(text: string, key: string): boolean {
  const lines = splitLines(text);
  const block = findFrontmatter(lines);
  if (!block) return false;
  const located = locateKey(lines, block, key);
  return located.ok && located.entry?.form === 'flow';
}

/** One diff per key, in first-seen order. */
function byKey(diffs: readonly KeyDiff[]): KeyDiff[] {
  const out = new Map<string, KeyDiff>();
  for (const d of diffs) {
    const prev = out.get(d.key);
    out.set(d.key, prev ? { key: d.key, add: [...prev.add, ...d.add], remove: [...prev.remove, ...d.remove] } : d);
  }
  return [...out.values()];
}

/** Applies the diffs to a note's text; see TagOutcome. */
export function editPrincipleKeys(text: string, diffs: readonly KeyDiff[], parse: YamlParse): TagOutcome {
  const before = parseFrontmatter(text, parse);
  if (!before.ok) return { kind: 'refused', reason: before.reason };
  const intended = new Map<string, unknown>();
  const changes: string[] = [];
  const plans: ListPlan[] = [];
  for (const diff of byKey(diffs)) {
    const value = before.data[diff.key];
    if (itemsOf(value) === null) return { kind: 'refused', reason: `"${diff.key}" holds a mapping, not a list of principles` };
    const planned = planKey(diff, value, isFlowList(text, diff.key));
    if (!planned) continue;
    plans.push(planned.plan);
    intended.set(diff.key, planned.intended);
    changes.push(...planned.changes);
  }
  if (plans.length === 0) return { kind: 'unchanged' };
  let out = text;
  for (const plan of plans) {
    const edited = applyListPlan(out, plan);
    if (!edited.ok) return { kind: 'unsafe', reason: edited.reason, intended, changes };
    out = edited.text;
  }
  const problem = verifyEdit(text, out, intended, parse);
  if (problem) return { kind: 'unsafe', reason: problem, intended, changes };
  return { kind: 'edited', text: out, changes };
}
