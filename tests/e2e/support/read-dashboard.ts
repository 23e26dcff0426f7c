// Reads what the dashboard shows, from the page's DOM, as plain data (table semantics, not styling).
import type { Page } from 'playwright-core';

export interface MatrixView {
  /** Full principle names, from each column header's label. */
  columns: string[];
  rows: { title: string; marks: ('primary' | 'secondary' | 'suggested' | '')[] }[];
  totals: { text: string; status: string }[];
}

export function readMatrix(page: Page, root = '.ip-dashboard'): Promise<MatrixView> {
  return page.evaluate((rootSel) => {
    const table = document.querySelector(`${rootSel} table`);
    if (!table) throw new Error(`no matrix table under ${rootSel}`);
    const label = (el: Element): string =>
      el.querySelector('[aria-label]')?.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '';
    const columns = Array.from(table.querySelectorAll('thead th')).slice(1).map(label);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) => ({
      title: tr.querySelector('th [data-ip-path]')?.textContent ?? '',
      marks: Array.from(tr.querySelectorAll('td')).map((td) => {
        const m = /\bip-cell-(primary|secondary|suggested)\b/.exec(td.className);
        return (m ? m[1] : '') as 'primary' | 'secondary' | 'suggested' | '';
      }),
    }));
    const totals = Array.from(table.querySelectorAll('tfoot tr.ip-totals td')).map((td) => ({
      text: td.textContent ?? '',
      status: /\bip-status-(gap|thin|ok)\b/.exec(td.className)?.[1] ?? '',
    }));
    return { columns, rows, totals };
  }, root);
}

/** WCAG contrast ratio between an element's text colour and the background it sits on. */
export function contrastOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no element ${sel}`);
    const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).map(Number);
    const background = (start: Element | null): number[] => {
      for (let e = start; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length >= 3 && (c.length === 3 || c[3] > 0.5)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const lum = ([r, g, b]: number[]): number => {
      const f = (v: number): number => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const fg = lum(rgb(getComputedStyle(el).color).slice(0, 3));
    const bg = lum(background(el));
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  }, selector);
}
