// Where the e2e run finds the built plugin and writes its screenshots.
import { join, resolve } from 'path';

/** The repository; IP_REPO_ROOT when set (the bench runs this code bundled into dist/, where __dirname differs). */
export const REPO_ROOT = process.env.IP_REPO_ROOT ?? resolve(__dirname, '../../..');
export const HARNESS_DIR = join(REPO_ROOT, 'tests/e2e/harness');
export const DEMO_VAULT = join(REPO_ROOT, 'examples/demo-vault');
export const SCREENS_DIR = join(REPO_ROOT, 'test-results/screens');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
