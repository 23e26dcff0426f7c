// Issue 15 item 3: `starter amazon` in a vault that already has an Amazon set refuses (exit 2,
// nothing written) unless --force; and when two notes define one set, the older note (the
// user's own) keeps it and the copy's repeats are the ones ignored.
import { existsSync, readdirSync, utimesSync } from 'fs';
import { join } from 'path';
import { cleanVaults, cli, tempVault } from './helpers';

afterAll(cleanVaults);

// The user's own notes, in the seed vault's style: nested under a folder, own wording.
const MINE = [
  '#principles #amazon',
  '',
  '# Amazon Leadership Principles',
  '',
  '### Customer Obsession',
  'Work back from the customer.',
  '',
  '### Earn Trust of Others',
  'Listen, speak candidly, be self-critical.',
  '',
].join('\n');

function vaultWithMine(): string {
  const root = tempVault({ 'Interview/Amazon Leadership Principles.md': MINE });
  // Written last year.
  const then = new Date('2025-03-01T10:00:00Z');
  utimesSync(join(root, 'Interview', 'Amazon Leadership Principles.md'), then, then);
  return root;
}

describe('starter on a vault that already has the set', () => {
  it('refuses with exit 2 and one line, and writes nothing', async () => {
    const root = vaultWithMine();
    const r = await cli(['starter', root, 'amazon']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'obsidian-interview-prep: the vault already has the set "amazon" (Interview/Amazon Leadership Principles.md); nothing written. Add --force to write a second copy\n',
    );
    expect(readdirSync(root)).toEqual(['Interview']);
    // Another set is fine.
    expect((await cli(['starter', root, 'google'])).code).toBe(0);
  });

  it('--force writes the copy; the user\'s older note keeps the set and the copy\'s repeats are ignored', async () => {
    const root = vaultWithMine();
    const r = await cli(['starter', root, 'amazon', '--force']);
    expect(r).toEqual({ code: 0, out: 'Amazon Leadership Principles.md\n', err: '' });
    expect(existsSync(join(root, 'Amazon Leadership Principles.md'))).toBe(true);
    const json = JSON.parse((await cli(['index', root, '--json'])).out) as {
      sets: { id: string; path: string }[];
      principles: { id: string; path: string }[];
      warnings: { code: string; path: string; message: string }[];
    };
    // The copy sorts first by path, yet the user's note owns the set.
    expect(json.sets).toEqual([expect.objectContaining({ id: 'amazon', path: 'Interview/Amazon Leadership Principles.md' })]);
    expect(json.principles.find((p) => p.id === 'amazon/customer-obsession')?.path).toBe('Interview/Amazon Leadership Principles.md');
    expect(json.principles.find((p) => p.id === 'amazon/earn-trust-of-others')?.path).toBe('Interview/Amazon Leadership Principles.md');
    const dupes = json.warnings.filter((w) => w.code === 'duplicate-principle');
    expect(dupes.length).toBeGreaterThan(0);
    expect(dupes.every((w) => w.path === 'Amazon Leadership Principles.md')).toBe(true);
  });
});
