// styles.css may use Obsidian's CSS variables only (and its own `--ip-` ones): every `var(--x)` it names must
// resolve in the harness's light and dark themes, which carry Obsidian's defaults. A typo or an invented
// variable would silently fall back to nothing inside Obsidian; here it fails.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { REPO_ROOT } from './support/paths';
import { useBrowser, withHarness } from './support/scenario';

const browser = useBrowser();
const STYLES = join(REPO_ROOT, 'styles.css');
const probe = readFileSync(join(__dirname, 'fixtures/probe-plugin.cjs'), 'utf8');

const used = existsSync(STYLES)
  ? [...new Set([...readFileSync(STYLES, 'utf8').matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]))].filter((v) => !v.startsWith('--ip-'))
  : [];

(used.length > 0 ? test : test.skip)(`every Obsidian variable styles.css uses is defined in both themes (${used.length} used)`, async () => {
  for (const theme of ['light', 'dark'] as const) {
    await withHarness(browser(), { theme, vault: {}, mainJs: probe }, async (h) => {
      const missing = await h.page.evaluate(
        (names) => names.filter((n) => getComputedStyle(document.body).getPropertyValue(n).trim() === ''),
        used,
      );
      expect([theme, missing]).toEqual([theme, []]);
    });
  }
});

test('styles.css has no hard-coded colours (Obsidian variables only, so both themes work)', () => {
  if (!existsSync(STYLES)) return;
  const css = readFileSync(STYLES, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const hardCoded = css.match(/#[0-9a-f]{3,8}\b|\brgba?\(\s*\d|\bhsla?\(\s*\d/gi) ?? [];
  expect(hardCoded).toEqual([]);
});
