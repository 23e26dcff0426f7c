// Modal, SuggestModal, FuzzySuggestModal, Notice and Menu. Opening attaches to document.body;
// `Notice.shown` and `Menu.lastShown` let tests read what the user would see.
import type { App } from './app';
import { Scope } from './scope';

export class Modal {
  app: App;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  isOpen = false;
  /** Key handlers while the modal is open (the mock routes document keydowns to the newest modal). */
  scope = new Scope();
  private readonly onKey = (evt: KeyboardEvent): void => {
    if (Modal.opened.filter((m) => m.isOpen).pop() === this) this.scope.handleKey(evt);
  };
  /** Mock only: every modal opened, newest last. */
  static opened: Modal[] = [];

  constructor(app: App) {
    this.app = app;
    this.containerEl = document.createElement('div');
    this.containerEl.classList.add('modal-container');
    this.modalEl = document.createElement('div');
    this.modalEl.classList.add('modal');
    this.titleEl = document.createElement('div');
    this.titleEl.classList.add('modal-title');
    this.contentEl = document.createElement('div');
    this.contentEl.classList.add('modal-content');
    this.modalEl.append(this.titleEl, this.contentEl);
    this.containerEl.appendChild(this.modalEl);
  }

  setTitle(title: string): this {
    this.titleEl.textContent = title;
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.replaceChildren(content);
    return this;
  }

  open(): void {
    document.body.appendChild(this.containerEl);
    this.isOpen = true;
    Modal.opened.push(this);
    document.addEventListener('keydown', this.onKey);
    void this.onOpen();
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    document.removeEventListener('keydown', this.onKey);
    this.containerEl.remove();
    void this.onClose();
  }

  onOpen(): Promise<void> | void {}

  onClose(): Promise<void> | void {}
}

export abstract class SuggestModal<T> extends Modal {
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  limit = 100;
  emptyStateText = 'No results found.';
  /** Mock only: the suggestions currently listed. */
  shown: T[] = [];

  constructor(app: App) {
    super(app);
    this.inputEl = document.createElement('input');
    this.resultContainerEl = document.createElement('div');
    this.modalEl.prepend(this.inputEl);
    this.modalEl.appendChild(this.resultContainerEl);
    this.inputEl.addEventListener('input', () => void this.refresh());
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(_instructions: { command: string; purpose: string }[]): void {}

  open(): void {
    super.open();
    void this.refresh();
  }

  /** Mock only: recompute the list for the current input. */
  async refresh(): Promise<void> {
    this.shown = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
    this.resultContainerEl.replaceChildren();
    for (const item of this.shown) {
      const el = document.createElement('div');
      el.classList.add('suggestion-item');
      this.renderSuggestion(item, el);
      this.resultContainerEl.appendChild(el);
    }
  }

  /** Mock only: the user picks the i-th listed suggestion. */
  choose(i: number): void {
    const item = this.shown[i];
    this.close();
    void this.onChooseSuggestion(item, new MouseEvent('click'));
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): unknown;
}

export interface FuzzyMatch<T> {
  item: T;
  match: { score: number; matches: [number, number][] };
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const q = query.toLowerCase();
    return this.getItems()
      .filter((item) => this.getItemText(item).toLowerCase().includes(q))
      .map((item) => ({ item, match: { score: 0, matches: [] } }));
  }

  renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
    el.textContent = this.getItemText(value.item);
  }

  onChooseSuggestion(value: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(value.item, evt);
  }

  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export class Notice {
  /** Mock only: messages shown, oldest first. */
  static shown: string[] = [];
  noticeEl: HTMLElement;

  constructor(message: string | DocumentFragment, _duration?: number) {
    const text = typeof message === 'string' ? message : (message.textContent ?? '');
    Notice.shown.push(text);
    this.noticeEl = document.createElement('div');
    this.noticeEl.textContent = text;
  }

  setMessage(message: string | DocumentFragment): this {
    this.noticeEl.replaceChildren(message);
    return this;
  }

  hide(): void {}
}

export class MenuItem {
  title = '';
  icon = '';
  section = '';
  checked = false;
  disabled = false;
  callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === 'string' ? title : (title.textContent ?? '');
    return this;
  }

  setIcon(icon: string | null): this {
    this.icon = icon ?? '';
    return this;
  }

  setSection(section: string): this {
    this.section = section;
    return this;
  }

  setChecked(checked: boolean | null): this {
    this.checked = !!checked;
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }
}

export class Menu {
  items: MenuItem[] = [];
  /** Mock only: the last menu shown. */
  static lastShown: Menu | null = null;

  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }

  addSeparator(): this {
    return this;
  }

  showAtMouseEvent(_evt: MouseEvent): this {
    Menu.lastShown = this;
    return this;
  }

  showAtPosition(_pos: { x: number; y: number }): this {
    Menu.lastShown = this;
    return this;
  }

  hide(): this {
    return this;
  }
}
