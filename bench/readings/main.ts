// `npm run eval`: prints the quality of readings (top-1 and top-2 accuracy per case, the
// held-out share apart) and, with `--misses`, every question whose first reading is wrong.
import { join } from 'path';
import { PrincipleReader } from '../../src/core/reading/reader';
import { allCases, ownQuestions, starterPrinciples } from './evaluate';

const SEED_NOTE = join(process.cwd(), '..', 'shared', 'seed-vault', 'Interview', 'Amazon Leadership Principles.md');

const say = (line: string) => process.stdout.write(`${line}\n`);
const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
function part(p: { total: number; top1: number; top2: number }): string {
  return p.total ? `${pct(p.top1, p.total)} / ${pct(p.top2, p.total)} of ${p.total}` : '-';
}
const cases = allCases(process.cwd(), process.env.SEED_NOTE ?? SEED_NOTE);
const rows = cases.map((c) => [
  c.name,
  String(c.total),
  pct(c.top1, c.total),
  pct(c.top2, c.total),
  part(c.heldOut),
  part(c.fresh),
]);
const head = ['Case', 'Questions', 'Top-1', 'Top-2', 'Held out: top-1 / top-2', 'Blind: top-1 / top-2'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
say(line(head));
say(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) say(line(r));
say('\nPer round (top-1 / top-2 of questions):');
const files = [...new Set(cases.flatMap((c) => [...c.rounds.keys()]))];
const rrows = cases.map((c) => [c.name, ...files.map((f) => (c.rounds.has(f) ? part(c.rounds.get(f) as { total: number; top1: number; top2: number }) : '-'))]);
const rhead = ['Case', ...files.map((f) => f.replace(/^questions-?|\.txt$/g, '') || 'questions')];
const rw = rhead.map((h, i) => Math.max(h.length, ...rrows.map((r) => r[i].length)));
const rline = (r: string[]) => `| ${r.map((c, i) => c.padEnd(rw[i])).join(' | ')} |`;
say(rline(rhead));
say(`|${rw.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rrows) say(rline(r));
if (cases.length === 6) say('(seed note not found: its case is left out)');
// Speed: a new reader for the Amazon set (what a set-note edit costs), then every question read
// once (new text each time, so the per-text cache never helps), best of 5 passes.
const texts = [...ownQuestions(process.cwd()).values()].flat().map((q) => q.text);
let buildMs = Infinity;
let readMs = Infinity;
for (let pass = 0; pass < 5; pass++) {
  const t0 = performance.now();
  const reader = new PrincipleReader(starterPrinciples('amazon', 'amazon', true));
  const t1 = performance.now();
  texts.forEach((t, i) => reader.read(`${t} ${pass}-${i}`));
  const t2 = performance.now();
  buildMs = Math.min(buildMs, t1 - t0);
  readMs = Math.min(readMs, t2 - t1);
}
say(`\nSpeed: ${((readMs * 1000) / texts.length).toFixed(1)} µs per question (${texts.length} questions); a reader for 16 principles built in ${buildMs.toFixed(2)} ms.`);
if (process.argv.includes('--misses')) {
  for (const c of cases) for (const m of c.misses) say(`${c.name} · ${m.where}: ${m.text}\n    expected ${m.expected.join(' or ')}; read ${m.got.join(', ') || 'nothing'}`);
}
