// `npm run eval`: prints the quality of readings (top-1 and top-2 accuracy per case, the
// held-out share apart) and, with `--misses`, every question whose first reading is wrong.
import { join } from 'path';
import { allCases } from './evaluate';

const SEED_NOTE = join(process.cwd(), '..', 'shared', 'seed-vault', 'Interview', 'Amazon Leadership Principles.md');

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
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
if (cases.length === 6) console.log('(seed note not found: its case is left out)');
if (process.argv.includes('--misses')) {
  for (const c of cases) for (const m of c.misses) console.log(`${c.name} · ${m.where}: ${m.text}\n    expected ${m.expected.join(' or ')}; read ${m.got.join(', ') || 'nothing'}`);
}
