// `lint` and the reader's edge cases end to end: broken YAML, `---js`, CRLF, BOM, an unreadable note.
import { readFileSync } from 'fs';
import { join } from 'path';
import { nodeFs, type VaultFs } from '../../src/cli/vault-fs';
import { cleanVaults, cli, DEMO, SET_NOTE, tempVault } from './helpers';

afterAll(cleanVaults);

interface LintJson {
  errors: number;
  warnings: { code: string; severity: string; path: string; line: number; message: string }[];
  stories: { title: string; health: { issues: { code: string }[]; missingParts: string[] } }[];
}
interface IndexJson {
  principles: { id: string; line: number }[];
  stories: { title: string; path: string; line: number; parts: string[]; principles: { id: string }[] }[];
  warnings: { code: string; severity: string; path: string }[];
}

const GOOD_STORY = '---\ntags: [story]\nprinciples: [Ownership]\n---\n# Good one\n**S:** A thing broke.\n**T:** Fix it.\n**A:** I fixed it.\n**R:** 2 days saved.\n';

describe('lint', () => {
  it('exits 0 on the demo vault and lists its warning and story health', async () => {
    const r = await cli(['lint', DEMO]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Stories/Quarterly forecast miss.md:1');
    expect(r.out).toContain('Did you mean "Customer Obsession"?');
    expect(r.out).toMatch(/Event bus migration \(draft\) +missing-parts/);
    expect(r.out).toMatch(/Quarterly forecast miss +result-without-number/);
    expect(r.out).toMatch(/0 errors, 1 warning, \d+ stories with issues/);
  });

  it('prints the read-elsewhere warning: a heading whose questions read as other principles', async () => {
    const root = tempVault({ 'Acme Principles.md': readFileSync(join(__dirname, '..', 'fixtures', 'notes', 'Acme Principles.md'), 'utf8') });
    const r = await cli(['lint', root]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Acme Principles.md:57");
    expect(r.out).toContain("5 questions under 'Main: Bias for Action'; 3 read as other principles: Are Right, A Lot (2), Customer Obsession (1).");
  });

  it('reports broken YAML as an error (exit 1) and still indexes that note and the rest', async () => {
    const root = tempVault({
      'Acme Principles.md': SET_NOTE,
      'Broken.md': '---\ntags: [story\nprinciples: "Ownership\n---\n#story\n# Broken one\n**S:** s\n**T:** t\n**A:** I did.\n**R:** 5 wins.\n',
      'Good.md': GOOD_STORY,
    });
    const lint = await cli(['lint', root, '--json']);
    expect(lint.code).toBe(1);
    const l = JSON.parse(lint.out) as LintJson;
    expect(l.errors).toBe(1);
    expect(l.warnings).toEqual([expect.objectContaining({ code: 'invalid-frontmatter', severity: 'error', path: 'Broken.md', line: 1 })]);
    const index = JSON.parse((await cli(['index', root, '--json'])).out) as IndexJson;
    expect(index.stories.map((s) => s.title).sort()).toEqual(['Broken one', 'Good one']);
    expect(index.principles).toHaveLength(3);
  });

  it('never runs ---js frontmatter: a warning instead, and the flag stays unset', async () => {
    delete process.env.IP_CLI_PWNED;
    const root = tempVault({
      'Acme Principles.md': SET_NOTE,
      'Evil.md': '---js\n{ tags: ["story"], x: (process.env.IP_CLI_PWNED = "yes") }\n---\n#story\n**S:** s\n**T:** t\n**A:** I a.\n**R:** 1 r.\n',
    });
    const r = await cli(['lint', root, '--json']);
    expect(process.env.IP_CLI_PWNED).toBeUndefined();
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as LintJson).warnings).toEqual([expect.objectContaining({ code: 'invalid-frontmatter', path: 'Evil.md' })]);
  });

  it('reads CRLF and BOM notes with the right line numbers', async () => {
    const root = tempVault({
      'Acme Principles.md': '\uFEFF' + SET_NOTE.replace(/\n/g, '\r\n'),
      'Stories/Windows.md': '\uFEFF---\r\ntags: [story]\r\nprinciples: [Deliver Results]\r\n---\r\n# Windows story\r\n**S:** s\r\n**T:** t\r\n**A:** I a.\r\n**R:** 4 r.\r\n',
    });
    const index = JSON.parse((await cli(['index', root, '--json'])).out) as IndexJson;
    expect(index.principles.map((p) => [p.id, p.line])).toEqual([
      ['acme/customer-obsession', 5],
      ['acme/ownership', 8],
      ['acme/deliver-results', 11],
    ]);
    expect(index.stories).toEqual([expect.objectContaining({ title: 'Windows story', parts: ['S', 'T', 'A', 'R'], principles: [expect.objectContaining({ id: 'acme/deliver-results' })] })]);
    expect(index.warnings).toEqual([]);
  });

  it('exits 1 when a note cannot be read, and still reports the others', async () => {
    const root = tempVault({ 'Acme Principles.md': SET_NOTE, 'Good.md': GOOD_STORY, 'Locked.md': '#story\n' });
    const fs: VaultFs = {
      ...nodeFs,
      readText: (file) => {
        if (file === join(root, 'Locked.md')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
        return nodeFs.readText(file);
      },
    };
    const r = await cli(['lint', root, '--json'], fs);
    expect(r.code).toBe(1);
    const l = JSON.parse(r.out) as LintJson;
    expect(l.warnings).toEqual([expect.objectContaining({ code: 'unreadable-note', severity: 'error', path: 'Locked.md' })]);
    expect(l.stories.map((s) => s.title)).toEqual(['Good one']);
    const text = await cli(['lint', root], fs);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/Locked\.md:1 +error +unreadable-note/);
  });
});

it('does not check the health of sketches, and says how many it left out', async () => {
  const note = `#principles #sk\n\n# Sk values\n\n### Ownership\nAct for the long term.\n\n## Main: Ownership\n\n**Weekend rescue**\n\nI came in on a Saturday and we rebuilt the billing export before the audit.\n`;
  const root = tempVault({ 'Sk Values.md': note });
  const r = await cli(['lint', root]);
  expect(r.out).toContain('Story health: 0 stories checked, 0 with issues (1 sketch not written as STAR yet, not checked).');
  expect(r.out).not.toContain('Weekend rescue');
  const json = JSON.parse((await cli(['lint', root, '--json'])).out) as { stories: unknown[] };
  expect(json.stories).toEqual([]);
});
