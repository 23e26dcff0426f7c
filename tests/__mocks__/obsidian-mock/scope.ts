// Scope: key handlers of a modal or view. The mock routes keydown events on `document` to the
// scope of the newest open modal (see Modal.open), as Obsidian's keymap does for its top scope.
export type Modifier = 'Mod' | 'Ctrl' | 'Meta' | 'Shift' | 'Alt';

export interface KeymapContext {
  modifiers: string | null;
  key: string | null;
  vkey: string;
}

// Obsidian types it `false | any`: returning false prevents the default.
export type KeymapEventListener = (evt: KeyboardEvent, ctx: KeymapContext) => unknown;

export interface KeymapEventHandler {
  scope: Scope;
  modifiers: string | null;
  key: string | null;
  func: KeymapEventListener;
}

export class Scope {
  /** Mock only: handlers in registration order. */
  handlers: KeymapEventHandler[] = [];

  constructor(readonly parent?: Scope) {}

  register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
    const handler: KeymapEventHandler = { scope: this, modifiers: modifiers ? modifiers.join(',') : null, key, func };
    this.handlers.push(handler);
    return handler;
  }

  unregister(handler: KeymapEventHandler): void {
    this.handlers = this.handlers.filter((h) => h !== handler);
  }

  /** Mock only: runs the first handler for the event's key (no modifiers pressed); false prevents default. */
  handleKey(evt: KeyboardEvent): boolean {
    const mods = evt.ctrlKey || evt.metaKey || evt.altKey;
    const h = this.handlers.find((x) => (x.key === null || x.key.toLowerCase() === evt.key.toLowerCase()) && (x.modifiers === null || x.modifiers === '' ? !mods : true));
    if (!h) return false;
    if (h.func(evt, { modifiers: h.modifiers, key: evt.key, vkey: evt.key }) === false) evt.preventDefault();
    return true;
  }
}
