// Test harness for the authoring feature: a mock App, a host whose index is a real VaultIndex
// re-read from the vault on demand, and a small Editor over a string that records transactions.
import type { App as ObsidianApp, Command, EditorPosition, EventRef, TFile } from 'obsidian';
import { App } from '../../__mocks__/obsidian';
import { toNoteRecord } from '../../../src/cli/note-record';
import { VaultIndex } from '../../../src/core/index/vault-index';
import type { IndexSnapshot } from '../../../src/core/model';
import type { AuthoringHost } from '../../../src/plugin/authoring/host';
import { DEFAULT_SETTINGS, type PluginSettings } from '../../../src/plugin/settings';

export interface Harness {
  app: App;
  host: AuthoringHost;
  commands: Command[];
  file(path: string): TFile;
  text(path: string): string;
}

export function harness(files: Record<string, string>, settings: Partial<PluginSettings> = {}): Harness {
  const app = new App();
  for (const [path, text] of Object.entries(files)) app.vault.seed(path, text);
  const commands: Command[] = [];
  const vault = app.vault;
  const host: AuthoringHost = {
    app: app as unknown as ObsidianApp,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    // A fresh index of the vault as it is now, like the live index after its debounce.
    index: {
      snapshot(): IndexSnapshot {
        const index = new VaultIndex(host.settings);
        for (const f of app.vault.getMarkdownFiles()) index.upsert(toNoteRecord(f.path, vault.textOf(f.path) ?? ''));
        return index.snapshot();
      },
    },
    addCommand(c: Command) {
      commands.push(c);
      return c;
    },
    registerEvent(_ref: EventRef) {},
  };
  return {
    app,
    host,
    commands,
    file(path) {
      const f = host.app.vault.getFileByPath(path);
      if (!f) throw new Error(`no file ${path}`);
      return f;
    },
    text(path) {
      const t = vault.textOf(path);
      if (t === undefined) throw new Error(`no file ${path}`);
      return t;
    },
  };
}

interface Change {
  from: EditorPosition;
  to?: EditorPosition;
  text: string;
}

/** An editor over a string (LF lines, like CodeMirror's document); `undo()` reverts the last transaction. */
export class FakeEditor {
  transactions: Change[][] = [];
  private history: string[] = [];

  constructor(
    public value: string,
    public cursor: EditorPosition = { line: 0, ch: 0 },
  ) {}

  getValue(): string {
    return this.value;
  }

  getCursor(): EditorPosition {
    return this.cursor;
  }

  posToOffset(pos: EditorPosition): number {
    const lines = this.value.split('\n');
    let off = 0;
    for (let i = 0; i < pos.line; i++) off += lines[i].length + 1;
    return off + pos.ch;
  }

  getRange(from: EditorPosition, to: EditorPosition): string {
    return this.value.slice(this.posToOffset(from), this.posToOffset(to));
  }

  transaction(tx: { changes?: Change[] }): void {
    this.history.push(this.value);
    const changes = [...(tx.changes ?? [])].sort((a, b) => this.posToOffset(b.from) - this.posToOffset(a.from));
    let v = this.value;
    for (const c of changes) {
      const from = this.posToOffset(c.from);
      const to = c.to ? this.posToOffset(c.to) : from;
      v = v.slice(0, from) + c.text + v.slice(to);
    }
    this.transactions.push(tx.changes ?? []);
    this.value = v;
  }

  setValue(value: string): void {
    this.history.push(this.value);
    this.value = value;
  }

  undo(): void {
    const prev = this.history.pop();
    if (prev !== undefined) this.value = prev;
  }
}
