// Obsidian's DOM helpers (createEl, createDiv, setText, addClass, …) installed on the prototypes of
// a DOM implementation (jsdom in tests, a real browser in e2e). Obsidian defines them globally;
// jsdom does not. Call installObsidianDom() once per test file that renders (it is idempotent).
// No jest globals and no Node built-ins here: the browser harness loads this file too.

export interface DomElementInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  parent?: Node;
  value?: string;
  type?: string;
  prepend?: boolean;
  placeholder?: string;
  href?: string;
}

type Callback<T> = (el: T) => void;

function classesOf(cls: string | string[] | undefined): string[] {
  if (!cls) return [];
  return (Array.isArray(cls) ? cls : cls.split(' ')).filter((c) => c !== '');
}

function applyInfo(el: HTMLElement, info: DomElementInfo | string | undefined): void {
  if (info === undefined) return;
  if (typeof info === 'string') info = { cls: info };
  for (const c of classesOf(info.cls)) el.classList.add(c);
  if (info.text !== undefined) setTextOf(el, info.text);
  if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttrOf(el, k, v);
  if (info.title !== undefined) el.setAttribute('title', info.title);
  if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
  if (info.type !== undefined) el.setAttribute('type', info.type);
  if (info.placeholder !== undefined) el.setAttribute('placeholder', info.placeholder);
  if (info.href !== undefined) el.setAttribute('href', info.href);
}

function setTextOf(el: Node, text: string | DocumentFragment): void {
  if (typeof text === 'string') el.textContent = text;
  else {
    el.textContent = '';
    el.appendChild(text);
  }
}

function setAttrOf(el: Element, name: string, value: string | number | boolean | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

function create<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  parent: Node | null,
  tag: K,
  info?: DomElementInfo | string,
  callback?: Callback<HTMLElementTagNameMap[K]>,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  applyInfo(el, info);
  const target = typeof info === 'object' && info.parent ? info.parent : parent;
  if (target) {
    if (typeof info === 'object' && info.prepend) target.insertBefore(el, target.firstChild);
    else target.appendChild(el);
  }
  if (callback) callback(el);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Obsidian's createSvg: an element in the SVG namespace, with classes and attributes only. */
function createSvgIn<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  parent: Node | null,
  tag: K,
  info?: Pick<DomElementInfo, 'cls' | 'attr' | 'parent' | 'prepend'> | string,
  callback?: Callback<SVGElementTagNameMap[K]>,
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag);
  const o = typeof info === 'string' ? { cls: info } : (info ?? {});
  for (const c of classesOf(o.cls)) el.classList.add(c);
  if (o.attr) for (const [k, v] of Object.entries(o.attr)) setAttrOf(el, k, v);
  const target = o.parent ?? parent;
  if (target) {
    if (o.prepend) target.insertBefore(el, target.firstChild);
    else target.appendChild(el);
  }
  if (callback) callback(el);
  return el;
}

function matchUp(start: Element, selector: string, lastParent?: Element): Element | null {
  for (let el: Element | null = start; el; el = el.parentElement) {
    if (el.matches(selector)) return el;
    if (el === lastParent) return null;
  }
  return null;
}

function hiddenUp(start: HTMLElement): boolean {
  for (let el: HTMLElement | null = start; el; el = el.parentElement) if (el.style.display === 'none') return true;
  return false;
}

let installedOn: typeof globalThis | null = null;

/** Installs the helpers on `win`'s prototypes (default: the global window). */
export function installObsidianDom(win: typeof globalThis = globalThis): void {
  if (installedOn === win) return;
  installedOn = win;
  const NodeProto = win.Node.prototype as unknown as Record<string, unknown>;
  const ElProto = win.Element.prototype as unknown as Record<string, unknown>;
  const HtmlProto = win.HTMLElement.prototype as unknown as Record<string, unknown>;
  const FragProto = win.DocumentFragment.prototype as unknown as Record<string, unknown>;
  const doc = win.document;

  const creators = {
    createEl(this: Node, tag: keyof HTMLElementTagNameMap, info?: DomElementInfo | string, cb?: Callback<HTMLElement>) {
      return create(doc, this, tag, info, cb);
    },
    createDiv(this: Node, info?: DomElementInfo | string, cb?: Callback<HTMLDivElement>) {
      return create(doc, this, 'div', info, cb);
    },
    createSpan(this: Node, info?: DomElementInfo | string, cb?: Callback<HTMLSpanElement>) {
      return create(doc, this, 'span', info, cb);
    },
    createSvg(this: Node, tag: keyof SVGElementTagNameMap, info?: DomElementInfo | string, cb?: Callback<SVGElement>) {
      return createSvgIn(doc, this, tag, info, cb);
    },
  };
  Object.assign(NodeProto, creators, {
    empty(this: Node) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    detach(this: Node) {
      this.parentNode?.removeChild(this);
    },
    appendText(this: Node, text: string) {
      this.appendChild(doc.createTextNode(text));
    },
  });
  Object.assign(FragProto, creators);
  Object.assign(ElProto, {
    getText(this: Element) {
      return this.textContent ?? '';
    },
    setText(this: Element, text: string | DocumentFragment) {
      setTextOf(this, text);
    },
    addClass(this: Element, ...cls: string[]) {
      this.classList.add(...cls.flatMap((c) => classesOf(c)));
    },
    addClasses(this: Element, cls: string[]) {
      this.classList.add(...cls);
    },
    removeClass(this: Element, ...cls: string[]) {
      this.classList.remove(...cls.flatMap((c) => classesOf(c)));
    },
    removeClasses(this: Element, cls: string[]) {
      this.classList.remove(...cls);
    },
    toggleClass(this: Element, cls: string | string[], value: boolean) {
      for (const c of classesOf(cls)) this.classList.toggle(c, value);
    },
    hasClass(this: Element, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: Element, name: string, value: string | number | boolean | null) {
      setAttrOf(this, name, value);
    },
    setAttrs(this: Element, attrs: Record<string, string | number | boolean | null>) {
      for (const [k, v] of Object.entries(attrs)) setAttrOf(this, k, v);
    },
    getAttr(this: Element, name: string) {
      return this.getAttribute(name);
    },
    matchParent(this: Element, selector: string, lastParent?: Element) {
      return matchUp(this, selector, lastParent);
    },
    find(this: Element, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: Element, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    },
  });
  Object.assign(HtmlProto, {
    show(this: HTMLElement) {
      this.style.display = '';
    },
    hide(this: HTMLElement) {
      this.style.display = 'none';
    },
    toggle(this: HTMLElement, show: boolean) {
      this.style.display = show ? '' : 'none';
    },
    /** Attached and no ancestor hidden with display: none (as Obsidian's isShown). */
    isShown(this: HTMLElement) {
      return this.isConnected && !hiddenUp(this);
    },
    setCssStyles(this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
      Object.assign(this.style, styles);
    },
    setCssProps(this: HTMLElement, props: Record<string, string>) {
      for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
    },
  });
  const g = win as unknown as Record<string, unknown>;
  g.createEl = (tag: keyof HTMLElementTagNameMap, info?: DomElementInfo | string, cb?: Callback<HTMLElement>) =>
    create(doc, null, tag, info, cb);
  g.createDiv = (info?: DomElementInfo | string, cb?: Callback<HTMLDivElement>) => create(doc, null, 'div', info, cb);
  g.createSpan = (info?: DomElementInfo | string, cb?: Callback<HTMLSpanElement>) => create(doc, null, 'span', info, cb);
  g.createSvg = (tag: keyof SVGElementTagNameMap, info?: DomElementInfo | string, cb?: Callback<SVGElement>) => createSvgIn(doc, null, tag, info, cb);
  g.createFragment = (cb?: Callback<DocumentFragment>) => {
    const f = doc.createDocumentFragment();
    if (cb) cb(f);
    return f;
  };
  g.activeDocument = doc;
  g.activeWindow = win;
}
