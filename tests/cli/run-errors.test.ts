// Bad arguments and unreadable vaults: one line on stderr, exit 2, nothing on stdout, no stack trace.
import { join } from 'path';
import { nodeFs, type VaultFs } from '../../src/cli/vault-fs';
import { cleanVaults, cli, DEMO, tempVault } from './helpers';

afterAll(cleanVaults);

function oneLineError(r: { code: number; out: string; err: string }, re: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).toMatch(/^obsidian-interview-prep: [^\n]+\n$/);
  expect(r.err).toMatch(re);
  expect(r.err).not.toMatch(/\bat .+:\d+:\d+/); // no stack frame
}

describe('errors', () => {
  it('rejects bad arguments', async () => {
    oneLineError(await cli([]), /missing command/);
    oneLineError(await cli(['frobnicate', DEMO]), /unknown command "frobnicate"/);
    oneLineError(await cli(['index', DEMO, '--bogus']), /unknown option --bogus/);
    oneLineError(await cli(['coverage', DEMO, '--format', 'pdf']), /unknown format "pdf"/);
    oneLineError(await cli(['lint']), /missing vault/);
  });

  it('rejects a missing vault and a vault that is a file', async () => {
    oneLineError(await cli(['index', join(DEMO, 'no-such-folder')]), /cannot read vault .*no such folder/);
    oneLineError(await cli(['lint', join(DEMO, 'Amazon Leadership Principles.md')]), /not a folder/);
  });

  it('rejects a vault folder it cannot list', async () => {
    const root = tempVault({ 'A.md': '#story\n' });
    const locked: VaultFs = {
      ...nodeFs,
      list: (dir) => {
        if (dir === root) throw Object.assign(new Error('EACCES: permission denied, scandir'), { code: 'EACCES' });
        return nodeFs.list(dir);
      },
    };
    oneLineError(await cli(['index', root], locked), /cannot read vault .*permission denied/);
  });

  it('rejects an unknown set, listing the known ones', async () => {
    oneLineError(await cli(['coverage', DEMO, '--set', 'netflix']), /unknown set "netflix" \(known sets: amazon, google\)/);
  });

  it('prints help on stdout with exit 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Usage: obsidian-interview-prep <command> <vault>/);
  });

  it('turns an unexpected failure into one line, not a stack trace', async () => {
    const broken: VaultFs = { ...nodeFs, list: () => null as unknown as [] };
    const r = await cli(['index', DEMO], broken);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/^obsidian-interview-prep: internal error: [^\n]+\n$/);
  });
});
