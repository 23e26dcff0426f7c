// Makes the shared in-memory `obsidian` (tests/__mocks__) visible and clickable in a real browser, the way
// the app is: modals get a backdrop, a close button and Escape; suggest modals answer clicks, arrows and
// Enter; notices and menus appear on screen; status bar items and views land in the app's layout.
// These patches touch only the page's own bundled copy of the mock, never the one jest uses.
import * as mock from '../../__mocks__/obsidian';
import { patchMethod } from './patch';

export interface Chrome {
  workspaceEl: HTMLElement;
  statusBarEl: HTMLElement;
  ribbonEl: HTMLElement;
  noticeEl: HTMLElement;
}

export function installChrome(chrome: Chrome): void {
  patchModal();
  patchSuggestModal();
  patchPlugin(chrome);
  patchLeaves();
}

function patchModal(): void {
  const keyHandlers = new WeakMap<mock.Modal, (evt: KeyboardEvent) => void>();
  patchMethod(mock.Modal.prototype, 'open', (open) =>
    function (this: mock.Modal) {
      if (!this.containerEl.querySelector(':scope > .modal-bg')) {
        const bg = this.containerEl.createDiv({ cls: 'modal-bg', prepend: true });
        bg.addEventListener('click', () => this.close());
        const x = this.modalEl.createDiv({ cls: 'modal-close-button', attr: { 'aria-label': 'Close' }, prepend: true });
        x.addEventListener('click', () => this.close());
      }
      // Escape closes the newest open modal only, as in Obsidian.
      const onKey = (evt: KeyboardEvent): void => {
        const top = mock.Modal.opened.filter((m) => m.isOpen).pop();
        if (evt.key === 'Escape' && !evt.defaultPrevented && top === this) this.close();
      };
      keyHandlers.set(this, onKey);
      document.addEventListener('keydown', onKey);
      open.call(this);
    },
  );
  patchMethod(mock.Modal.prototype, 'close', (close) =>
    function (this: mock.Modal) {
      const onKey = keyHandlers.get(this);
      if (onKey) document.removeEventListener('keydown', onKey);
      close.call(this);
    },
  );
}

function patchSuggestModal(): void {
  const proto = mock.SuggestModal.prototype as mock.SuggestModal<unknown>;
  const selected = new WeakMap<mock.SuggestModal<unknown>, number>();
  const mark = (modal: mock.SuggestModal<unknown>, index: number): void => {
    const items = Array.from(modal.resultContainerEl.children);
    const i = Math.max(0, Math.min(index, items.length - 1));
    selected.set(modal, i);
    items.forEach((el, j) => el.classList.toggle('is-selected', j === i));
    items[i]?.scrollIntoView({ block: 'nearest' });
  };
  patchMethod(proto, 'open', (open) =>
    function (this: mock.SuggestModal<unknown>) {
      if (!this.modalEl.classList.contains('prompt')) {
        this.modalEl.classList.add('prompt');
        this.inputEl.classList.add('prompt-input');
        this.resultContainerEl.classList.add('prompt-results');
        this.resultContainerEl.addEventListener('click', (evt) => {
          const item = (evt.target as HTMLElement).closest('.suggestion-item');
          if (!item) return;
          this.choose(Array.from(this.resultContainerEl.children).indexOf(item));
        });
        this.inputEl.addEventListener('keydown', (evt) => {
          const at = selected.get(this) ?? 0;
          if (evt.key === 'ArrowDown') mark(this, at + 1);
          else if (evt.key === 'ArrowUp') mark(this, at - 1);
          else if (evt.key === 'Enter' && this.shown.length > 0) this.choose(at);
          else return;
          evt.preventDefault();
        });
      }
      open.call(this);
      this.inputEl.focus();
    },
  );
  patchMethod(proto, 'refresh', (refresh) =>
    async function (this: mock.SuggestModal<unknown>) {
      await refresh.call(this);
      if (this.shown.length === 0) this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
      mark(this, 0);
    },
  );
}

function patchPlugin(chrome: Chrome): void {
  patchMethod(mock.Plugin.prototype, 'addStatusBarItem', (addStatusBarItem) =>
    function (this: mock.Plugin) {
      const el = addStatusBarItem.call(this);
      chrome.statusBarEl.appendChild(el);
      return el;
    },
  );
  patchMethod(mock.Plugin.prototype, 'addRibbonIcon', (addRibbonIcon) =>
    function (this: mock.Plugin, icon: string, title: string, callback: (evt: MouseEvent) => unknown) {
      const el = addRibbonIcon.call(this, icon, title, callback);
      el.classList.add('side-dock-ribbon-action', 'clickable-icon');
      el.textContent = title.slice(0, 1);
      chrome.ribbonEl.appendChild(el);
      return el;
    },
  );
}

function patchLeaves(): void {
  patchMethod(mock.WorkspaceLeaf.prototype, 'setViewState', (setViewState) =>
    async function (this: mock.WorkspaceLeaf, state: mock.ViewState, eState?: unknown) {
      await setViewState.call(this, state, eState);
      const header = this.view?.containerEl.querySelector<HTMLElement>(':scope > .view-header');
      if (header && this.view) {
        const title =
          header.querySelector<HTMLElement>(':scope > .view-header-title') ?? header.createDiv({ cls: 'view-header-title', prepend: true });
        title.setText(this.view.getDisplayText());
      }
    },
  );
}

/** Obsidian's Notice shows a toast; the mock only records it. */
export function noticeClass(container: HTMLElement): typeof mock.Notice {
  return class HarnessNotice extends mock.Notice {
    constructor(message: string | DocumentFragment, duration?: number) {
      super(message, duration);
      this.noticeEl.classList.add('notice');
      container.appendChild(this.noticeEl);
      if (duration !== 0) window.setTimeout(() => this.noticeEl.remove(), duration ?? 5000);
    }

    hide(): void {
      this.noticeEl.remove();
    }
  };
}

/** Obsidian's Menu pops up at the pointer; the mock only records it. */
export class HarnessMenu extends mock.Menu {
  private el: HTMLElement | null = null;

  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
  }

  showAtPosition(pos: { x: number; y: number }): this {
    super.showAtPosition(pos);
    this.hide();
    const el = document.body.createDiv({ cls: 'menu' });
    el.setCssStyles({ left: `${pos.x}px`, top: `${pos.y}px` });
    for (const item of this.items) {
      const row = el.createDiv({ cls: 'menu-item', text: item.title });
      row.toggleClass('is-disabled', item.disabled);
      row.addEventListener('click', (e) => {
        this.hide();
        if (!item.disabled) void item.callback?.(e);
      });
    }
    this.el = el;
    return this;
  }

  hide(): this {
    this.el?.remove();
    this.el = null;
    return this;
  }
}
