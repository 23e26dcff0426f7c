// Local calendar dates as the drill log and settings write them: `yyyy-MM-dd` and
// `yyyy-MM-dd HH:mm`, in the user's time zone. Small on purpose: date-fns' `format` and `parse`
// bring its whole locale machinery (about 40 KB of the mobile bundle) for these two patterns.

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `yyyy-MM-dd` of a date, local time. */
export function formatDay(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `yyyy-MM-dd HH:mm` of a date, local time. */
export function formatMinute(d: Date): string {
  return `${formatDay(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MINUTE = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2})$/;

/** A local date from its parts, or null when one is out of range (month 13, 30 February, 24:00). */
function localDate(y: number, mo: number, d: number, h = 0, mi = 0): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return null;
  const date = new Date(2000, 0, 1, h, mi);
  date.setFullYear(y, mo - 1, d);
  return date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

/** Local midnight of a `yyyy-MM-dd` text (one-digit month and day accepted), or null. */
export function parseDay(text: string): Date | null {
  const m = DAY.exec(text);
  return m ? localDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The local minute of a `yyyy-MM-dd HH:mm` text (one-digit fields accepted), or null. */
export function parseMinute(text: string): Date | null {
  const m = MINUTE.exec(text);
  return m ? localDate(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) : null;
}
