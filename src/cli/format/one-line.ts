// Text from notes printed on one line: line breaks and tabs become spaces, and control characters
// (a note could hold ANSI escape sequences that would repaint the user's terminal) are dropped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e]/g;

export function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** For markdown: also keeps `<tags>` from being read as HTML. */
export function markdownText(text: string): string {
  return oneLine(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
