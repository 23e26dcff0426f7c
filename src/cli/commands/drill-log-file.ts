// The drill log on disk for the CLI: read it through VaultFs, append through Node's fs only
// (a new log is created with the `wx` flag, so an existing file is never overwritten).
import { promises as fsp } from 'fs';
import { dirname, join } from 'path';
import { appendText, LOG_HEADER, parseLog, type ParsedLog } from '../../core/drill/log-format';
import type { Attempt } from '../../core/drill/types';
import type { VaultFs } from '../vault-fs';

export function logFile(root: string, logPath: string): string {
  return join(root, ...logPath.split('/'));
}

/** The parsed log, or an empty one when the note does not exist yet. */
export async function readLogFile(fs: VaultFs, root: string, logPath: string): Promise<ParsedLog> {
  const file = logFile(root, logPath);
  // Promise.resolve: works whether this VaultFs answers synchronously or with promises.
  if ((await Promise.resolve(fs.kindOf(file))) !== 'file') return parseLog('');
  return parseLog(await Promise.resolve(fs.readText(file)));
}

/** One stderr line per log line that does not parse (the line itself is left alone). */
export function malformedNotes(log: ParsedLog, logPath: string): string[] {
  return log.malformed.map((m) => `interview-prep: ${logPath}:${m.line}: skipped a line that does not parse (${m.reason})\n`);
}

export async function appendAttempts(root: string, logPath: string, attempts: readonly Attempt[]): Promise<void> {
  if (attempts.length === 0) return;
  const file = logFile(root, logPath);
  let existing: string | null = null;
  try {
    existing = await fsp.readFile(file, 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err;
  }
  if (existing === null) {
    await fsp.mkdir(dirname(file), { recursive: true });
    await fsp.writeFile(file, LOG_HEADER + appendText('', attempts), { encoding: 'utf8', flag: 'wx' });
  } else {
    await fsp.appendFile(file, appendText(existing, attempts), 'utf8');
  }
}
