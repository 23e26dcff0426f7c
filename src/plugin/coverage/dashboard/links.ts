// Clickable entries carry their target in data attributes; one delegated listener on the
// dashboard root opens them (no listener per cell or row).

export const PATH_ATTR = 'data-ip-path';
export const LINE_ATTR = 'data-ip-line';
export const SORT_ATTR = 'data-ip-sort';

/** A focusable link-like span that opens `path` at `line` (1-based) when clicked. */
export function noteLink(parent: HTMLElement, text: string, path: string, line: number, title?: string): HTMLElement {
  const el = parent.createSpan({ cls: 'ip-link', text, attr: { [PATH_ATTR]: path, [LINE_ATTR]: line, role: 'link', tabindex: 0 } });
  if (title) el.setAttr('title', title);
  return el;
}

export interface LinkTarget {
  path: string;
  line: number;
}

/** The note target of a click inside the dashboard, if any. */
export function targetOf(el: Element | null, root: HTMLElement): LinkTarget | null {
  const hit = el?.closest(`[${PATH_ATTR}]`);
  if (!hit || !root.contains(hit)) return null;
  const path = hit.getAttribute(PATH_ATTR) ?? '';
  const line = Number(hit.getAttribute(LINE_ATTR) ?? '1');
  return path ? { path, line: Number.isFinite(line) && line > 0 ? line : 1 } : null;
}
