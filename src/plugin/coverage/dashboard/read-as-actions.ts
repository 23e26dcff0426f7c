// What the "Read as" panel's buttons do. Accept maps the item in the user's own convention: a
// story note gets the principle as secondary in its frontmatter (the Tag modal's verified diff),
// a question or an inline story gets `#lp/<slug>` appended to its line (core/authoring/line-tag),
// both inside `vault.process`, so Obsidian's undo and file history apply. Dismiss remembers
// `itemId|principleId` in the plugin's data; the note is never written.
import { Notice, parseYaml, TFile } from 'obsidian';
import { addLineTag, lineTagFor } from '../../../core/authoring/line-tag';
import type { Choice } from '../../../core/authoring/tag-choices';
import type { Principle } from '../../../core/model';
import { readingKey, type ReadAsItem } from '../../../core/reading/read-as-list';
import { indexSettingsOf } from '../../settings';
import type { AuthoringHost } from '../../authoring/host';
import { reportTagOutcome, saveTagChoices } from '../../authoring/tag-modal';

export interface ReadAsActions {
  accept(entry: ReadAsItem, principle: Principle): void;
  dismiss(entry: ReadAsItem, principle: Principle): void;
}

async function acceptOnLine(host: AuthoringHost, file: TFile, entry: ReadAsItem, principle: Principle): Promise<void> {
  let reason = '';
  let edited = false;
  await host.app.vault.process(file, (text) => {
    const out = addLineTag(text, { path: file.path, line: entry.item.line, tag: lineTagFor(principle), settings: indexSettingsOf(host.settings), parse: parseYaml });
    if (out.kind === 'refused') reason = out.reason;
    edited = out.kind === 'edited';
    return out.kind === 'edited' ? out.text : text;
  });
  if (reason) new Notice(`Not tagged: ${reason}.`);
  else new Notice(edited ? `Tagged line ${entry.item.line} with #${lineTagFor(principle)}.` : 'The line already has that tag.');
}

export async function acceptReading(host: AuthoringHost, entry: ReadAsItem, principle: Principle): Promise<void> {
  const file = host.app.vault.getAbstractFileByPath(entry.item.path);
  if (!(file instanceof TFile)) {
    new Notice(`Note not found: ${entry.item.path}`);
    return;
  }
  try {
    if (entry.kind === 'story' && entry.item.kind === 'note') {
      const choices = new Map<string, Choice>([[principle.id, 'secondary']]);
      const outcome = await saveTagChoices(host, file, host.index.snapshot(), choices, entry.item.principles);
      reportTagOutcome(host, file, outcome);
    } else {
      await acceptOnLine(host, file, entry, principle);
    }
  } catch (err) {
    new Notice(`Could not accept the reading: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export async function dismissReading(host: AuthoringHost, entry: ReadAsItem, principle: Principle): Promise<void> {
  const key = readingKey(entry.item.id, principle.id);
  if (host.settings.dismissedReadings.includes(key) || !host.updateSettings) return;
  await host.updateSettings({ dismissedReadings: [...host.settings.dismissedReadings, key] });
}

/** The panel's actions for a host (the dashboard tab). */
export function readAsActions(host: AuthoringHost): ReadAsActions {
  return {
    accept: (entry, principle) => void acceptReading(host, entry, principle),
    dismiss: (entry, principle) => void dismissReading(host, entry, principle),
  };
}
