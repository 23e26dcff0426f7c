// A stand-in for Obsidian's Editor over one note of the in-memory vault: cursor, ranges, transactions
// and undo. Each transaction is one undo step and is saved to the vault (vault `modify`, then
// metadataCache `changed`), as Obsidian saves an edited note.
import type * as Real from 'obsidian';
import type * as mock from '../../__mocks__/obsidian';

type Pos = Real.EditorPosition;

export class HarnessEditor {
  /** Transactions applied, oldest first (tests check that an edit was one transaction). */
  readonly transactions: Real.EditorTransaction[] = [];
  private readonly undoStack: string[] = [];
  private cursor: Pos;

  constructor(
    private readonly app: mock.App,
    readonly file: mock.TFile,
    line: number,
  ) {
    this.cursor = { line, ch: 0 };
  }

  private get text(): string {
    return this.app.vault.textOf(this.file.path) ?? '';
  }

  getValue(): string {
    return this.text;
  }

  lineCount(): number {
    return this.text.split('\n').length;
  }

  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }

  getCursor(): Pos {
    return { ...this.cursor };
  }

  setCursor(pos: Pos | number, ch?: number): void {
    this.cursor = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : { ...pos };
  }

  posToOffset(pos: Pos): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < pos.line && i < lines.length; i++) offset += lines[i].length + 1;
    return offset + pos.ch;
  }

  offsetToPos(offset: number): Pos {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length - 1, ch: before[before.length - 1].length };
  }

  getRange(from: Pos, to: Pos): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }

  replaceRange(replacement: string, from: Pos, to?: Pos): void {
    this.transaction({ changes: [{ from, to: to ?? from, text: replacement }] });
  }

  /** Applies all changes against the text before the transaction, as one undo step. */
  transaction(tx: Real.EditorTransaction): void {
    const before = this.text;
    const changes = (tx.changes ?? [])
      .map((c) => ({ start: this.posToOffset(c.from), end: this.posToOffset(c.to ?? c.from), text: c.text }))
      .sort((a, b) => b.start - a.start);
    let next = before;
    for (const c of changes) next = next.slice(0, c.start) + c.text + next.slice(c.end);
    this.transactions.push(tx);
    this.undoStack.push(before);
    void this.app.vault.modify(this.file, next);
  }

  undo(): void {
    const previous = this.undoStack.pop();
    if (previous !== undefined) void this.app.vault.modify(this.file, previous);
  }
}
