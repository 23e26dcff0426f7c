// Where the e2e run finds the built plugin and writes its screenshots.
import { join, resolve } from 'path';

export const REPO_ROOT = resolve(__dirname, '../../..');
export const DEMO_VAULT = join(REPO_ROOT, 'examples/demo-vault');
export const SCREENS_DIR = join(REPO_ROOT, 'test-results/screens');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
