// Quoting a string for YAML: always a double-quoted scalar, so `[[Set#Name]]`, `Are Right, A Lot`,
// `#tag` or `yes` are read back as the same string and never as a list, a comment or a boolean.

export function yamlQuote(value: string): string {
  let out = '"';
  for (const ch of value) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    // Control characters, and the Unicode line/paragraph separators YAML may treat as breaks.
    else if (c < 0x20 || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}
