/** @jest-environment jsdom */
// The CLI's `extract` and the plugin's "Extract inline story" make the same edit (same core code).
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Editor } from 'obsidian';
import { installObsidianDom } from '../../__mocks__/obsidian';
import { extractStoryAtCursor } from '../../../src/plugin/authoring/extract-command';
import { cleanVaults, cli, SET_NOTE, tempVault } from '../../cli/helpers';
import { FakeEditor, harness } from './harness';

beforeAll(() => installObsidianDom());
afterAll(cleanVaults);

const NOTES = [
  '#principles/acme',
  '',
  '### Main: Ownership',
  '',
  '**Sub: Deliver Results**',
  '',
  '1. **Tell me about a time you took over something nobody owned.**',
  '    **S:** Alerts paged three teams every night.  ',
  '    **T:** Make the pages stop without a rewrite.',
  '    **A:** I traced the alerts to one cron job and I moved it.',
  '    **R:** Night pages went from 30 a week to 2.',
  '',
  'Notes to self: ask about on-call.',
  '',
].join('\n');

describe('extract: CLI and plugin', () => {
  it('makes the same edit as the plugin command, through the same core', async () => {
    const h = harness({ 'Acme.md': SET_NOTE, 'Interview/Notes.md': NOTES });
    const editor = new FakeEditor(NOTES, { line: 9, ch: 0 });
    const moved = await extractStoryAtCursor(h.host, editor as unknown as Editor, h.file('Interview/Notes.md'));
    const root = tempVault({ 'Acme.md': SET_NOTE, 'Interview/Notes.md': NOTES });
    expect((await cli(['extract', root, 'Interview/Notes.md', '--line', '10'])).code).toBe(0);
    expect(moved?.file.path).toBe('Stories/Alerts paged three teams every night.md');
    expect(readFileSync(join(root, 'Interview', 'Notes.md'), 'utf8')).toBe(editor.getValue());
    expect(readFileSync(join(root, 'Stories', 'Alerts paged three teams every night.md'), 'utf8')).toBe(h.text('Stories/Alerts paged three teams every night.md'));
  });
});
