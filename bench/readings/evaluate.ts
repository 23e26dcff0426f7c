// The quality of readings: top-1 and top-2 accuracy of the reader on labeled questions
// (tests/fixtures/readings/), for the seed note's own set, our Amazon set with descriptions and
// with bare names, and Google's and Meta's sets. Used by `npm run eval` and by a jest test.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { VaultIndex } from '../../src/core/index/vault-index';
import type { Principle } from '../../src/core/model';
import { PrincipleReader } from '../../src/core/reading/reader';
import { STARTER_SETS } from '../../src/core/starter/starter-sets';
import type { StarterKey } from '../../src/core/starter/types';
import { nameKey, slugify } from '../../src/core/text/normalize';

export interface Labeled {
  text: string;
  /** Acceptable principle names. */
  labels: string[];
  /** Held out: every third question of questions.txt, and every question of the later files. */
  heldOut: boolean;
  /** Written after all tuning (questions-final.txt) and never tuned on. */
  fresh: boolean;
  /** Where it came from, for the report of misses. */
  where: string;
  /** The fixture file it came from: each round is reported apart. */
  file: string;
}

export interface CaseResult {
  name: string;
  total: number;
  top1: number;
  top2: number;
  /** The same on held-out questions only (equal to the above for the seed). */
  heldOut: { total: number; top1: number; top2: number };
  /** The same on the blind questions only. */
  fresh: { total: number; top1: number; top2: number };
  /** The same per fixture file (round), in the order they were written. */
  rounds: Map<string, { total: number; top1: number; top2: number }>;
  misses: { where: string; text: string; expected: string[]; got: string[] }[];
}

/** The repository's root: the fixtures are read from tests/fixtures/readings under it. */
function dataLines(root: string, file: string): string[] {
  return readFileSync(join(root, 'tests', 'fixtures', 'readings', file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

/** Later blind rounds: each written before a round of changes and first measured untouched. */
export const BLIND_ROUNDS = ['questions-blind2.txt', 'questions-blind3.txt', 'questions-blind4.txt'];

/** Our own questions, by set key. */
export function ownQuestions(root: string): Map<StarterKey, Labeled[]> {
  const out = new Map<StarterKey, Labeled[]>();
  const add = (file: string, heldOut: (i: number) => boolean) =>
    dataLines(root, file).forEach((line, i) => {
      const [set, labels, text] = line.split(' | ');
      const key = set.trim() as StarterKey;
      if (!out.has(key)) out.set(key, []);
      out.get(key)?.push({ text: text.trim(), labels: labels.split(' + ').map((s) => s.trim()), heldOut: heldOut(i), fresh: file === 'questions-final.txt', where: `${file} #${i + 1}`, file });
    });
  add('questions.txt', (i) => i % 3 === 2);
  add('questions-fresh.txt', () => true);
  add('questions-blind.txt', () => true);
  add('questions-final.txt', () => true);
  for (const file of BLIND_ROUNDS) if (existsSync(join(root, 'tests', 'fixtures', 'readings', file))) add(file, () => true);
  return out;
}

/** A starter set as principles, with or without its descriptions, under any set id. */
export function starterPrinciples(key: StarterKey, setId: string, withDescriptions: boolean): Principle[] {
  return STARTER_SETS[key].principles.map((p, i) => ({
    id: `${setId}/${slugify(p.name)}`,
    name: p.name,
    set: setId,
    path: `${setId}.md`,
    line: i + 1,
    description: withDescriptions ? p.description : '',
    aliases: [],
  }));
}

/** Scores labeled questions against one set's principles. */
export function evaluate(name: string, principles: Principle[], questions: Labeled[]): CaseResult {
  const reader = new PrincipleReader(principles);
  const idOf = new Map(principles.map((p) => [nameKey(p.name), p.id]));
  const nameOf = new Map(principles.map((p) => [p.id, p.name]));
  const result: CaseResult = { name, total: 0, top1: 0, top2: 0, heldOut: { total: 0, top1: 0, top2: 0 }, fresh: { total: 0, top1: 0, top2: 0 }, rounds: new Map(), misses: [] };
  for (const q of questions) {
    const wanted = new Set(
      q.labels.map((l) => {
        const id = idOf.get(nameKey(l));
        if (!id) throw new Error(`${q.where}: label "${l}" is not a principle of ${name}`);
        return id;
      }),
    );
    const got = reader.read(q.text, null, 2).map((r) => r.id);
    const one = got.length > 0 && wanted.has(got[0]);
    const two = got.some((id) => wanted.has(id));
    result.total++;
    if (one) result.top1++;
    if (two) result.top2++;
    let round = result.rounds.get(q.file);
    if (!round) result.rounds.set(q.file, (round = { total: 0, top1: 0, top2: 0 }));
    for (const [part, counts] of [[q.heldOut, result.heldOut], [q.fresh, result.fresh], [true, round]] as const) {
      if (!part) continue;
      counts.total++;
      if (one) counts.top1++;
      if (two) counts.top2++;
    }
    if (!one) result.misses.push({ where: q.where, text: q.text, expected: q.labels, got: got.map((id) => nameOf.get(id) ?? id) });
  }
  return result;
}

/** The seed note's questions by line, labeled in seed-labels.txt, read from the note itself. */
export function seedCase(root: string, seedNote: string): CaseResult | null {
  if (!existsSync(seedNote)) return null;
  const index = new VaultIndex();
  index.upsert({ path: 'Interview/Amazon Leadership Principles.md', frontmatter: null, body: readFileSync(seedNote, 'utf8'), bodyLine: 0 });
  const snap = index.snapshot();
  const byLine = new Map(snap.questions.map((q) => [q.line, q.text]));
  const questions = dataLines(root, 'seed-labels.txt').map((line) => {
    const [at, labels] = line.split(' | ');
    const text = byLine.get(Number(at));
    if (text === undefined) throw new Error(`seed-labels.txt: no question at line ${at}`);
    return { text, labels: labels.split(' + ').map((s) => s.trim()), heldOut: false, fresh: false, where: `seed line ${at}`, file: 'seed-labels.txt' };
  });
  return evaluate('Seed note (its own 14 principles)', snap.principles, questions);
}

/** Every case of the report; the seed case only when the seed note is there. */
export function allCases(root: string, seedNote: string): CaseResult[] {
  const own = ownQuestions(root);
  const get = (k: StarterKey) => own.get(k) ?? [];
  const out: CaseResult[] = [];
  const seed = seedCase(root, seedNote);
  if (seed) out.push(seed);
  out.push(evaluate('Amazon, with descriptions', starterPrinciples('amazon', 'amazon', true), get('amazon')));
  out.push(evaluate('Amazon, bare names', starterPrinciples('amazon', 'lp', false), get('amazon')));
  out.push(evaluate('Google, with descriptions', starterPrinciples('google', 'google', true), get('google')));
  out.push(evaluate('Google, bare names', starterPrinciples('google', 'hiring', false), get('google')));
  out.push(evaluate('Meta, with descriptions', starterPrinciples('meta', 'meta', true), get('meta')));
  out.push(evaluate('Meta, bare names', starterPrinciples('meta', 'values', false), get('meta')));
  return out;
}
