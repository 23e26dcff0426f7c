// Bases (Obsidian 1.10+): the classes a plugin's Bases view sees — BasesView, BasesEntry,
// BasesQueryResult, BasesViewConfig, QueryController — and, mock only, mountBase(), which plays
// Obsidian running a Base: the test gives the entries the Base's filters and sort produced.
import { Component } from './events';
import type { App } from './app';
import type { TFile } from './files';

type PropertyId = `${'note' | 'formula' | 'file'}.${string}`;

export class BasesEntry {
  file: TFile;
  constructor(file: TFile) {
    this.file = file;
  }

  /** Mock: `file.name` and `file.path`; null for anything else. */
  getValue(propertyId: PropertyId): unknown {
    if (propertyId === 'file.name') return this.file.basename;
    if (propertyId === 'file.path') return this.file.path;
    return null;
  }
}

export class BasesQueryResult {
  data: BasesEntry[];
  constructor(data: BasesEntry[]) {
    this.data = data;
  }

  get groupedData(): { key?: unknown; entries: BasesEntry[] }[] {
    return [{ entries: this.data }];
  }

  get properties(): PropertyId[] {
    return [];
  }
}

export class BasesViewConfig {
  name: string;
  /** Mock only: the view's entry in the .base file (its options). */
  values: Record<string, unknown>;
  constructor(name: string, values: Record<string, unknown> = {}) {
    this.name = name;
    this.values = { ...values };
  }

  get(key: string): unknown {
    return this.values[key];
  }

  set(key: string, value: unknown): void {
    if (value === null) delete this.values[key];
    else this.values[key] = value;
  }

  getAsPropertyId(key: string): PropertyId | null {
    const v = this.values[key];
    return typeof v === 'string' && /^(note|formula|file)\./.test(v) ? (v as PropertyId) : null;
  }

  getOrder(): PropertyId[] {
    return [];
  }

  getSort(): { property: PropertyId; direction: 'ASC' | 'DESC' }[] {
    return [];
  }

  getDisplayName(propertyId: PropertyId): string {
    return propertyId.replace(/^(note|formula|file)\./, '');
  }
}

export class QueryController extends Component {
  /** Mock only. */
  app: App;
  config: BasesViewConfig;
  result: BasesQueryResult = new BasesQueryResult([]);
  constructor(app: App, config: BasesViewConfig) {
    super();
    this.app = app;
    this.config = config;
  }
}

export abstract class BasesView extends Component {
  abstract type: string;
  app: App;
  config: BasesViewConfig;
  allProperties: PropertyId[] = [];
  data: BasesQueryResult;

  protected constructor(controller: QueryController) {
    super();
    this.app = controller.app;
    this.config = controller.config;
    this.data = controller.result;
  }

  abstract onDataUpdated(): void;

  async createFileForView(): Promise<void> {
    throw new Error('mock: createFileForView is not simulated');
  }
}

export interface BasesViewRegistration {
  name: string;
  icon: string;
  factory: (controller: QueryController, containerEl: HTMLElement) => BasesView;
  options?: (config: BasesViewConfig) => unknown[];
}

export interface MountedBase {
  view: BasesView;
  containerEl: HTMLElement;
  config: BasesViewConfig;
  /** New query results (the Base's filter and sort applied, by the test): paths in order. */
  update(paths: string[]): void;
  close(): void;
}

/** Mock only: opens a Base's view of type `viewId` on `paths` (its entries, in its order) in `parent`. */
export function mountBase(app: App, viewId: string, paths: string[], options: Record<string, unknown> = {}, parent?: HTMLElement): MountedBase {
  const registration = app.basesViews.get(viewId);
  if (!registration) throw new Error(`mock: no Bases view "${viewId}" registered`);
  const config = new BasesViewConfig(registration.name, options);
  const controller = new QueryController(app, config);
  const containerEl = (parent ?? document.body).createDiv({ cls: 'bases-view' });
  const view = registration.factory(controller, containerEl);
  controller.addChild(view);
  controller.load();
  const update = (list: string[]): void => {
    const entries = list.map((p) => {
      const file = app.vault.getFileByPath(p);
      if (!file) throw new Error(`mock: no file ${p}`);
      return new BasesEntry(file);
    });
    controller.result = new BasesQueryResult(entries);
    view.data = controller.result;
    view.onDataUpdated();
  };
  update(paths);
  return {
    view,
    containerEl,
    config,
    update,
    close: () => {
      controller.unload();
      containerEl.remove();
    },
  };
}
