/** @jest-environment jsdom */
// Acceptance: the built main.js loads where Obsidian mobile loads it — no Node built-ins, no
// Buffer, no process — and gray-matter is not in it; it is minified and within its size ceiling.
// Builds with the project's own esbuild config (production, as `npm run build` does).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as os from 'os';
import type InterviewPrepPlugin from '../../src/plugin/main';
import { DEMO_VAULT, MANIFEST, readFolder } from './harness';

const ROOT = path.join(__dirname, '..', '..');
let mainJs = '';
interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { imports: { path: string; external?: boolean }[]; inputs: Record<string, { bytesInOutput: number }> }>;
}
let meta: Metafile;
let obsidianStub = '';

beforeAll(() => {
  execFileSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: ROOT, stdio: 'pipe' });
  mainJs = fs.readFileSync(path.join(ROOT, 'main.js'), 'utf8');
  meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'main.meta.json'), 'utf8')) as Metafile;
  // The `obsidian` module inside the sandbox: our in-memory stand-in, bundled for the browser.
  // (esbuild's API refuses to run inside jsdom, so it runs in a child process.)
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ip-bundle-')), 'obsidian-stub.js');
  const build = `require('esbuild').buildSync(${JSON.stringify({
    entryPoints: [path.join(ROOT, 'tests', '__mocks__', 'obsidian.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    outfile: out,
    logLevel: 'error',
  })})`;
  execFileSync(process.execPath, ['-e', build], { cwd: ROOT, stdio: 'pipe' });
  obsidianStub = fs.readFileSync(out, 'utf8');
}, 120_000);

/** A sandbox with a DOM but without require, process, Buffer or any Node global. */
function sandbox(): vm.Context {
  const ctx = vm.createContext({
    window,
    document,
    Node,
    Element,
    HTMLElement,
    HTMLSelectElement,
    DocumentFragment,
    Event,
    MouseEvent,
    performance: { now: () => Date.now() },
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    console: { log: () => undefined, warn: () => undefined, error: () => undefined },
  });
  vm.runInContext('var module = { exports: {} }; var exports = module.exports;', ctx);
  vm.runInContext(obsidianStub, ctx);
  vm.runInContext(
    `var obsidian = module.exports;
     obsidian.installObsidianDom(window);
     var require = function (id) {
       if (id === 'obsidian') return obsidian;
       throw new Error('main.js required "' + id + '", which Obsidian mobile does not provide');
     };
     module = { exports: {} }; exports = module.exports;`,
    ctx,
  );
  return ctx;
}

/**
 * Ceiling for the minified main.js: a budget that fails when exceeded, not the issue's 100 KB
 * target. With everything of 2026-11-29 in (the readings' knowledge ~27 KB, ts-fsrs ~21 KB, cues
 * and sketches, drafts, the loop plan, progress charts, the Bases view, verified tag edits, the Read
 * as panel) main.js was 232,515 bytes (227.1 KiB); recording spoken answers (issue 16: the recorder,
 * its buttons, the summary's players, the log field) brought it to 240,886 bytes (235.2 KiB), and the session's other
 * merges (overlapping first-pass reads, the folder rule's prepared prefixes, the dashboard's
 * collator) to 243,355 bytes (237.7 KiB). Raised to 244 KiB for the first dashboard and its
 * redraws (issue 17: the first pass preparing the snapshot while it waits for reads, and the
 * matrix redrawn in place, keeping unchanged rows): 247,332 bytes (241.5 KiB).
 * bench/README.md says where the bytes are and what would have to go for 100 KB. The ceiling leaves
 * about 3 KB for the next change and no more: raise it in the change that needs it, with the reason.
 */
const MAIN_JS_CEILING_BYTES = 244 * 1024;

describe('built main.js', () => {
  it('is minified and within its size ceiling, without date-fns locale machinery', () => {
    const bytes = fs.statSync(path.join(ROOT, 'main.js')).size;
    expect(bytes).toBeLessThanOrEqual(MAIN_JS_CEILING_BYTES);
    // Minified: long lines (template strings keep their own line breaks), not thousands of indented ones.
    const lines = mainJs.split('\n');
    expect(mainJs.length / lines.length).toBeGreaterThan(1000);
    expect(lines.filter((l) => /^\s{2,}\S/.test(l)).length).toBeLessThan(lines.length / 2);
    // What ends up in main.js (`meta.inputs` also lists modules that tree shaking dropped).
    const kept = Object.values(meta.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([p]) => p));
    expect(kept.some((p) => p.includes('src/core/local-date.ts'))).toBe(true);
    const heavy = kept.filter((p) => /node_modules\/date-fns\/(locale|_lib\/format|_lib\/parse|format\.js|parse\.js)/.test(p));
    expect(heavy).toEqual([]);
  });

  it('has no gray-matter and no Node built-in in it (esbuild metafile)', () => {
    const inputs = Object.keys(meta.inputs);
    expect(inputs.some((p) => p.includes('src/plugin/main.ts'))).toBe(true);
    expect(inputs.filter((p) => /gray-matter|js-yaml|node_modules\/(fs|path|buffer)\//.test(p))).toEqual([]);
    const imports = Object.values(meta.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports.filter((p) => p !== 'obsidian')).toEqual([]);
    expect(mainJs).not.toMatch(/require\(["'](fs|path|os|buffer|crypto|child_process)["']\)/);
  });

  it('loads in a context where only obsidian resolves, instantiates, and indexes the demo vault', async () => {
    const ctx = sandbox();
    for (const name of ['process', 'Buffer', 'global', 'setImmediate']) expect(vm.runInContext(`typeof ${name}`, ctx)).toBe('undefined');
    vm.runInContext(mainJs, ctx);
    type Mock = typeof import('../__mocks__/obsidian');
    type LoadedPlugin = InstanceType<Mock['Plugin']> & InterviewPrepPlugin & { statusBarItems: HTMLElement[] };
    const exported = vm.runInContext('module.exports.default || module.exports', ctx) as unknown;
    expect(typeof exported).toBe('function');
    const PluginClass = exported as new (app: unknown, manifest: unknown) => LoadedPlugin;
    const obsidian = vm.runInContext('obsidian', ctx) as Mock;
    const app = new obsidian.App();
    for (const [p, text] of Object.entries(readFolder(DEMO_VAULT))) app.vault.seed(p, text);
    const plugin = new PluginClass(app, MANIFEST);
    expect(plugin).toBeInstanceOf(obsidian.Plugin);
    plugin.load();
    await new Promise((r) => window.setTimeout(r, 0));
    expect(app.vault.reads).toEqual([]);
    app.setLayoutReady();
    await plugin.index.whenReady();
    expect(plugin.index.snapshot().sets.map((s) => s.id)).toContain('amazon');
    expect(plugin.statusBarItems[0].textContent).toMatch(/^amazon \d+\/16$/);
  });
});
