/** @jest-environment jsdom */
// "Write up sketch as a story": a new note from the sketch; the source changes only when the
// user confirms replacing the sketch with a link, in one undoable transaction.
import type { Editor } from 'obsidian';
import { installObsidianDom, Menu, Modal, Notice } from '../../__mocks__/obsidian';
import { ConfirmModal } from '../../../src/plugin/authoring/confirm-modal';
import { checkStoryCommand, registerAuthoringFeature } from '../../../src/plugin/authoring/register';
import { writeUpSketchAtCursor } from '../../../src/plugin/authoring/write-up-command';
import { FakeEditor, harness } from './harness';

beforeAll(() => installObsidianDom());
beforeEach(() => {
  Modal.opened.length = 0;
  Notice.shown.length = 0;
});

const SOURCE = [
  '#principles #acme',
  '',
  '# Acme',
  '',
  '### Customer Focus',
  'Start from the user.',
  '',
  '### Ownership',
  'Act for the whole company.',
  '',
  '## Main: Ownership',
  '',
  '**Weekend rescue**',
  '',
  'I came in on a Saturday and we rebuilt the billing export before the audit.',
  '',
  'Something else the user wrote.',
  '',
].join('\n');
const SKETCH_LINES = '**Weekend rescue**\n\nI came in on a Saturday and we rebuilt the billing export before the audit.';
const NOW = () => new Date(2026, 10, 29);

function asEditor(e: FakeEditor): Editor {
  return e as unknown as Editor;
}

function confirmModal(): ConfirmModal {
  const m = Modal.opened.at(-1);
  if (!(m instanceof ConfirmModal)) throw new Error('no confirmation open');
  return m;
}

describe('write up a sketch as a story', () => {
  it('creates the story note from the sketch and leaves the source alone when the user says no', async () => {
    const h = harness({ 'Acme.md': SOURCE });
    const editor = new FakeEditor(SOURCE, { line: 14, ch: 5 });
    const result = await writeUpSketchAtCursor(h.host, asEditor(editor), h.file('Acme.md'), NOW);
    expect(result?.file.path).toBe('Stories/Weekend rescue.md');
    const note = h.text('Stories/Weekend rescue.md');
    expect(note).toContain('principles:\n  - "[[Acme#Ownership]]"\n');
    expect(note).toContain('# Weekend rescue\n\n## Notes\nI came in on a Saturday and we rebuilt the billing export before the audit.\n\n## Situation\n');
    expect(confirmModal().contentEl.textContent).toContain('Lines 13–15');
    confirmModal().close();
    await expect(result?.replaced).resolves.toBe(false);
    expect(editor.getValue()).toBe(SOURCE);
    expect(editor.transactions).toHaveLength(0);
    expect(h.text('Acme.md')).toBe(SOURCE);
  });

  it('replaces exactly the sketch with an embed when confirmed, in one undoable transaction', async () => {
    const h = harness({ 'Acme.md': SOURCE });
    const editor = new FakeEditor(SOURCE, { line: 12, ch: 0 });
    const result = await writeUpSketchAtCursor(h.host, asEditor(editor), h.file('Acme.md'), NOW);
    await confirmModal().accept();
    await expect(result?.replaced).resolves.toBe(true);
    expect(editor.getValue()).toBe(SOURCE.replace(SKETCH_LINES, '![[Weekend rescue]]'));
    expect(editor.transactions).toHaveLength(1);
    editor.undo();
    expect(editor.getValue()).toBe(SOURCE);
  });

  it('does nothing outside a sketch, and nothing to the source if the sketch changed meanwhile', async () => {
    const h = harness({ 'Acme.md': SOURCE });
    expect(await writeUpSketchAtCursor(h.host, asEditor(new FakeEditor(SOURCE, { line: 16, ch: 0 })), h.file('Acme.md'), NOW)).toBeNull();
    expect(Notice.shown.at(-1)).toMatch(/sketch/);
    expect(h.app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(['Acme.md']);

    const editor = new FakeEditor(SOURCE, { line: 14, ch: 0 });
    const result = await writeUpSketchAtCursor(h.host, asEditor(editor), h.file('Acme.md'), NOW);
    editor.value = editor.value.replace('before the audit', 'before the Monday audit');
    await confirmModal().accept();
    await expect(result?.replaced).resolves.toBe(false);
    expect(editor.transactions).toHaveLength(0);
    expect(Notice.shown.at(-1)).toMatch(/changed/);
  });

  it('offers the command and the editor menu entry only inside a sketch', () => {
    const h = harness({ 'Acme.md': SOURCE });
    registerAuthoringFeature(h.host);
    const cmd = h.commands.find((c) => c.id === 'write-up-sketch');
    const ctx = { file: h.file('Acme.md') } as never;
    expect(cmd?.editorCheckCallback?.(true, asEditor(new FakeEditor(SOURCE, { line: 14, ch: 0 })), ctx)).toBe(true);
    expect(cmd?.editorCheckCallback?.(true, asEditor(new FakeEditor(SOURCE, { line: 16, ch: 0 })), ctx)).toBe(false);
    const inside = new Menu();
    h.app.workspace.trigger('editor-menu', inside, asEditor(new FakeEditor(SOURCE, { line: 12, ch: 0 })), ctx);
    expect(inside.items.map((i) => i.title)).toEqual(['Write up sketch as a story']);
    const outside = new Menu();
    h.app.workspace.trigger('editor-menu', outside, asEditor(new FakeEditor(SOURCE, { line: 0, ch: 0 })), ctx);
    expect(outside.items).toEqual([]);
  });

  it('"Check this story" on a sketch points to writing it up instead', () => {
    const h = harness({ 'Acme.md': SOURCE });
    checkStoryCommand(h.host, h.file('Acme.md'), asEditor(new FakeEditor(SOURCE, { line: 14, ch: 0 })));
    expect(Modal.opened).toHaveLength(0);
    expect(Notice.shown.at(-1)).toMatch(/sketch.*write it up as a story/);
  });
});
