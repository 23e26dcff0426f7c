/** @jest-environment jsdom */
import type { Editor } from 'obsidian';
import { installObsidianDom, Menu, Modal, Notice } from '../../__mocks__/obsidian';
import { extractInlineStory } from '../../../src/core/authoring/extract-story';
import { StoryCheckModal } from '../../../src/plugin/authoring/check-modal';
import { ConfirmModal } from '../../../src/plugin/authoring/confirm-modal';
import { confirmExtraction, extractStoryAtCursor } from '../../../src/plugin/authoring/extract-command';
import { createStoryNote, NewStoryModal, openNewStoryModal } from '../../../src/plugin/authoring/new-story-modal';
import { registerAuthoringFeature, tagStory } from '../../../src/plugin/authoring/register';
import { insertStarterSet, StarterSetModal } from '../../../src/plugin/authoring/starter-modal';
import { saveTagChoices, TagStoryModal } from '../../../src/plugin/authoring/tag-modal';
import { STARTER_SETS } from '../../../src/core/starter/starter-sets';
import type { PluginSettings } from '../../../src/plugin/settings';
import { FakeEditor, harness } from './harness';
import { drawSections, type SettingsSection } from '../../../src/plugin/settings-tab/rows';

beforeAll(() => installObsidianDom());
beforeEach(() => {
  Modal.opened.length = 0;
  Notice.shown.length = 0;
});

const SET = ['#principles #acme', '', '# Acme', '', '### Customer Focus', 'Start from the user.', '', '### Ownership', 'Act for the whole company.', '', '### Frugality', 'Do more with less.', ''].join('\n');

/** A story note with CRLF, a BOM, a comment, unrelated keys and trailing spaces. */
const STORY =
  '\uFEFF---\r\n' +
  '# written by me\r\n' +
  'tags: [story]\r\n' +
  'rating: 4   \r\n' +
  'principles:\r\n' +
  '  - "[[Acme#Ownership]]"\r\n' +
  'where: Berlin # the office\r\n' +
  '---\r\n' +
  '# Inbox rota\r\n' +
  '\r\n' +
  '**S:** Mail waited 9 days.  \r\n' +
  '**T:** Answer within a day.\r\n' +
  '**A:** I wrote a rota.\r\n' +
  '**R:** 6 hours.\r\n';

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
  '### Frugality',
  'Do more with less.',
  '',
  '### Main: Ownership',
  '',
  '**Sub: Frugality**',
  '',
  '1. **Tell me about a time you fixed something nobody owned.**',
  '',
  '    **S:** Mail waited 9 days.  ',
  '    **T:** Answer within a day.',
  '    **A:** I wrote a rota.',
  '    **R:** Replies in 6 hours.',
  '',
  'Closing words.',
  '',
].join('\n');

function asEditor(e: FakeEditor): Editor {
  return e as unknown as Editor;
}

describe('tag story with principles', () => {
  it('shows the set grouped, current ones checked, and writes only the two keys', async () => {
    const h = harness({ 'Acme.md': SET, 'Stories/Inbox.md': STORY });
    const file = h.file('Stories/Inbox.md');
    const story = h.host.index.snapshot().stories[0];
    const modal = new TagStoryModal(h.host, file, story);
    modal.open();
    const rows = [...modal.contentEl.querySelectorAll('.ip-tag-row')];
    expect(rows.map((r) => r.textContent)).toEqual(['Customer FocusPrimarySecondary', 'OwnershipPrimarySecondary', 'FrugalityPrimarySecondary']);
    const boxes = rows.map((r) => r.querySelector('input') as HTMLInputElement);
    expect(boxes.map((b) => b.checked)).toEqual([false, true, false]);
    expect(modal.contentEl.querySelector('.ip-tag-set')?.textContent).toBe('acme');

    // Check Frugality as secondary, Customer Focus as primary.
    const selects = rows.map((r) => r.querySelector('select') as HTMLSelectElement);
    boxes[2].checked = true;
    boxes[2].dispatchEvent(new Event('change'));
    selects[2].value = 'secondary';
    selects[2].dispatchEvent(new Event('change'));
    boxes[0].checked = true;
    boxes[0].dispatchEvent(new Event('change'));
    await modal.save();

    const expected = STORY.replace(
      '  - "[[Acme#Ownership]]"\r\n',
      '  - "[[Acme#Customer Focus]]"\r\n  - "[[Acme#Ownership]]"\r\n',
    ).replace('where: Berlin # the office\r\n---', 'where: Berlin # the office\r\nsecondary-principles:\r\n  - "[[Acme#Frugality]]"\r\n---');
    expect(h.text('Stories/Inbox.md')).toBe(expected);
    expect(document.body.contains(modal.containerEl)).toBe(false);
  });

  it('filters by typing and keeps choices across filtering', () => {
    const h = harness({ 'Acme.md': SET, 'Stories/Inbox.md': STORY });
    const modal = new TagStoryModal(h.host, h.file('Stories/Inbox.md'), h.host.index.snapshot().stories[0]);
    modal.open();
    const filter = modal.contentEl.querySelector('input.ip-tag-filter') as HTMLInputElement;
    filter.value = 'frug';
    filter.dispatchEvent(new Event('input'));
    const rows = [...modal.contentEl.querySelectorAll('.ip-tag-row')];
    expect(rows.map((r) => r.querySelector('span')?.textContent)).toEqual(['Frugality']);
    const box = rows[0].querySelector('input') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    filter.value = '';
    filter.dispatchEvent(new Event('input'));
    expect(modal.choices.get('acme/frugality')).toBe('primary');
    expect(modal.choices.get('acme/ownership')).toBe('primary');
  });

  it('writes plain names when links are off, and removes a key left empty', async () => {
    const h = harness({ 'Acme.md': SET, 'Stories/Inbox.md': STORY }, { principleLinks: false });
    const snapshot = h.host.index.snapshot();
    await saveTagChoices(h.host, h.file('Stories/Inbox.md'), snapshot, new Map([['acme/frugality', 'secondary' as const]]));
    const text = h.text('Stories/Inbox.md');
    expect(text).toBe(
      STORY.replace('principles:\r\n  - "[[Acme#Ownership]]"\r\n', '').replace('where: Berlin # the office\r\n---', 'where: Berlin # the office\r\nsecondary-principles:\r\n  - "Frugality"\r\n---'),
    );
  });
});

describe('extract inline story', () => {
  it('creates the story note and replaces the block with an embed in one undoable transaction', async () => {
    const h = harness({ 'Acme.md': SOURCE, 'Stories/Mail waited 9 days.md': 'taken\n' });
    const editor = new FakeEditor(SOURCE, { line: 21, ch: 3 });
    const result = await extractStoryAtCursor(h.host, asEditor(editor), h.file('Acme.md'));
    expect(result?.file.path).toBe('Stories/Mail waited 9 days 1.md');
    expect(h.text('Stories/Mail waited 9 days.md')).toBe('taken\n');

    const block = SOURCE.slice(SOURCE.indexOf('    **S:**'), SOURCE.indexOf('Replies in 6 hours.') + 'Replies in 6 hours.'.length);
    const note = h.text('Stories/Mail waited 9 days 1.md');
    expect(note).toBe(
      '---\ntags:\n  - "story"\nprinciples:\n  - "[[Acme#Ownership]]"\nsecondary-principles:\n  - "[[Acme#Frugality]]"\n---\n' + block + '\n',
    );
    expect(editor.transactions).toHaveLength(1);
    expect(editor.transactions[0]).toHaveLength(1);
    expect(editor.getValue()).toBe(SOURCE.replace(block, '    ![[Mail waited 9 days 1]]'));
    expect(editor.getValue()).toBe(extractInlineStory(SOURCE, 20, 23, '![[Mail waited 9 days 1]]').newSourceText);
    editor.undo();
    expect(editor.getValue()).toBe(SOURCE);
  });

  it('leaves one story in the index after the source is saved', async () => {
    const h = harness({ 'Acme.md': SOURCE });
    const editor = new FakeEditor(SOURCE, { line: 20, ch: 0 });
    await extractStoryAtCursor(h.host, asEditor(editor), h.file('Acme.md'));
    await h.host.app.vault.modify(h.file('Acme.md'), editor.getValue());
    const stories = h.host.index.snapshot().stories;
    expect(stories.map((s) => [s.path, s.kind])).toEqual([['Stories/Mail waited 9 days.md', 'note']]);
    expect(stories[0].principles.map((r) => [r.id, r.role])).toEqual([
      ['acme/ownership', 'primary'],
      ['acme/frugality', 'secondary'],
    ]);
  });

  it('does nothing outside a story, and nothing to the source if the block changed meanwhile', async () => {
    const h = harness({ 'Acme.md': SOURCE });
    const outside = new FakeEditor(SOURCE, { line: 25, ch: 0 });
    expect(await extractStoryAtCursor(h.host, asEditor(outside), h.file('Acme.md'))).toBeNull();
    expect(outside.transactions).toHaveLength(0);
    expect(Notice.shown.at(-1)).toMatch(/inline story/);

    const editor = new FakeEditor(SOURCE, { line: 22, ch: 0 });
    const create = h.app.vault.create.bind(h.app.vault);
    h.app.vault.create = async (path: string, data: string) => {
      editor.value = editor.value.replace('I wrote a rota.', 'I wrote a rota and a runbook.'); // the user types meanwhile
      return create(path, data);
    };
    const r = await extractStoryAtCursor(h.host, asEditor(editor), h.file('Acme.md'));
    expect(r?.story).toBeNull();
    expect(editor.transactions).toHaveLength(0);
    expect(Notice.shown.at(-1)).toMatch(/left as it is/);
  });

  it('the command first shows the exact lines that will move, and writes nothing until confirmed', async () => {
    const h = harness({ 'Acme.md': SOURCE });
    registerAuthoringFeature(h.host);
    const editor = new FakeEditor(SOURCE, { line: 21, ch: 0 });
    h.commands.find((c) => c.id === 'extract-story')?.editorCheckCallback?.(false, asEditor(editor), { file: h.file('Acme.md') } as never);
    const confirm = Modal.opened.at(-1) as unknown as ConfirmModal;
    expect(confirm).toBeInstanceOf(ConfirmModal);
    expect(confirm.contentEl.querySelector('p')?.textContent).toBe('Move lines 20–23 of "Acme.md" to a new note in "Stories"? They become one link to it.');
    expect([...confirm.contentEl.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Line 20: **S:** Mail waited 9 days.', 'Line 23: **R:** Replies in 6 hours.']);
    expect(editor.getValue()).toBe(SOURCE);
    expect(h.app.vault.getFileByPath('Stories/Mail waited 9 days.md')).toBeNull();
    await confirm.accept();
    expect(editor.getValue()).toBe(extractInlineStory(SOURCE, 20, 23, '![[Mail waited 9 days]]').newSourceText);
    expect(Notice.shown.at(-1)).toBe('Story moved to "Stories/Mail waited 9 days.md" (lines 20–23 of this note).');
  });

  it('an edit that changes more than the story is undone and the new note goes to the trash', async () => {
    const h = harness({ 'Acme.md': SOURCE });
    const editor = new FakeEditor(SOURCE, { line: 21, ch: 0 });
    const apply = editor.transaction.bind(editor);
    editor.transaction = (tx) => {
      apply(tx);
      editor.value = editor.value.replace('Closing words.', 'Closing'); // something else changed too
    };
    expect(await extractStoryAtCursor(h.host, asEditor(editor), h.file('Acme.md'))).toBeNull();
    expect(editor.getValue()).toBe(SOURCE);
    expect(h.app.vault.getFileByPath('Stories/Mail waited 9 days.md')).toBeNull();
    expect(Notice.shown.at(-1)).toMatch(/^Extract undone: after the edit line 22 \(was 25\) changed\./);
  });

  it('nothing moves when the note changed between the confirmation and the edit', async () => {
    const h = harness({ 'Acme.md': SOURCE });
    const editor = new FakeEditor(SOURCE, { line: 21, ch: 0 });
    const confirm = confirmExtraction(h.host, asEditor(editor), h.file('Acme.md'));
    editor.value = 'New first line.\n' + editor.value;
    await confirm?.accept();
    expect(editor.getValue()).toBe('New first line.\n' + SOURCE);
    expect(h.app.vault.getFileByPath('Stories/Mail waited 9 days.md')).toBeNull();
    expect(Notice.shown.at(-1)).toMatch(/changed since the extract was prepared; nothing was moved/);
  });

  it('tagging an inline story offers to extract it first, then opens the tag modal on the new note', async () => {
    const h = harness({ 'Acme.md': SOURCE });
    const editor = new FakeEditor(SOURCE, { line: 21, ch: 0 });
    tagStory(h.host, h.file('Acme.md'), asEditor(editor));
    const confirm = Modal.opened.at(-1);
    expect(confirm).toBeInstanceOf(ConfirmModal);
    await (confirm as unknown as ConfirmModal).accept();
    const tag = Modal.opened.at(-1);
    expect(tag).toBeInstanceOf(TagStoryModal);
    expect(editor.getValue()).toContain('    ![[Mail waited 9 days]]');
    expect(h.app.vault.getFileByPath('Stories/Mail waited 9 days.md')).not.toBeNull();
  });
});

describe('new story', () => {
  it('creates the note from the template with the principle and date, at a free name', async () => {
    const h = harness({ 'Acme.md': SET, 'Stories/Launch.md': 'mine\n' });
    const file = await createStoryNote(h.host, 'Launch', 'acme/frugality', new Date(2026, 2, 4));
    expect(file.path).toBe('Stories/Launch 1.md');
    const text = h.text('Stories/Launch 1.md');
    expect(text).toContain('principles:\n  - "[[Acme#Frugality]]"\n');
    expect(text).toContain('created: 2026-03-04\n');
    expect(h.text('Stories/Launch.md')).toBe('mine\n');
  });

  it('the modal is prefilled with the principle, and opens the created note', async () => {
    const h = harness({ 'Acme.md': SET });
    const modal = openNewStoryModal(h.host, 'acme/ownership');
    const select = modal.contentEl.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('acme/ownership');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['No principle yet', 'Customer Focus', 'Ownership', 'Frugality']);
    expect(await modal.submit()).toBeNull(); // no title yet
    const input = modal.contentEl.querySelector('input') as HTMLInputElement;
    input.value = 'Night pager';
    input.dispatchEvent(new Event('input'));
    const file = await modal.submit();
    expect(file?.path).toBe('Stories/Night pager.md');
    expect(h.app.workspace.getActiveFile()?.path).toBe('Stories/Night pager.md');
    expect(h.text('Stories/Night pager.md')).toContain('"[[Acme#Ownership]]"');
    expect(modal).toBeInstanceOf(NewStoryModal);
  });
});

describe('check this story', () => {
  it('shows words, time, numbers, I vs we and only-story principles', () => {
    const h = harness({ 'Acme.md': SET, 'Stories/Inbox.md': STORY });
    const modal = new StoryCheckModal(h.host, h.host.index.snapshot().stories[0]);
    modal.open();
    const rows = [...modal.contentEl.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Situation', '4', '2 seconds'],
      ['Task', '4', '2 seconds'],
      ['Action', '4', '2 seconds'],
      ['Result', '2', '1 second'],
      ['Total', '14', '6 seconds'],
    ]);
    const facts = [...modal.contentEl.querySelectorAll('.ip-check-facts li')].map((li) => li.textContent);
    expect(facts).toEqual([
      'Action share: 29% of the words.',
      'Numbers in the result: 6.',
      'In the action: "I" once, "we" 0 times.',
      'Missing parts: none.',
      'Only story for: Ownership (acme).',
    ]);
    expect(modal.contentEl.querySelector('.ip-check-issues')?.textContent).toMatch(/aim for 1 to 3 minutes/);
  });
});

describe('starter sets and registration', () => {
  it('inserts a set at a free name and never overwrites', async () => {
    const h = harness({ 'Meta Values.md': 'mine\n' });
    const file = await insertStarterSet(h.host, STARTER_SETS.meta);
    expect(file.path).toBe('Meta Values 1.md');
    expect(h.text('Meta Values.md')).toBe('mine\n');
    expect(h.host.index.snapshot().principles.filter((p) => p.set === 'meta')).toHaveLength(6);
  });

  it('registers the commands without hotkeys, and file-menu items only on story notes', () => {
    const h = harness({ 'Acme.md': SET, 'Stories/Inbox.md': STORY });
    registerAuthoringFeature(h.host);
    expect(h.commands.map((c) => c.id)).toEqual(['tag-story', 'new-story', 'extract-story', 'check-story', 'insert-starter-set']);
    expect(h.commands.every((c) => c.hotkeys === undefined)).toBe(true);

    const storyMenu = new Menu();
    h.app.workspace.trigger('file-menu', storyMenu, h.file('Stories/Inbox.md'), 'file-explorer');
    expect(storyMenu.items.map((i) => i.title)).toEqual(['Tag story with principles', 'Check this story']);
    const setMenu = new Menu();
    h.app.workspace.trigger('file-menu', setMenu, h.file('Acme.md'), 'file-explorer');
    expect(setMenu.items).toEqual([]);

    storyMenu.items[0].callback?.(new MouseEvent('click'));
    expect(Modal.opened.at(-1)).toBeInstanceOf(TagStoryModal);
  });

  it('the tag and check commands are available only with a markdown note open', () => {
    const h = harness({ 'Acme.md': SET, 'Stories/Inbox.md': STORY });
    registerAuthoringFeature(h.host);
    const tag = h.commands.find((c) => c.id === 'tag-story');
    expect(tag?.checkCallback?.(true)).toBe(false);
    h.app.workspace.activeFile = h.app.vault.getFileByPath('Stories/Inbox.md');
    expect(tag?.checkCallback?.(true)).toBe(true);
    tag?.checkCallback?.(false);
    expect(Modal.opened.at(-1)).toBeInstanceOf(TagStoryModal);
    const check = h.commands.find((c) => c.id === 'check-story');
    check?.checkCallback?.(false);
    expect(Modal.opened.at(-1)).toBeInstanceOf(StoryCheckModal);
  });
});

describe('palette commands', () => {
  it('insert starter set lists the three sets and creates the chosen one, then opens it', async () => {
    const h = harness({});
    registerAuthoringFeature(h.host);
    h.commands.find((c) => c.id === 'insert-starter-set')?.callback?.();
    const modal = Modal.opened.at(-1) as unknown as StarterSetModal;
    expect(modal).toBeInstanceOf(StarterSetModal);
    expect(modal.getItems().map((s) => modal.getItemText(s))).toEqual([
      'Amazon Leadership Principles (16 principles)',
      'Google Hiring Attributes (4 principles)',
      'Meta Values (6 principles)',
    ]);
    modal.onChooseItem(STARTER_SETS.google);
    await new Promise((r) => window.setTimeout(r, 0));
    expect(h.app.workspace.getActiveFile()?.path).toBe('Google Hiring Attributes.md');
    expect(Notice.shown.at(-1)).toBe('Created "Google Hiring Attributes.md".');
    const again = new StarterSetModal(h.host);
    expect(again.getItemText(STARTER_SETS.google)).toBe('Google Hiring Attributes (4 principles, you already have a set with this name)');
  });

  it('new story opens the prompt; extract runs on the editor of a markdown note only', async () => {
    const h = harness({ 'Acme.md': SOURCE, 'image.png': '' });
    registerAuthoringFeature(h.host);
    h.commands.find((c) => c.id === 'new-story')?.callback?.();
    expect(Modal.opened.at(-1)).toBeInstanceOf(NewStoryModal);

    const extract = h.commands.find((c) => c.id === 'extract-story');
    const editor = new FakeEditor(SOURCE, { line: 21, ch: 0 });
    expect(extract?.editorCheckCallback?.(true, asEditor(editor), { file: h.file('image.png') } as never)).toBe(false);
    expect(extract?.editorCheckCallback?.(true, asEditor(editor), { file: h.file('Acme.md') } as never)).toBe(true);
    extract?.editorCheckCallback?.(false, asEditor(editor), { file: h.file('Acme.md') } as never);
    await (Modal.opened.at(-1) as unknown as ConfirmModal).accept();
    expect(editor.getValue()).toContain('![[Mail waited 9 days]]');
  });

  it('check and tag say so when the note has no story', () => {
    const h = harness({ 'Acme.md': SET });
    registerAuthoringFeature(h.host);
    h.app.workspace.activeFile = h.app.vault.getFileByPath('Acme.md');
    h.commands.find((c) => c.id === 'check-story')?.checkCallback?.(false);
    expect(Notice.shown.at(-1)).toMatch(/No story here/);
    h.commands.find((c) => c.id === 'tag-story')?.checkCallback?.(false);
    expect(Notice.shown.at(-1)).toMatch(/No story here/);
    expect(Modal.opened).toHaveLength(0);
  });
});

describe('settings block', () => {
  it('adds "Writing stories" to the settings tab; the folder and link style are saved', async () => {
    const h = harness({});
    const sections: SettingsSection[] = [];
    const saved: Partial<PluginSettings>[] = [];
    h.host.addSettingsSection = (s) => sections.push(s);
    h.host.updateSettings = async (patch) => {
      saved.push(patch);
      h.host.settings = { ...h.host.settings, ...patch };
    };
    registerAuthoringFeature(h.host);
    expect(sections.map((s) => s.name)).toEqual(['Writing stories']);
    const el = document.body.createDiv();
    drawSections(el, sections);
    const input = el.querySelector('input') as HTMLInputElement;
    expect(input.value).toBe('Stories');
    for (const v of ['Prep/STAR/', '../outside', '']) {
      input.value = v;
      input.dispatchEvent(new Event('input'));
    }
    (el.querySelector('.checkbox-container') as HTMLElement).click();
    expect(saved).toEqual([{ newStoryFolder: 'Prep/STAR' }, { newStoryFolder: '' }, { principleLinks: false }]);
    const file = await createStoryNote(h.host, 'At the root', null, new Date(2026, 0, 1));
    expect(file.path).toBe('At the root.md');
  });
});
