// The hostile corpus through the CLI in-process (`run`): every command answers with data and
// keeps its exit codes (0 ok, 1 lint errors, 2 bad input), never an internal error or a stack trace.
import { readFileSync } from 'fs';
import { join } from 'path';
import { cleanVaults, cli, tempVault, type Ran } from '../cli/helpers';
import { deepNesting, hostileFiles, hugeNote, longList } from './hostile';

let vault = '';

beforeAll(() => {
  vault = tempVault(Object.fromEntries(hostileFiles()));
});
afterAll(cleanVaults);

declare global {
  // Set by `Script Frontmatter.md` if its ---js frontmatter were ever evaluated.
  var __ipFrontmatterRan: unknown;
}

function clean(r: Ran): void {
  expect(r.err).not.toMatch(/internal error/);
  expect(r.err).not.toMatch(/\bat .+:\d+:\d+/); // no stack frame
  expect(r.code).not.toBe(3);
}

describe('CLI on the hostile vault', () => {
  it('index --json prints the whole index as one JSON object (exit 0)', async () => {
    const r = await cli(['index', vault, '--json']);
    clean(r);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { principles: { id: string; name: string }[]; stories: { title: string }[]; questions: unknown[]; warnings: { code: string; path: string }[] };
    expect(json.principles.map((p) => p.id)).toEqual(expect.arrayContaining(['objectkeys/proto', 'objectkeys/constructor', 'objectkeys/tostring', 'objectkeys/hasownproperty']));
    expect(json.stories.map((s) => s.title)).toEqual(expect.arrayContaining(['<img src=x onerror=alert(1)>']));
    const invalid = json.warnings.filter((w) => w.code === 'invalid-frontmatter').map((w) => w.path).sort();
    expect(invalid).toEqual(['Broken YAML.md', 'Script Frontmatter.md']);
  });

  it('reads a 5 MB note, a 10,000-item list and 1,000 levels of nesting (exit 0)', async () => {
    const big = tempVault({ 'Huge.md': hugeNote(5 * 1024 * 1024), 'Bank.md': longList(10_000), 'Deep.md': deepNesting(1_000, false) });
    const r = await cli(['index', big, '--json']);
    clean(r);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { stories: { title: string; path: string }[]; questions: { path: string }[] };
    expect(json.stories.filter((s) => s.path === 'Huge.md').map((s) => s.title)).toEqual(['Huge story']);
    expect(json.questions.filter((q) => q.path === 'Bank.md')).toHaveLength(10_000);
    expect(json.questions.filter((q) => q.path === 'Deep.md').length).toBeGreaterThan(900);
  });

  it('index without --json prints a summary (exit 0)', async () => {
    const r = await cli(['index', vault]);
    clean(r);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 errors/);
  });

  it('lint exits 1 for the notes whose frontmatter could not be read, and lists them', async () => {
    const r = await cli(['lint', vault]);
    clean(r);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Broken YAML.md:1');
    expect(r.out).toContain('Script Frontmatter.md:1');
    const j = await cli(['lint', vault, '--json']);
    clean(j);
    expect(j.code).toBe(1);
    expect((JSON.parse(j.out) as { errors: number }).errors).toBe(2);
  });

  it('coverage answers for every set in every format (exit 0)', async () => {
    const idx = JSON.parse((await cli(['index', vault, '--json'])).out) as { sets: { id: string }[] };
    // `Broken YAML.md` is a set by its raw `tags: [principles, broken` line (issue 15 item 1).
    expect(idx.sets.map((s) => s.id).sort()).toEqual(['broken', 'dupes', 'objectkeys', 'zw', 'عالمي']);
    for (const set of idx.sets) {
      for (const format of ['table', 'markdown', 'csv', 'json']) {
        const r = await cli(['coverage', vault, '--set', set.id, '--format', format]);
        clean(r);
        expect(r.code).toBe(0);
        expect(r.out.length).toBeGreaterThan(0);
        if (format === 'json') expect(() => JSON.parse(r.out) as unknown).not.toThrow();
      }
    }
  });

  it('coverage for a set named like a prototype key is a usage error, not a crash (exit 2)', async () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const r = await cli(['coverage', vault, '--set', name]);
      clean(r);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^obsidian-interview-prep: unknown set/);
    }
  });

  it('drill and history run on the hostile vault (exit 0)', async () => {
    for (const argv of [['drill', vault, '--seed', '7', '--count', '5'], ['drill', vault, '--json', '--seed', '1'], ['history', vault], ['history', vault, '--json']]) {
      const r = await cli(argv);
      clean(r);
      expect(r.code).toBe(0);
    }
  });

  it('a hostile data.json (wrong types, prototype keys, empty tags) keeps defaults where it must', async () => {
    // The config folder's name is the user's choice; the CLI finds any hidden folder holding the plugin's data.
    const root = tempVault({
      '.config/plugins/interview-prep/data.json': JSON.stringify({
        __proto__: { setTag: 'story' },
        constructor: 'x',
        setTag: '',
        storyTag: 7,
        sectionKeywords: [null, 'Questions'],
        mainPrefix: '',
        excludedFolders: ['', '/'],
        target: -1,
      }),
      'Acme.md': readFileSync(join(__dirname, '..', 'fixtures', 'hostile', 'Object Keys.md'), 'utf8'),
    });
    for (const argv of [['index', root, '--json'], ['lint', root], ['coverage', root], ['drill', root, '--seed', '3']]) {
      const r = await cli(argv);
      clean(r);
      expect([0, 1, 2]).toContain(r.code);
    }
    const broken = tempVault({ '.config/plugins/interview-prep/data.json': '{"setTag": ', 'A.md': '#story\n**S:** a\n**T:** b\n' });
    const r = await cli(['index', broken, '--json']);
    clean(r);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/not valid JSON/);
  });

  it('no command above evaluated the ---js frontmatter of Script Frontmatter.md', () => {
    expect(typeof __ipFrontmatterRan).toBe('undefined');
    expect(process.env.IP_FRONTMATTER_RAN).toBeUndefined();
  });
});
