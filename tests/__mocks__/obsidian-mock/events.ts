// Events and Component, as Obsidian's: handlers registered on a component are removed when it unloads.

export interface EventRef {
  e: Events;
  name: string;
  fn: (...args: unknown[]) => unknown;
  ctx?: unknown;
}

export class Events {
  private handlers = new Map<string, EventRef[]>();

  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
    const ref: EventRef = { e: this, name, fn: callback as (...args: unknown[]) => unknown, ctx };
    const list = this.handlers.get(name) ?? [];
    list.push(ref);
    this.handlers.set(name, list);
    return ref;
  }

  off(name: string, callback: (...data: never[]) => unknown): void {
    const list = this.handlers.get(name);
    if (list) this.handlers.set(name, list.filter((r) => r.fn !== (callback as unknown)));
  }

  offref(ref: EventRef): void {
    const list = this.handlers.get(ref.name);
    if (list) this.handlers.set(ref.name, list.filter((r) => r !== ref));
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) ref.fn.apply(ref.ctx, data);
  }

  tryTrigger(evt: EventRef, args: unknown[]): void {
    evt.fn.apply(evt.ctx, args);
  }

  /** Mock only: how many handlers listen to `name` (tests check that unload cleans up). */
  listenerCount(name: string): number {
    return this.handlers.get(name)?.length ?? 0;
  }
}

export class Component {
  _loaded = false;
  private children: Component[] = [];
  private cleanups: (() => unknown)[] = [];

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    this.onload();
    for (const child of this.children) child.load();
  }

  onload(): void {}

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    for (const child of this.children.splice(0)) child.unload();
    for (const fn of this.cleanups.splice(0).reverse()) fn();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Component>(component: T): T {
    this.children.push(component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const i = this.children.indexOf(component);
    if (i >= 0) {
      this.children.splice(i, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }

  registerEvent(ref: EventRef): void {
    this.register(() => ref.e.offref(ref));
  }

  registerDomEvent(el: EventTarget, type: string, callback: (evt: never) => unknown, options?: boolean | AddEventListenerOptions): void {
    el.addEventListener(type, callback as EventListener, options);
    this.register(() => el.removeEventListener(type, callback as EventListener, options));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
}
