// Obsidian's free functions the plugin uses.

export interface Debouncer<T extends unknown[], V> {
  (...args: [...T]): this;
  cancel(): this;
  run(): V | void;
}

/** As Obsidian's: trailing call after `timeout` ms; `resetTimer` restarts the wait on each call. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: T | null = null;
  const fire = (): V | void => {
    timer = null;
    if (!lastArgs) return;
    const args = lastArgs;
    lastArgs = null;
    return cb(...args);
  };
  const d = function (this: unknown, ...args: [...T]) {
    lastArgs = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = setTimeout(fire, timeout);
    return d;
  } as Debouncer<T, V>;
  d.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastArgs = null;
    return d;
  };
  d.run = () => {
    if (timer !== null) clearTimeout(timer);
    return fire();
  };
  return d;
}

export function normalizePath(path: string): string {
  const p = path.replace(/[\\/]+/g, '/').replace(/^\/+|\/+$/g, '').replace(/\u00A0|\u202F/g, ' ');
  return p === '' ? '/' : p.normalize('NFC');
}

/** Mock: records the icon id instead of drawing an SVG. */
export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.setAttribute('data-icon', iconId);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttribute('aria-label', tooltip);
}

export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
};

export const apiVersion = '1.8.7';

/** Mock only: the Obsidian version requireApiVersion answers for (the typings' 1.13.1); tests lower it. */
export const mockApi = { version: '1.13.1' };

/** True when the running Obsidian is `version` or later. */
export function requireApiVersion(version: string): boolean {
  const parts = (v: string): number[] => v.split('.').map((n) => Number(n) || 0);
  const [have, want] = [parts(mockApi.version), parts(version)];
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    if ((have[i] ?? 0) !== (want[i] ?? 0)) return (have[i] ?? 0) > (want[i] ?? 0);
  }
  return true;
}
