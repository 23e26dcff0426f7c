// A tiny YAML subset for the mock's frontmatter: `key: value`, `key: [a, b]`, and `- item` lists
// under a key; scalars are strings, numbers, booleans or null. Throws on lines it cannot read,
// like Obsidian leaves `frontmatter` unset when the YAML is invalid.

function scalar(raw: string): unknown {
  const v = raw.trim();
  if (v === '' || v === '~' || v === 'null') return null;
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  if (v.startsWith('[') && v.endsWith(']')) {
    const inner = v.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((s) => scalar(s));
  }
  if (/^[[{]/.test(v) || /: /.test(v) || v.startsWith('"') || v.startsWith("'")) throw new Error(`Cannot parse YAML value: ${v}`);
  return v;
}

export function parseYaml(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let listKey: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && listKey !== null) {
      (out[listKey] as unknown[]).push(scalar(item[1]));
      continue;
    }
    const kv = /^([^\s:#][^:]*):(?:\s+(.*))?$/.exec(line);
    if (!kv) throw new Error(`Cannot parse YAML line: ${line}`);
    const key = kv[1].trim();
    const value = kv[2] ?? '';
    if (value.trim() === '') {
      out[key] = [];
      listKey = key;
    } else {
      out[key] = scalar(value);
      listKey = null;
    }
  }
  // A key with no value and no list items is null, as in YAML.
  for (const [k, v] of Object.entries(out)) if (Array.isArray(v) && v.length === 0 && !text.includes(`${k}: []`)) out[k] = null;
  return out;
}

function quote(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /^[\w][\w .,/()-]*$/.test(s) && !/^(true|false|null|-?\d)/.test(s) ? s : JSON.stringify(s);
}

export function stringifyYaml(obj: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (Array.isArray(v)) {
      if (v.length === 0) lines.push(`${k}: []`);
      else {
        lines.push(`${k}:`);
        for (const item of v) lines.push(`  - ${quote(item)}`);
      }
    } else lines.push(`${k}: ${quote(v)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
