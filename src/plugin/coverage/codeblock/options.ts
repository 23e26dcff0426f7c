// Options of an ```interview-prep``` code block: `set: amazon` and `show: summary | matrix | gaps |
// warnings` (one value or several, separated by commas, spaces or `|`). Anything else is an
// error message shown in place of the block.
import type { DashboardSection } from '../dashboard/model';
import { DASHBOARD_SECTIONS } from '../dashboard/model';

export interface BlockOptions {
  /** The set asked for, or null for the default set. */
  set: string | null;
  sections: DashboardSection[];
}

export type ParsedOptions = { ok: true; options: BlockOptions } | { ok: false; error: string };

const KEYS = ['set', 'show'];
const SHOW_HELP = 'summary, matrix, gaps or warnings';

export function parseBlockOptions(source: string): ParsedOptions {
  let set: string | null = null;
  let sections: DashboardSection[] | null = null;
  const seen = new Set<string>();
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#') || line.startsWith('//')) continue;
    const m = /^([^:]+):(.*)$/.exec(line);
    if (!m) return { ok: false, error: `Line ${i + 1}: expected "key: value" (keys: set, show), found "${line}".` };
    const key = m[1].trim().toLowerCase();
    const value = m[2].trim();
    if (!KEYS.includes(key)) return { ok: false, error: `Unknown option "${m[1].trim()}". Use set: and show:.` };
    if (seen.has(key)) return { ok: false, error: `Option "${key}" is given twice.` };
    seen.add(key);
    if (value === '') return { ok: false, error: `Option "${key}" needs a value.` };
    if (key === 'set') set = value;
    else {
      const parts = value.split(/[\s,|]+/).filter((p) => p !== '');
      const chosen: DashboardSection[] = [];
      for (const p of parts) {
        const section = DASHBOARD_SECTIONS.find((s) => s === p.toLowerCase());
        if (!section) return { ok: false, error: `Unknown value "${p}" for show: use ${SHOW_HELP}.` };
        if (!chosen.includes(section)) chosen.push(section);
      }
      sections = chosen;
    }
  }
  return { ok: true, options: { set, sections: sections ?? [...DASHBOARD_SECTIONS] } };
}
