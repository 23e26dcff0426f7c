// Where the user's real notes are (../shared/seed-vault, beside the repository; CI has them there),
// for the acceptance tests that read them. Without the folder those tests are skipped, with a
// message, instead of failing.
import { existsSync } from 'fs';
import { join } from 'path';

export const SEED_VAULT = join(__dirname, '..', '..', 'shared', 'seed-vault');

/** True when the seed vault is present; otherwise warns that `what` is skipped. */
export function seedVaultPresent(what: string): boolean {
  const present = existsSync(SEED_VAULT);
  if (!present) console.warn(`seed vault not found at ${SEED_VAULT}; ${what} skipped`);
  return present;
}
