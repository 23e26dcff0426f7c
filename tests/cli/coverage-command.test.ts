// `coverage` in every format, on the demo vault and on a small vault written for one CSV edge case.
import { cleanVaults, cli, DEMO, SET_NOTE, tempVault } from './helpers';

afterAll(cleanVaults);

/** A minimal RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

interface CoverageJson {
  set: { id: string };
  principles: { id: string; name: string; count: number; status: string }[];
  stories: { title: string; overloaded: boolean; primary: string[] }[];
  loop: { ready: boolean; blocking: string[]; filled: number; needed: number };
}

describe('coverage on the demo vault', () => {
  it('defaults to the first set and shows gaps, thin and ok principles with the loop not ready', async () => {
    const r = await cli(['coverage', DEMO, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as CoverageJson;
    expect(report.set.id).toBe('amazon');
    expect(report.principles).toHaveLength(16);
    const status = (name: string) => report.principles.find((p) => p.name === name)?.status;
    expect(status('Customer Obsession')).toBe('ok');
    expect(status('Frugality')).toBe('thin');
    expect(status('Have Backbone; Disagree and Commit')).toBe('gap');
    expect(report.loop.ready).toBe(false);
    expect(report.loop.blocking).toContain('amazon/learn-and-be-curious');
    expect(report.stories.find((s) => s.title === 'Vendor outage rollback')?.overloaded).toBe(true);
  });

  it('prints an aligned table with the matrix, the story list, loop readiness and overloaded stories', async () => {
    const r = await cli(['coverage', DEMO]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const header = lines.find((l) => l.startsWith('Principle'))!;
    expect(header).toMatch(/^Principle +Stories +Status +Loop +1 +2 +3/);
    const row = lines.find((l) => l.startsWith('Customer Obsession'))!;
    expect(row.length).toBeLessThanOrEqual(header.length);
    expect(row.indexOf(' ok ')).toBe(header.indexOf('Status') - 1);
    expect(lines.find((l) => l.startsWith('Frugality'))).toMatch(/ 1 {2}thin +1\/2 /);
    expect(r.out).toContain('P = primary, s = secondary, ? = suggested');
    expect(r.out).toMatch(/Loop not ready: with no story told twice, \d+ of 32 story slots can be filled/);
    expect(r.out).toMatch(/Overloaded stories:\n {2}- Onboarding mentorship program .*\n {2}- Vendor outage rollback/);
  });

  it('takes --set by id or by name', async () => {
    const r = await cli(['coverage', DEMO, '--set', 'Google', '--json']);
    const report = JSON.parse(r.out) as CoverageJson;
    expect(report.set.id).toBe('google');
    expect(report.principles.map((p) => p.status)).toEqual(['thin', 'thin', 'thin', 'gap']);
  });

  it('prints markdown tables', async () => {
    const r = await cli(['coverage', DEMO, '--format', 'markdown']);
    expect(r.out).toMatch(/^## Coverage of amazon/);
    expect(r.out).toContain('| Principle | Stories | Status | Loop | 1 |');
    expect(r.out).toContain('| Are Right, A Lot | 2 | ok | 1/2 |');
    expect(r.out).toContain('### Stories');
  });

  it('writes CSV that reads back cell for cell', async () => {
    const r = await cli(['coverage', DEMO, '--format', 'csv']);
    const rows = parseCsv(r.out);
    expect(rows[0].slice(0, 4)).toEqual(['Principle', 'Stories', 'Status', 'Loop']);
    expect(rows).toHaveLength(1 + 16 + 1);
    expect(rows.every((row) => row.length === rows[0].length)).toBe(true);
    expect(rows.find((row) => row[0] === 'Are Right, A Lot')?.slice(1, 4)).toEqual(['2', 'ok', '1/2']);
    // Three stories of its own: the loop gives it one, not none (issue 15 item 6).
    expect(rows.find((row) => row[0] === 'Deliver Results')?.slice(1, 4)).toEqual(['3', 'ok', '1/2']);
    expect(rows[rows.length - 1][0]).toBe('(overloaded)');
  });
});

describe('coverage CSV quoting', () => {
  it('quotes a story title with a comma and a quote', async () => {
    const title = 'Launch, the "fast" path';
    const root = tempVault({
      'Acme Principles.md': SET_NOTE,
      'Launch.md': `---\ntags: [story]\ntitle: '${title}'\nprinciples: [Ownership]\n---\n**S:** s\n**T:** t\n**A:** a\n**R:** 3 launches.\n`,
    });
    const r = await cli(['coverage', root, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Principle,Stories,Status,Loop,"Launch, the ""fast"" path"');
    const rows = parseCsv(r.out);
    expect(rows[0][4]).toBe(title);
    expect(rows.find((row) => row[0] === 'Ownership')).toEqual(['Ownership', '1', 'thin', '1/2', 'P']);
  });

  it('neutralizes a story title a spreadsheet would run as a formula, as the plugin’s export does', async () => {
    const title = '=HYPERLINK("http://x","click")';
    const root = tempVault({
      'Acme Principles.md': SET_NOTE,
      'Formula.md': `---\ntags: [story]\ntitle: '${title}'\nprinciples: [Ownership]\n---\n**S:** s\n**T:** t\n**A:** a\n**R:** 3 launches.\n`,
    });
    const r = await cli(['coverage', root, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(`Principle,Stories,Status,Loop,"'=HYPERLINK(""http://x"",""click"")"`);
    expect(parseCsv(r.out)[0][4]).toBe(`'${title}`);
  });

  it('says so when no story maps to the set yet', async () => {
    const r = await cli(['coverage', tempVault({ 'Acme Principles.md': SET_NOTE })]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('No stories map to this set yet.');
    expect(r.out).toContain(
      'Loop not ready: with no story told twice, 0 of 6 story slots can be filled (2 stories for each of 3 principles), so at least 6 more stories are needed. The best loop leaves “Customer Obsession”, “Ownership” and “Deliver Results” short.',
    );
    expect(r.out).toContain('  Ownership: no story (2 short)\n');
  });

  it('says so, with exit 2, when the vault has no principle set', async () => {
    const root = tempVault({ 'Note.md': 'just a note' });
    const r = await cli(['coverage', root]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^obsidian-interview-prep: the vault has no principle sets[^\n]*\n$/);
  });
});

describe('coverage with a sketch', () => {
  const NOTE = `#principles #sk\n\n# Sk values\n\n### Ownership\nAct for the long term.\n\n### Frugality\nDo more with less.\n\n## Main: Ownership\n\n**Weekend rescue**\n\nI came in on a Saturday and we rebuilt the billing export before the audit.\n`;

  it('shows the sketch as a column marked ~ and a row "(sketch, not counted)", counted nowhere', async () => {
    const root = tempVault({ 'Sk Values.md': NOTE });
    const r = await cli(['coverage', root]);
    expect(r.out).toMatch(/^Ownership\s+0\s+gap\s+0\/2\s+~$/m);
    expect(r.out).toContain('~ = sketch (not counted)');
    expect(r.out).toMatch(/^1\s+Weekend rescue \(sketch, not counted\)\s+Sk Values\.md:13/m);
    const json = JSON.parse((await cli(['coverage', root, '--format', 'json'])).out) as { sketches: { title: string; principles: string[] }[]; stories: unknown[] };
    expect(json.sketches).toEqual([expect.objectContaining({ title: 'Weekend rescue', principles: ['sk/ownership'] })]);
    expect(json.stories).toEqual([]);
  });
});
