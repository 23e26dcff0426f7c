// Setting rows and their controls. Controls fire onChange from real DOM events, so tests change a
// value by setting it on the element and dispatching `input`/`change`, or by clicking a toggle.

type ChangeFn<T> = (value: T) => unknown;

export class BaseComponent {
  disabled = false;

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }

  then(cb: (component: this) => unknown): this {
    cb(this);
    return this;
  }
}

abstract class ValueComponent<T> extends BaseComponent {
  abstract getValue(): T;
  abstract setValue(value: T): this;
}

export class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
  private handlers: ChangeFn<string>[] = [];

  constructor(readonly inputEl: E) {
    super();
    inputEl.addEventListener('input', () => this.onChanged());
  }

  getValue(): string {
    return this.inputEl.value;
  }

  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }

  setPlaceholder(placeholder: string): this {
    this.inputEl.setAttribute('placeholder', placeholder);
    return this;
  }

  onChanged(): void {
    for (const h of this.handlers) h(this.getValue());
  }

  onChange(callback: ChangeFn<string>): this {
    this.handlers.push(callback);
    return this;
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    const input = document.createElement('input');
    input.type = 'text';
    containerEl.appendChild(input);
    super(input);
  }
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    const area = document.createElement('textarea');
    containerEl.appendChild(area);
    super(area);
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  toggleEl: HTMLElement;
  private value = false;
  private handlers: ChangeFn<boolean>[] = [];

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = document.createElement('div');
    this.toggleEl.classList.add('checkbox-container');
    this.toggleEl.addEventListener('click', () => {
      this.setValue(!this.value);
    });
    containerEl.appendChild(this.toggleEl);
  }

  getValue(): boolean {
    return this.value;
  }

  setValue(on: boolean): this {
    const changed = on !== this.value;
    this.value = on;
    this.toggleEl.classList.toggle('is-enabled', on);
    if (changed) for (const h of this.handlers) h(on);
    return this;
  }

  setTooltip(tooltip: string): this {
    this.toggleEl.setAttribute('aria-label', tooltip);
    return this;
  }

  onChange(callback: ChangeFn<boolean>): this {
    this.handlers.push(callback);
    return this;
  }
}

export class DropdownComponent extends ValueComponent<string> {
  selectEl: HTMLSelectElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = document.createElement('select');
    this.selectEl.classList.add('dropdown');
    containerEl.appendChild(this.selectEl);
  }

  addOption(value: string, display: string): this {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = display;
    this.selectEl.appendChild(o);
    return this;
  }

  addOptions(options: Record<string, string>): this {
    for (const [v, d] of Object.entries(options)) this.addOption(v, d);
    return this;
  }

  getValue(): string {
    return this.selectEl.value;
  }

  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }

  onChange(callback: ChangeFn<string>): this {
    this.selectEl.addEventListener('change', () => callback(this.getValue()));
    return this;
  }
}

export class SliderComponent extends ValueComponent<number> {
  sliderEl: HTMLInputElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = document.createElement('input');
    this.sliderEl.type = 'range';
    containerEl.appendChild(this.sliderEl);
  }

  setLimits(min: number | null, max: number | null, step: number | 'any'): this {
    if (min !== null) this.sliderEl.min = String(min);
    if (max !== null) this.sliderEl.max = String(max);
    this.sliderEl.step = String(step);
    return this;
  }

  setDynamicTooltip(): this {
    return this;
  }

  getValue(): number {
    return Number(this.sliderEl.value);
  }

  setValue(value: number): this {
    this.sliderEl.value = String(value);
    return this;
  }

  onChange(callback: ChangeFn<number>): this {
    this.sliderEl.addEventListener('change', () => callback(this.getValue()));
    return this;
  }
}

export class ButtonComponent extends BaseComponent {
  buttonEl: HTMLButtonElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = document.createElement('button');
    containerEl.appendChild(this.buttonEl);
  }

  setButtonText(name: string): this {
    this.buttonEl.textContent = name;
    return this;
  }

  setIcon(icon: string): this {
    this.buttonEl.dataset.icon = icon;
    return this;
  }

  setTooltip(tooltip: string): this {
    this.buttonEl.setAttribute('aria-label', tooltip);
    return this;
  }

  setCta(): this {
    this.buttonEl.classList.add('mod-cta');
    return this;
  }

  setWarning(): this {
    this.buttonEl.classList.add('mod-warning');
    return this;
  }

  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener('click', callback);
    return this;
  }
}

export class ExtraButtonComponent extends ButtonComponent {}

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];

  constructor(containerEl: HTMLElement) {
    const div = (cls: string, parent: HTMLElement): HTMLElement => {
      const el = document.createElement('div');
      el.classList.add(cls);
      parent.appendChild(el);
      return el;
    };
    this.settingEl = div('setting-item', containerEl);
    this.infoEl = div('setting-item-info', this.settingEl);
    this.nameEl = div('setting-item-name', this.infoEl);
    this.descEl = div('setting-item-description', this.infoEl);
    this.controlEl = div('setting-item-control', this.settingEl);
  }

  setName(name: string | DocumentFragment): this {
    this.nameEl.replaceChildren(name);
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    this.descEl.replaceChildren(desc);
    return this;
  }

  setClass(cls: string): this {
    this.settingEl.classList.add(cls);
    return this;
  }

  setTooltip(tooltip: string): this {
    this.settingEl.setAttribute('aria-label', tooltip);
    return this;
  }

  setHeading(): this {
    this.settingEl.classList.add('setting-item-heading');
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.settingEl.classList.toggle('is-disabled', disabled);
    return this;
  }

  private add<C extends BaseComponent>(component: C, cb: (c: C) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }

  addText(cb: (c: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }

  addTextArea(cb: (c: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }

  addToggle(cb: (c: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }

  addDropdown(cb: (c: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }

  addSlider(cb: (c: SliderComponent) => unknown): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }

  addButton(cb: (c: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }

  addExtraButton(cb: (c: ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }

  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }
}
