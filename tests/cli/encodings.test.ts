// Issue 15 item 10: a note saved as UTF-16 (with its byte-order mark, as Windows editors write
// "Unicode") is read like any other; a file that is not text is read as far as it goes, with a warning.
import { writeFileSync } from 'fs';
import { join } from 'path';
import { cleanVaults, cli, SET_NOTE, tempVault } from './helpers';
import { nodeFs } from '../../src/cli/vault-fs';

afterAll(cleanVaults);

const STORY = '---\r\ntags: [story]\r\nprinciples: [Ownership]\r\n---\r\n# Café rota — été\r\n\r\n## Situation\r\nOur night rota burned people out.\r\n\r\n## Action\r\nI split it.\r\n\r\n## Result\r\nPages fell 40%.\r\n';

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le).swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

interface IndexJson {
  stories: { title: string; path: string; principles: { id: string }[] }[];
  warnings: { code: string; severity: string; path: string; message: string }[];
}

describe('note encodings in the CLI', () => {
  it('decodes UTF-16 LE and BE notes by their byte-order mark', async () => {
    const root = tempVault({ 'Acme Principles.md': SET_NOTE });
    writeFileSync(join(root, 'Rota LE.md'), utf16(STORY, 'le'));
    writeFileSync(join(root, 'Rota BE.md'), utf16(STORY.replace('été', 'hiver'), 'be'));
    const json = JSON.parse((await cli(['index', root, '--json'])).out) as IndexJson;
    expect(json.stories.map((s) => [s.path, s.title, s.principles.map((p) => p.id).join()]).sort()).toEqual([
      ['Rota BE.md', 'Café rota — hiver', 'acme/ownership'],
      ['Rota LE.md', 'Café rota — été', 'acme/ownership'],
    ]);
    expect(json.warnings).toEqual([]);
  });

  it('warns about a file that is not text and reads the rest', async () => {
    const root = tempVault({ 'Acme Principles.md': SET_NOTE });
    writeFileSync(join(root, 'Scan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0x00, 0x23]));
    // UTF-16 saved without its byte-order mark.
    writeFileSync(join(root, 'No mark.md'), Buffer.from('#story\n**S:** x\n', 'utf16le'));
    writeFileSync(join(root, 'Latin1.md'), Buffer.from([0x23, 0x73, 0x74, 0x6f, 0x72, 0x79, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const json = JSON.parse((await cli(['index', root, '--json'])).out) as IndexJson;
    expect(json.warnings.map((w) => [w.code, w.severity, w.path])).toEqual([
      ['not-text', 'warning', 'Latin1.md'],
      ['not-text', 'warning', 'No mark.md'],
      ['not-text', 'warning', 'Scan.md'],
    ]);
    expect(json.warnings.find((w) => w.path === 'Latin1.md')?.message).toContain('not UTF-8');
    const lint = await cli(['lint', root]);
    expect(lint.code).toBe(0);
  });
});

describe('nodeFs.readText', () => {
  it('reads UTF-8 as it is, and UTF-16 by its byte-order mark, also when the text looks like a mark', () => {
    const root = tempVault({});
    const files: [string, Buffer, string][] = [
      ['plain.md', Buffer.from('# Café\n', 'utf8'), '# Café\n'],
      ['bom.md', Buffer.from('\uFEFF# Café\n', 'utf8'), '\uFEFF# Café\n'],
      // Two replacement characters written as text: UTF-8, read back unchanged.
      ['marks.md', Buffer.from('\uFFFD\uFFFD#story\n', 'utf8'), '\uFFFD\uFFFD#story\n'],
      ['le.md', utf16('#story été\n', 'le'), '#story été\n'],
      ['be.md', utf16('#story été\n', 'be'), '#story été\n'],
      ['empty.md', Buffer.alloc(0), ''],
    ];
    for (const [name, bytes, text] of files) {
      writeFileSync(join(root, name), bytes);
      expect([name, nodeFs.readText(join(root, name))]).toEqual([name, text]);
    }
  });
});
