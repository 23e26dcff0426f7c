// Where the user's real notes are (../shared/seed-vault, beside the repository; CI has them there),
// for the acceptance tests that read them. Without the folder, those tests fail under CI (`CI` set,
// as CI services and .ci/run set it) and are skipped with a message elsewhere.
import { existsSync } from 'fs';
import { join } from 'path';

export const SEED_VAULT = join(__dirname, '..', '..', 'shared', 'seed-vault');

/** True under CI (`CI=true` or `CI=1`), where a missing seed vault is an error, not a skip. */
export function underCi(env: Record<string, string | undefined> = process.env): boolean {
  const ci = (env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * True when the seed vault is present. Otherwise: under CI, throws (the suite that asked fails to
 * run, with the reason); elsewhere warns that `what` is skipped and returns false.
 */
export function seedVaultPresent(what: string, env: Record<string, string | undefined> = process.env, dir = SEED_VAULT): boolean {
  if (existsSync(dir)) return true;
  if (underCi(env)) throw new Error(`seed vault not found at ${dir}; under CI ${what} must run, so this fails instead of skipping`);
  console.warn(`seed vault not found at ${dir}; ${what} skipped`);
  return false;
}
