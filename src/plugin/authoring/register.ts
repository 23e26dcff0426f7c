// Story authoring in the plugin: commands, the file-menu items on story notes, and the hook the
// dashboard's gap rows use ("New story" next to "Drill"). main.ts calls registerAuthoringFeature(this).
import { Notice, TFile, type Editor, type MarkdownFileInfo } from 'obsidian';
import { activeStory } from '../../core/authoring/story-check';
import type { Story } from '../../core/model';
import { StoryCheckModal } from './check-modal';
import { authoringSettingRows } from './settings-section';
import { confirmExtraction } from './extract-command';
import type { AuthoringHost } from './host';
import { openNewStoryModal } from './new-story-modal';
import { StarterSetModal } from './starter-modal';
import { TagStoryModal } from './tag-modal';

export { openNewStoryModal } from './new-story-modal';

function isMarkdown(file: unknown): file is TFile {
  return file instanceof TFile && file.extension === 'md';
}

/** The active markdown file and, when an editor has focus, its editor. */
function activeContext(host: AuthoringHost): { file: TFile; editor: Editor | null } | null {
  const info: MarkdownFileInfo | null = host.app.workspace.activeEditor;
  const file = info?.file ?? host.app.workspace.getActiveFile();
  if (!isMarkdown(file)) return null;
  // activeEditor is the markdown view in focus (any mode); its editor knows the cursor.
  return { file, editor: info?.file === file ? (info.editor ?? null) : null };
}

function storyOf(host: AuthoringHost, file: TFile, editor: Editor | null): Story | null {
  return activeStory(host.index.snapshot(), file.path, editor ? editor.getCursor().line + 1 : null);
}

/** Tag: a story note directly; an inline story after offering to extract it. */
export function tagStory(host: AuthoringHost, file: TFile, editor: Editor | null): void {
  const story = storyOf(host, file, editor);
  if (story && story.kind === 'note') {
    new TagStoryModal(host, file, story).open();
    return;
  }
  if (editor && story && story.kind === 'inline') {
    confirmExtraction(host, editor, file, (moved) => {
      if (moved.story) new TagStoryModal(host, moved.file, moved.story).open();
    }, 'Principles are written to a story note’s frontmatter, so this inline story moves to its own note first, then you tag it. ', 'Extract and tag');
    return;
  }
  new Notice('No story here: open a story note, or click inside an inline story.');
}

export function checkStoryCommand(host: AuthoringHost, file: TFile, editor: Editor | null): void {
  const story = storyOf(host, file, editor);
  if (!story) {
    new Notice('No story here: open a story note, or click inside an inline story.');
    return;
  }
  new StoryCheckModal(host, story).open();
}

export function registerAuthoringFeature(host: AuthoringHost): void {
  host.addCommand({
    id: 'tag-story',
    name: 'Tag story with principles',
    checkCallback: (checking) => {
      const ctx = activeContext(host);
      if (!ctx) return false;
      if (!checking) tagStory(host, ctx.file, ctx.editor);
      return true;
    },
  });
  host.addCommand({
    id: 'new-story',
    name: 'New story',
    callback: () => void openNewStoryModal(host),
  });
  host.addCommand({
    id: 'extract-story',
    name: 'Extract inline story to its own note',
    editorCheckCallback: (checking, editor, ctx) => {
      const file = ctx.file;
      if (!isMarkdown(file)) return false;
      if (!checking) confirmExtraction(host, editor, file);
      return true;
    },
  });
  host.addCommand({
    id: 'check-story',
    name: 'Check this story',
    checkCallback: (checking) => {
      const ctx = activeContext(host);
      if (!ctx) return false;
      if (!checking) checkStoryCommand(host, ctx.file, ctx.editor);
      return true;
    },
  });
  host.addCommand({
    id: 'insert-starter-set',
    name: 'Insert a starter principle set',
    callback: () => new StarterSetModal(host).open(),
  });

  const update = host.updateSettings?.bind(host);
  if (update) host.addSettingsSection?.({ name: 'Writing stories', rows: () => authoringSettingRows({ get settings() { return host.settings; }, updateSettings: update }) });

  host.registerEvent(
    host.app.workspace.on('file-menu', (menu, file) => {
      if (!isMarkdown(file)) return;
      const isStoryNote = host.index.snapshot().stories.some((s) => s.path === file.path && s.kind === 'note');
      if (!isStoryNote) return;
      menu.addItem((item) =>
        item
          .setTitle('Tag story with principles')
          .setIcon('tags')
          .onClick(() => tagStory(host, file, null)),
      );
      menu.addItem((item) =>
        item
          .setTitle('Check this story')
          .setIcon('list-checks')
          .onClick(() => checkStoryCommand(host, file, null)),
      );
    }),
  );
}
