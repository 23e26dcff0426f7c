// The import graph of src/: no cycle (type-only imports included, since they still tie two files'
// designs together), and the plugin's entry point, main.ts, imported by nothing (it holds the
// lifecycle only; features get what they need through their hosts).
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const src = path.join(root, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports and re-exports of one file, resolved to files under src/. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) => m[1]);
  return specifiers.map((spec) => {
    const base = path.resolve(path.dirname(file), spec);
    const candidates = [`${base}.ts`, path.join(base, 'index.ts'), base];
    const found = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
    if (!found) throw new Error(`${path.relative(root, file)} imports ${spec}, which is no file`);
    return found;
  });
}

const files = sourceFiles(src);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => path.relative(root, f);

/** One cycle, as a list of files, or null. Depth-first search with colours. */
function findCycle(): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of files) {
    if (state.has(file)) continue;
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe('import graph of src/', () => {
  it('reads every relative import', () => {
    expect(files.length).toBeGreaterThan(50);
    expect([...graph.values()].some((deps) => deps.length > 0)).toBe(true);
  });

  it('has no cycle', () => {
    expect(findCycle()?.map(rel) ?? null).toBeNull();
  });

  it('has nothing importing the plugin entry point', () => {
    const main = path.join(src, 'plugin', 'main.ts');
    const importers = files.filter((f) => graph.get(f)?.includes(main)).map(rel);
    expect(importers).toEqual([]);
  });
});
