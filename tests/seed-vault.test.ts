// The seed-vault guard: a missing vault fails under CI and skips with a message elsewhere, so a
// run without the user's notes can never pass as if the acceptance tests had run.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { seedVaultPresent, underCi } from './seed-vault';

describe('seedVaultPresent', () => {
  const missing = join(tmpdir(), 'no-such-seed-vault-here');

  it('throws under CI when the vault is missing, naming the folder and the suite', () => {
    expect(() => seedVaultPresent('seed acceptance', { CI: 'true' }, missing)).toThrow(/seed vault not found at .*no-such-seed-vault-here; under CI seed acceptance must run/);
    expect(() => seedVaultPresent('seed acceptance', { CI: '1' }, missing)).toThrow();
  });

  it('skips with a warning outside CI', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(seedVaultPresent('seed acceptance', {}, missing)).toBe(false);
      expect(seedVaultPresent('seed acceptance', { CI: 'false' }, missing)).toBe(false);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('seed acceptance skipped'));
    } finally {
      warn.mockRestore();
    }
  });

  it('is true when the folder is there, under CI or not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-vault-'));
    try {
      expect(seedVaultPresent('x', { CI: 'true' }, dir)).toBe(true);
      expect(seedVaultPresent('x', {}, dir)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('reads CI as CI services set it', () => {
    expect(underCi({ CI: 'true' })).toBe(true);
    expect(underCi({ CI: 'TRUE' })).toBe(true);
    expect(underCi({})).toBe(false);
    expect(underCi({ CI: '' })).toBe(false);
    expect(underCi({ CI: '0' })).toBe(false);
  });
});
