/** @jest-environment jsdom */
// The Tag modal's Save (issue 12, items 1 and 2): no change writes nothing, unknown entries stay
// as written, and an edit that cannot be verified in place asks before Obsidian rewrites the block.
import { installObsidianDom, Modal, Notice } from '../../__mocks__/obsidian';
import { ConfirmModal } from '../../../src/plugin/authoring/confirm-modal';
import { TagStoryModal } from '../../../src/plugin/authoring/tag-modal';
import { harness } from './harness';

beforeAll(() => installObsidianDom());
beforeEach(() => {
  Modal.opened.length = 0;
  Notice.shown.length = 0;
});

const SET = ['#principles #acme', '', '# Acme', '', '### Customer Focus', 'Start from the user.', '', '### Ownership', 'Act for the whole company.', '', '### Frugality', 'Do more with less.', ''].join('\n');

/** What the audit found the modal deleting: a typo, a link to a note that is no principle, a comma string with an unknown name, a comment, plain names. */
const STORY = [
  '---',
  'tags: [story]',
  'principles:',
  '  - Custmer Obsesion',
  '  - "[[Some other note]]"',
  '  - Ownership, Bias for Speed',
  '  - Frugality # the main one',
  '---',
  '# Inbox rota',
  '',
  '**S:** Mail piled up for 9 days.',
  '**A:** I set up a rota.',
  '',
].join('\n');

function openModal(text = STORY) {
  const h = harness({ 'Acme.md': SET, 'Some other note.md': '# Other\n', 'Stories/Inbox.md': text });
  let writes = 0;
  const process = h.app.vault.process.bind(h.app.vault);
  h.app.vault.process = (...args: Parameters<typeof process>) => {
    writes++;
    return process(...args);
  };
  const story = h.host.index.snapshot().stories.find((s) => s.path === 'Stories/Inbox.md');
  if (!story) throw new Error('no story');
  const modal = new TagStoryModal(h.host, h.file('Stories/Inbox.md'), story);
  modal.open();
  const row = (name: string) => [...modal.contentEl.querySelectorAll('.ip-tag-row')].find((r) => r.querySelector('span')?.textContent === name) as HTMLElement;
  const check = (name: string, on: boolean) => {
    const box = row(name).querySelector('input') as HTMLInputElement;
    box.checked = on;
    box.dispatchEvent(new Event('change'));
  };
  return { h, modal, check, writes: () => writes };
}

describe('Tag modal save', () => {
  it('Save without a change writes nothing and says so', async () => {
    const { h, modal, writes } = openModal();
    await modal.save();
    expect(h.text('Stories/Inbox.md')).toBe(STORY);
    expect(writes()).toBe(0);
    expect(Notice.shown).toEqual(['No change to save.']);
  });

  it('checking one principle adds one line and keeps every entry it does not know', async () => {
    const { h, modal, check } = openModal();
    check('Customer Focus', true);
    await modal.save();
    expect(h.text('Stories/Inbox.md')).toBe(STORY.replace('  - Frugality # the main one\n', '  - Frugality # the main one\n  - "[[Acme#Customer Focus]]"\n'));
    expect(Notice.shown).toEqual(['Principles saved.']);
  });

  it('unchecking a principle removes its items only, including its name inside a comma string', async () => {
    const { h, modal, check } = openModal();
    check('Ownership', false);
    await modal.save();
    expect(h.text('Stories/Inbox.md')).toBe(STORY.replace('  - Ownership, Bias for Speed\n', '  - "Bias for Speed"\n'));
  });

  it('when the edit cannot be verified in place, asks, then rewrites the block through processFrontMatter', async () => {
    // The key written twice: Obsidian's parser keeps the last one, an in-place edit cannot tell which.
    const twice = '---\ntags: [story]\nprinciples: [Ownership]\nprinciples: [Frugality]\n---\n#story\n# Inbox rota\n\n**S:** x\n**A:** y\n';
    const { h, modal, check } = openModal(twice);
    check('Customer Focus', true);
    await modal.save();
    expect(h.text('Stories/Inbox.md')).toBe(twice);
    const confirm = Modal.opened.find((m) => m instanceof ConfirmModal) as ConfirmModal;
    expect(confirm.contentEl.textContent).toMatch(/cannot be changed in place: "principles" is written twice\. .*removes its comments/);
    await confirm.accept();
    expect(h.text('Stories/Inbox.md')).toBe('---\ntags:\n  - story\nprinciples:\n  - Frugality\n  - "[[Acme#Customer Focus]]"\n---\n#story\n# Inbox rota\n\n**S:** x\n**A:** y\n');
    expect(Notice.shown).toEqual(['Principles saved.']);
  });

  it('refuses, with a notice, frontmatter that does not parse', async () => {
    const broken = '---\ntags: [story]\nprinciples: Ownership\ntitle: "unclosed\n---\n#story\n# Inbox rota\n\n**S:** x\n**A:** y\n';
    const { h, modal, check } = openModal(broken);
    check('Customer Focus', true);
    await modal.save();
    expect(h.text('Stories/Inbox.md')).toBe(broken);
    expect(Notice.shown[0]).toMatch(/^Principles not saved: the frontmatter is not valid YAML/);
  });
});
