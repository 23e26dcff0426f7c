// The whole CLI as one function: arguments in, text out, exit code back. Tests call it in-process;
// main.ts wires it to the real process. Nothing escapes as a stack trace.
import { parseArgs, usage } from './args';
import { runCoverage } from './commands/coverage';
import { runDrill } from './commands/drill';
import { runExtract } from './commands/extract';
import { runHistory } from './commands/history';
import { runIndex } from './commands/index-command';
import { runLint } from './commands/lint';
import { runNewStory } from './commands/new-story';
import { runPlan } from './commands/plan';
import { runStarter } from './commands/starter';
import { runTag } from './commands/tag';
import { loadVault } from './load-vault';
import { UsageError } from './usage-error';
import { VERSION } from './version';
import { nodeFs, type VaultFs } from './vault-fs';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The file system to read vaults from (tests substitute failures). */
  fs?: VaultFs;
}

/** Exit code for a bug in the CLI itself (bad input gives 2, lint errors 1). */
export const INTERNAL_ERROR = 3;

export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].trim() || 'unknown error';
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.version) {
      io.stdout(`obsidian-interview-prep ${VERSION}\n`);
      return 0;
    }
    if (args.help) {
      io.stdout(usage(args.command));
      return 0;
    }
    const root = args.vault as string;
    const vault = await loadVault(io.fs ?? nodeFs, root);
    if (vault.settings.problem) io.stderr(`obsidian-interview-prep: ${vault.settings.problem}\n`);
    switch (args.command) {
      case 'index':
        return runIndex(vault, root, args.json, io.stdout);
      case 'coverage':
        return runCoverage(vault, args.set, args.json ? 'json' : (args.format ?? 'table'), io.stdout);
      case 'lint':
        return runLint(vault, args.json, io.stdout);
      case 'drill':
        return await runDrill(vault, root, args, { ...io, fs: io.fs ?? nodeFs });
      case 'history':
        return await runHistory(vault, root, args.json, { ...io, fs: io.fs ?? nodeFs });
      case 'new-story':
        return runNewStory(vault, root, { title: args.title, principle: args.principle }, vault.settings.authoring, io.stdout);
      case 'extract':
        return runExtract(vault, root, { note: args.note, line: args.line }, vault.settings.authoring, io.stdout);
      case 'plan':
        return await runPlan(vault, root, args, { ...io, fs: io.fs ?? nodeFs });
      case 'starter':
        return runStarter(root, args.starterSet, vault.settings.index, io.stdout, undefined, { existing: vault.snapshot.sets, force: args.force });
      case 'tag':
        return runTag(vault, root, { note: args.note, principle: args.principle, secondary: args.secondary, remove: args.remove }, vault.settings.authoring, io.stdout, io.stderr);
      default:
        throw new UsageError('missing command');
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`obsidian-interview-prep: ${oneLine(err)}\n`);
      return err.exitCode;
    }
    io.stderr(`obsidian-interview-prep: internal error: ${oneLine(err)}\n`);
    return INTERNAL_ERROR;
  }
}
