// The drill log on disk for the CLI: read and appended in the log's own encoding (UTF-8 with or
// without BOM, UTF-16 LE/BE) and line ending; a new log is created with the `wx` flag, so an
// existing file is never overwritten.
import { promises as fsp } from 'fs';
import { dirname, join } from 'path';
import { appendText, LOG_HEADER, parseLog, type ParsedLog } from '../../core/drill/log-format';
import type { Attempt } from '../../core/drill/types';
import { decodeText, encodeText, isWholeText, readTextFile } from '../text-file';
import { UsageError } from '../usage-error';
import type { VaultFs } from '../vault-fs';

export function logFile(root: string, logPath: string): string {
  return join(root, ...logPath.split('/'));
}

/** The parsed log, or an empty one when the note does not exist yet. */
export async function readLogFile(fs: VaultFs, root: string, logPath: string): Promise<ParsedLog> {
  const file = logFile(root, logPath);
  // Promise.resolve: works whether this VaultFs answers synchronously or with promises.
  if ((await Promise.resolve(fs.kindOf(file))) !== 'file') return parseLog('');
  return parseLog(readTextFile(file).text);
}

/** One stderr line per log line that does not parse (the line itself is left alone). */
export function malformedNotes(log: ParsedLog, logPath: string): string[] {
  return log.malformed.map((m) => `obsidian-interview-prep: ${logPath}:${m.line}: skipped a line that does not parse (${m.reason})\n`);
}

export async function appendAttempts(root: string, logPath: string, attempts: readonly Attempt[]): Promise<void> {
  if (attempts.length === 0) return;
  const file = logFile(root, logPath);
  let existing: Buffer | null = null;
  try {
    existing = await fsp.readFile(file);
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err;
  }
  if (existing === null) {
    await fsp.mkdir(dirname(file), { recursive: true });
    await fsp.writeFile(file, LOG_HEADER + appendText('', attempts), { encoding: 'utf8', flag: 'wx' });
    return;
  }
  const { text, encoding } = decodeText(existing);
  if (!isWholeText(existing, encoding)) throw new UsageError(`cannot add to ${logPath}: it is UTF-16 with a stray byte at the end`);
  const added = encodeText(appendText(text, attempts), encoding, false);
  await fsp.appendFile(file, added);
  // Checked after writing: the old bytes, then exactly ours. Ours alone are taken back if not.
  const after = await fsp.readFile(file);
  if (after.equals(Buffer.concat([existing, added]))) return;
  if (after.subarray(0, existing.length).equals(existing) && after.subarray(existing.length).equals(added.subarray(0, after.length - existing.length))) {
    await fsp.truncate(file, existing.length);
  }
  throw new UsageError(`could not add to ${logPath}: the note changed while it was being written; try again`);
}
