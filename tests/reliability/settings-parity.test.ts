/** @jest-environment jsdom */
// One data.json, the same settings on every face: the plugin (loaded as Obsidian loads it) and the
// CLI (reading the file from the vault's config folder) end up with the same values, whatever the
// file holds. Both read it with core/settings-schema.ts; this keeps a copy from coming back.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { settingsFromData } from '../../src/plugin/settings';
import { cliView, loadVaultSettings } from '../../src/cli/vault-settings';
import { nodeFs } from '../../src/cli/vault-fs';
import { makeApp, startPlugin } from '../plugin/harness';

/** The plugin's loaded settings, grouped as the CLI holds them (the same projection the CLI uses). */
const pluginView = cliView;

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function cliRead(data: unknown) {
  const root = mkdtempSync(join(tmpdir(), 'settings-parity-'));
  roots.push(root);
  mkdirSync(join(root, '.vault-config', 'plugins', 'interview-prep'), { recursive: true });
  writeFileSync(join(root, '.vault-config', 'plugins', 'interview-prep', 'data.json'), JSON.stringify(data));
  const { problem, ...rest } = loadVaultSettings(nodeFs, root);
  expect(problem).toBeNull();
  return rest;
}

const HAND_EDITED = {
  mockInterviewers: 0,
  drillTargetSeconds: 100000,
  target: 2.6,
  overloadPrimary: -1,
  storyTag: '#star',
  setTag: 'has space',
  excludedFolders: ['Archive'],
  storyFolders: ['Stories', 3],
  newStoryFolder: '/Drafts/',
  drillLogPath: 'Logs/Drills.md',
  interviewDates: { acme: '2026-12-01', beta: 'Friday' },
  principleLinks: 'yes',
  defaultSet: 'acme',
};

describe('plugin and CLI read one data.json to the same values', () => {
  it('a hand-edited file, through the plugin as Obsidian loads it and the CLI from the vault folder', async () => {
    const plugin = await startPlugin(makeApp({}), HAND_EDITED as never);
    const cli = cliRead(HAND_EDITED);
    expect(cli).toEqual(pluginView(plugin.settings));
    // mockInterviewers 0 once gave 0 in the plugin and 4 in the CLI; now both clamp it to 1.
    expect(plugin.settings.mockInterviewers).toBe(1);
    expect(cli.drill.mockInterviewers).toBe(1);
    expect(cli).toMatchObject({
      index: { storyTag: 'star', setTag: 'principles', excludedFolders: ['Archive'], storyFolders: ['Stories'] },
      coverage: { target: 3, overloadPrimary: 1 },
      drill: { drillTargetSeconds: 900, drillLogPath: 'Logs/Drills.md', interviewDates: { acme: '2026-12-01' } },
      authoring: { newStoryFolder: 'Drafts', principleLinks: true },
      defaultSet: 'acme',
    });
  });

  it('any file: equal values on both faces (fast-check prints the seed on failure)', () => {
    const value = fc.oneof(
      fc.integer({ min: -5, max: 1000 }),
      fc.double({ noNaN: false }),
      fc.string({ maxLength: 8 }),
      fc.constantFrom('#tag', 'a b', '', '../x', 'Logs/L.md', '/abs.md', '2026-12-01', true, false, null),
      fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('acme', 'beta', '__proto__'), fc.constantFrom('2026-12-01', 'Friday', 3)),
    );
    const key = fc.constantFrom(...Object.keys(settingsFromData({})), 'extra');
    fc.assert(
      fc.property(fc.dictionary(key, value), (data) => {
        const json = JSON.parse(JSON.stringify(data)) as unknown; // what data.json can hold
        // The CLI reads it from the vault's config folder; the plugin loads it with settingsFromData.
        expect(cliRead(json)).toEqual(pluginView(settingsFromData(json)));
      }),
      { numRuns: 500 },
    );
  });
});
