// JSON output: two-space indentation and a final newline.
export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
