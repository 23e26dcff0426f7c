// The CLI's drill log keeps the log's own encoding and line ending when it appends, and reads
// every kind of log it may find (UTF-8 with or without BOM, UTF-16 LE/BE, CRLF/LF/CR).
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { appendAttempts, readLogFile } from '../../src/cli/commands/drill-log-file';
import { decodeText, encodeText, type TextEncoding } from '../../src/cli/text-file';
import { nodeFs } from '../../src/cli/vault-fs';
import { formatAttempt } from '../../src/core/drill/log-format';
import type { Attempt } from '../../src/core/drill/types';
import { cleanVaults, tempVault } from './helpers';

afterAll(cleanVaults);

const LOG = 'Interview Prep/Drill log.md';
const at = (q: string, day: number): Attempt => ({ at: new Date(2026, 1, day, 9, 30), questionId: `acme/${q}`, text: 'Tell me about a time you disagreed — «ça va»?', principles: ['acme/ownership'], rating: 'good', seconds: 61, story: null });
const first = at('q-1', 1);
const added = at('q-2', 2);

function logText(eol: string): string {
  return ['# Drill log', '', 'Written by hand — Ünïcode kept.', formatAttempt(first), ''].join(eol);
}

describe('drill log on disk', () => {
  const encodings: TextEncoding[] = ['utf8', 'utf8-bom', 'utf16le', 'utf16be'];
  for (const encoding of encodings) {
    for (const [name, eol] of [['CRLF', '\r\n'], ['LF', '\n'], ['CR', '\r']]) {
      it(`appends to a ${encoding} ${name} log in ${encoding} and ${name}, after its exact bytes`, async () => {
        const root = tempVault({});
        const file = join(root, ...LOG.split('/'));
        const before = encodeText(logText(eol), encoding, true);
        mkdirSync(join(root, 'Interview Prep'));
        writeFileSync(file, before);
        expect((await readLogFile(nodeFs, root, LOG)).attempts.map((a) => a.questionId)).toEqual(['acme/q-1']);

        await appendAttempts(root, LOG, [added]);
        const after = readFileSync(file);
        expect(after.subarray(0, before.length).equals(before)).toBe(true);
        const decoded = decodeText(after);
        expect(decoded.encoding).toBe(encoding);
        expect(decoded.text).toBe(logText(eol) + formatAttempt(added) + eol);
        const log = await readLogFile(nodeFs, root, LOG);
        expect(log.attempts.map((a) => [a.questionId, a.text])).toEqual([
          ['acme/q-1', first.text],
          ['acme/q-2', added.text],
        ]);
        expect(log.lines).toEqual([4, 5]);
        expect(log.malformed).toEqual([]);
      });
    }
  }

  it('a log without a final line break gets one in its own ending first', async () => {
    const root = tempVault({ [LOG]: logText('\r\n').trimEnd() });
    await appendAttempts(root, LOG, [added]);
    expect(readFileSync(join(root, ...LOG.split('/')), 'utf8')).toBe(logText('\r\n') + formatAttempt(added) + '\r\n');
  });

  it('refuses to add to a UTF-16 log cut in the middle of a character, and leaves it alone', async () => {
    const root = tempVault({});
    const file = join(root, 'Interview Prep', 'Drill log.md');
    mkdirSync(join(root, 'Interview Prep'));
    const odd = Buffer.concat([encodeText(logText('\n'), 'utf16le', true), Buffer.from([0x41])]);
    writeFileSync(file, odd);
    await expect(appendAttempts(root, LOG, [added])).rejects.toThrow(/UTF-16 with a stray byte/);
    expect(readFileSync(file).equals(odd)).toBe(true);
  });
});
