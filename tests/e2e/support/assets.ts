// The files the harness page is made of: the built plugin (main.js, styles.css, manifest.json, unchanged),
// the in-memory `obsidian` bundled for the browser, and the theme stylesheet. Built once per test file.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { HARNESS_DIR, REPO_ROOT } from './paths';

export interface HarnessAssets {
  mainJs: string;
  stylesCss: string;
  manifest: Record<string, unknown>;
  harnessJs: string;
  themeCss: string;
}

let cached: Promise<HarnessAssets> | null = null;

export function loadAssets(): Promise<HarnessAssets> {
  cached ??= buildAssets();
  return cached;
}

async function buildAssets(): Promise<HarnessAssets> {
  const mainPath = join(REPO_ROOT, 'main.js');
  // Checked when a scenario needs it (mainJs getter), so harness self-tests run before the plugin exists.
  const stylesPath = join(REPO_ROOT, 'styles.css');
  const bundle = await build({
    entryPoints: [join(HARNESS_DIR, 'boot.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return {
    get mainJs(): string {
      if (!existsSync(mainPath)) {
        throw new Error('main.js is missing: run `npm run build` first (npm run test:e2e does it for you)');
      }
      return readFileSync(mainPath, 'utf8');
    },
    stylesCss: existsSync(stylesPath) ? readFileSync(stylesPath, 'utf8') : '',
    manifest: JSON.parse(readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>,
    harnessJs: bundle.outputFiles[0].text,
    themeCss: readFileSync(join(HARNESS_DIR, 'theme.css'), 'utf8'),
  };
}
