// Spoken answers recorded in a drill: which audio container to ask the browser for, what the file
// is called, how long the answer was, and how the drill log links it. Pure: the browser's
// MediaRecorder is asked through `isTypeSupported`, the clock's readings come in as dates.
import { noteNameFrom } from '../authoring/file-name';
import { formatDay } from '../local-date';

export interface RecordingFormat {
  /** What MediaRecorder is created with (`audio/webm;codecs=opus`). */
  mimeType: string;
  /** The file's extension, without the dot (`webm`). */
  extension: string;
}

/**
 * In order of preference: Opus in WebM (Chromium on desktop and Android, Firefox), AAC in MP4
 * (Safari and every iOS browser, which have no WebM recorder), then Ogg (older Firefox).
 */
export const RECORDING_FORMATS: readonly RecordingFormat[] = [
  { mimeType: 'audio/webm;codecs=opus', extension: 'webm' },
  { mimeType: 'audio/webm', extension: 'webm' },
  { mimeType: 'audio/mp4', extension: 'm4a' },
  { mimeType: 'audio/ogg;codecs=opus', extension: 'ogg' },
];

/** The first format the platform can record, or null when it can record none of them. */
export function chooseRecordingFormat(isTypeSupported: (mimeType: string) => boolean): RecordingFormat | null {
  return RECORDING_FORMATS.find((f) => isTypeSupported(f.mimeType)) ?? null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `Drill 2026-11-29 1412 Ownership.webm`: when the answer was recorded (local time; no `:`, which
 * Windows and iOS refuse in a file name) and the question's first principle, made a portable file
 * name by the same rules as a new story note's. Without a principle: `Drill 2026-11-29 1412.webm`.
 */
export function recordingFileName(startedAt: Date, principle: string | null, extension: string): string {
  const stem = `Drill ${formatDay(startedAt)} ${pad(startedAt.getHours())}${pad(startedAt.getMinutes())}`;
  const name = noteNameFrom(principle && principle.trim() !== '' ? `${stem} ${principle}` : stem, stem);
  return `${name}.${extension}`;
}

/** Whole seconds from the start of a recording to its stop (never negative). */
export function spokenSeconds(startedAt: Date, stoppedAt: Date): number {
  return Math.max(0, Math.round((stoppedAt.getTime() - startedAt.getTime()) / 1000));
}

/** The drill log's `recording` value: a wikilink to the file's vault path, so the note links it. */
export function recordingLink(path: string): string {
  return `[[${path}]]`;
}

/**
 * The vault path in a `recording` value: `[[path]]` or `[[path|shown]]` (as the plugin writes it,
 * and as Obsidian rewrites it when the file is renamed), a markdown link `[shown](path%20x.webm)`
 * (Obsidian's other link format), or a bare path. Null when nothing is left.
 */
export function recordingPath(value: string): string | null {
  const v = value.trim();
  const wiki = /^!?\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/.exec(v);
  if (wiki) return wiki[1].trim() || null;
  const md = /^!?\[[^\]]*\]\(<?([^)>]+)>?\)$/.exec(v);
  if (md) {
    try {
      return decodeURI(md[1]).trim() || null;
    } catch {
      return md[1].trim() || null;
    }
  }
  return v === '' ? null : v;
}
