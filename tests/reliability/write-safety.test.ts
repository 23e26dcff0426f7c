/** @jest-environment jsdom */
// Every plugin write path on notes with a BOM, CRLF line ends and trailing spaces: the bytes
// outside the intended change stay the same, a note changed between read and write keeps the
// change (vault.process), and nothing is ever overwritten.
import type { App as ObsidianApp } from 'obsidian';
import type { TFile } from '../__mocks__/obsidian';
import { saveTagChoices } from '../../src/plugin/authoring/tag-modal';
import { createFreshNote } from '../../src/plugin/authoring/vault-writes';
import { insertStarterSet } from '../../src/plugin/authoring/starter-modal';
import { appendToDrillLog } from '../../src/plugin/drill/log-store';
import { writeCoverageExport } from '../../src/plugin/coverage/export/export-coverage';
import { computeCoverage } from '../../src/core/coverage/coverage';
import { STARTER_SETS } from '../../src/core/starter/starter-sets';
import type { Choice } from '../../src/core/authoring/tag-choices';
import type { Attempt } from '../../src/core/drill/types';
import { harness, type Harness } from '../plugin/authoring/harness';

const BOM = '\uFEFF';

/** A set note in CRLF with trailing spaces (written for these tests). */
const SET = ['#principles #acme   ', '', '# Acme Principles', '', '### Ownership  ', 'Act for the whole company.', '', '### Frugality', 'Do more with less. ', ''].join('\r\n');

/** A story note: BOM, CRLF, trailing spaces, a comment and an odd key order in its frontmatter. */
const STORY_HEAD = `${BOM}---\r\ntitle: Launch rescue   \r\n# my own comment  \r\nprinciples:\r\n  - Ownership\r\n`;
const STORY_TAIL = `aliases: [rescue]  \r\n---\r\n#story   \r\n**S:** The launch slipped by 3 weeks.  \r\n**T:** Recover it.\r\n**A:** I cut scope.\t\r\n**R:** Shipped 2 weeks later.   \r\n\r\n`;
const STORY = STORY_HEAD + STORY_TAIL;

function setup(extra: Record<string, string> = {}): Harness {
  return harness({ 'Acme Principles.md': SET, 'Stories/Launch.md': STORY, ...extra });
}

function choices(entries: [string, Choice][]): Map<string, Choice> {
  return new Map(entries);
}

/** Runs `change` on the file right before vault.process hands its text to the callback. */
function changeBeforeProcess(h: Harness, change: (text: string) => string): void {
  const vault = h.app.vault;
  const process = vault.process.bind(vault);
  vault.process = async (file: TFile, fn: (data: string) => string) => {
    await vault.modify(file, change(vault.textOf(file.path) as string));
    return process(file, fn);
  };
}

describe('tagging a story (vault.process + surgical frontmatter edit)', () => {
  it('changes only the principles entry: BOM, CRLF, comment, trailing spaces and body stay byte for byte', async () => {
    const h = setup();
    const snap = h.host.index.snapshot();
    await saveTagChoices(h.host, h.file('Stories/Launch.md'), snap, choices([['acme/ownership', 'primary'], ['acme/frugality', 'primary']]));
    const out = h.text('Stories/Launch.md');
    const head = `${BOM}---\r\ntitle: Launch rescue   \r\n# my own comment  \r\n`;
    expect(out.startsWith(head)).toBe(true);
    expect(out.endsWith(STORY_TAIL)).toBe(true);
    const middle = out.slice(head.length, out.length - STORY_TAIL.length);
    expect(middle).toMatch(/^principles:\r\n {2}- .*Ownership.*\r\n {2}- .*Frugality.*\r\n$/);
    expect(h.host.index.snapshot().stories.find((s) => s.path === 'Stories/Launch.md')?.principles.map((p) => p.id)).toEqual(['acme/ownership', 'acme/frugality']);
  });

  it('adds secondary principles as new lines before the closing fence, in the file\'s CRLF', async () => {
    const h = setup();
    await saveTagChoices(h.host, h.file('Stories/Launch.md'), h.host.index.snapshot(), choices([['acme/ownership', 'primary'], ['acme/frugality', 'secondary']]));
    const out = h.text('Stories/Launch.md');
    const lines = out.split('\r\n');
    expect(lines.slice(0, 4)).toEqual([`${BOM}---`, 'title: Launch rescue   ', '# my own comment  ', 'principles:']);
    expect(lines[4]).toMatch(/^ {2}- .*Ownership/);
    expect(lines[5]).toBe('aliases: [rescue]  ');
    expect(lines[6]).toBe('secondary-principles:');
    expect(lines[7]).toMatch(/^ {2}- .*Frugality/);
    expect(lines.slice(8).join('\r\n')).toBe(STORY_TAIL.slice(STORY_TAIL.indexOf('---\r\n#story')));
  });

  it('creates frontmatter after the BOM of a note that has none; every other byte stays', async () => {
    const body = `${BOM}#story  \r\n**S:** A.  \r\n**T:** B.\r\n**A:** I did C.\r\n**R:** 4 wins.   `;
    const h = setup({ 'Stories/Bare.md': body });
    await saveTagChoices(h.host, h.file('Stories/Bare.md'), h.host.index.snapshot(), choices([['acme/frugality', 'primary']]));
    const out = h.text('Stories/Bare.md');
    expect(out.startsWith(`${BOM}---\r\nprinciples:\r\n`)).toBe(true);
    expect(out.endsWith(`---\r\n${body.slice(1)}`)).toBe(true);
    expect(out.split(BOM)).toHaveLength(2);
  });

  it('keeps what the user typed between the read and the write', async () => {
    const h = setup();
    const snap = h.host.index.snapshot();
    changeBeforeProcess(h, (text) => text.replace('**A:** I cut scope.', '**A:** I cut scope and told the team.'));
    await saveTagChoices(h.host, h.file('Stories/Launch.md'), snap, choices([['acme/frugality', 'primary']]));
    const out = h.text('Stories/Launch.md');
    expect(out).toContain('**A:** I cut scope and told the team.\t\r\n');
    expect(out).toMatch(/principles:\r\n {2}- Ownership\r\n {2}- .*Frugality.*\r\n/);
  });

  it('removing every principle removes only that entry', async () => {
    const h = setup();
    await saveTagChoices(h.host, h.file('Stories/Launch.md'), h.host.index.snapshot(), choices([['acme/ownership', 'none']]));
    expect(h.text('Stories/Launch.md')).toBe(`${BOM}---\r\ntitle: Launch rescue   \r\n# my own comment  \r\n${STORY_TAIL}`);
  });
});

describe('creating notes never overwrites', () => {
  it('new notes take a free name, case-insensitively, and existing notes keep their bytes', async () => {
    const h = setup({ 'Stories/New story.md': STORY, 'Stories/new STORY 1.md': STORY });
    const file = await createFreshNote(h.app as unknown as ObsidianApp, 'Stories/New Story', '#story\n');
    expect(file.path).toBe('Stories/New Story 2.md');
    expect(h.text('Stories/New story.md')).toBe(STORY);
    expect(h.text('Stories/new STORY 1.md')).toBe(STORY);
  });

  it('a name taken at the last moment makes the create fail, not overwrite', async () => {
    const h = setup();
    const vault = h.app.vault;
    const create = vault.create.bind(vault);
    vault.create = async (path: string, data: string) => {
      vault.seed(path, 'written by someone else');
      return create(path, data);
    };
    await expect(createFreshNote(h.app as unknown as ObsidianApp, 'Stories/Race', 'mine')).rejects.toThrow(/exists/);
    expect(h.text('Stories/Race.md')).toBe('written by someone else');
  });

  it('a story folder setting with `..` is refused: nothing is created outside the vault', async () => {
    const h = setup();
    const before = h.app.vault.getAllLoadedFiles().map((f) => f.path).sort();
    for (const base of ['../Outside/Launch', 'Stories/../../Launch', '..\\Launch']) {
      await expect(createFreshNote(h.app as unknown as ObsidianApp, base, 'x')).rejects.toThrow(/outside the vault/);
    }
    expect(h.app.vault.getAllLoadedFiles().map((f) => f.path).sort()).toEqual(before);
  });

  it('starter sets and coverage exports pick free names next to existing files', async () => {
    const title = STARTER_SETS.amazon.title;
    const h = setup({ [`${title}.md`]: STORY, 'Coverage export.md': STORY, 'coverage export.csv': STORY });
    const starter = await insertStarterSet(h.host, STARTER_SETS.amazon);
    expect(starter.path).toBe(`${title} 1.md`);
    expect(h.text(`${title}.md`)).toBe(STORY);
    const report = computeCoverage(h.host.index.snapshot(), 'acme');
    const app = h.app as unknown as ObsidianApp;
    expect((await writeCoverageExport(app, report, 'markdown')).path).toBe('Coverage export 1.md');
    expect((await writeCoverageExport(app, report, 'csv')).path).toBe('Coverage export 1.csv');
    expect(h.text('Coverage export.md')).toBe(STORY);
    expect(h.text('coverage export.csv')).toBe(STORY);
  });
});

describe('the drill log is append-only', () => {
  const attempt: Attempt = { at: new Date(2026, 0, 5, 9, 30), questionId: 'acme/q-abc', text: 'Tell me about a time?', principles: ['acme/ownership'], rating: 'good', seconds: 95, story: null };
  const LOG = `${BOM}# Drill log  \r\n\r\n- 2026-01-04 08:00 | question: acme/q-old | rating: hard | seconds: 60 | principles: acme/ownership | text: Old one   \r\nmy own note, no newline at the end  `;

  it('appends after the existing bytes, which stay the same, on a line of its own', async () => {
    const h = setup({ 'Interview Prep/Drill log.md': LOG });
    await appendToDrillLog(h.app as unknown as ObsidianApp, 'Interview Prep/Drill log.md', [attempt]);
    const out = h.text('Interview Prep/Drill log.md');
    expect(out.startsWith(LOG)).toBe(true);
    const added = out.slice(LOG.length);
    expect(added).toMatch(/^\r?\n- 2026-01-05 09:30 \| question: acme\/q-abc \| rating: good/);
    expect(added.endsWith('\n')).toBe(true);
  });

  it('a log changed between the read and the append still gets its new line on a line of its own', async () => {
    const h = setup({ 'Interview Prep/Drill log.md': LOG + '\n' });
    const vault = h.app.vault;
    // The user types a line (without a newline) right after any read the writer makes.
    let typed = false;
    const type = async (file: TFile) => {
      if (typed) return;
      typed = true;
      await vault.modify(file, (vault.textOf(file.path) as string) + 'typed meanwhile');
    };
    const read = vault.read.bind(vault);
    vault.read = async (file: TFile) => {
      const text = await read(file);
      await type(file);
      return text;
    };
    const process = vault.process.bind(vault);
    vault.process = async (file: TFile, fn: (data: string) => string) => {
      await type(file);
      return process(file, fn);
    };
    await appendToDrillLog(h.app as unknown as ObsidianApp, 'Interview Prep/Drill log.md', [attempt]);
    const out = h.text('Interview Prep/Drill log.md');
    expect(typed).toBe(true);
    expect(out.startsWith(LOG + '\ntyped meanwhile')).toBe(true);
    expect(out).toMatch(/typed meanwhile\r?\n- 2026-01-05 09:30 \| question: acme\/q-abc/);
  });

  it('creates the log (and its folder) when missing, without touching other notes', async () => {
    const h = setup();
    await appendToDrillLog(h.app as unknown as ObsidianApp, 'Deep/Folder/Log.md', [attempt]);
    expect(h.text('Deep/Folder/Log.md')).toMatch(/^# Drill log\n[\s\S]*- 2026-01-05 09:30 \| question: acme\/q-abc/);
    expect(h.text('Stories/Launch.md')).toBe(STORY);
    expect(h.text('Acme Principles.md')).toBe(SET);
  });
});
