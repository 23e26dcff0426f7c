// Command-line parsing: `obsidian-interview-prep <command> <vault> [options]`. Every mistake is a UsageError
// with one line of text; nothing here touches the file system.
import { UsageError } from './usage-error';

export type CommandName = 'index' | 'coverage' | 'lint' | 'drill' | 'history' | 'new-story' | 'starter' | 'extract' | 'tag' | 'plan';
export type OutputFormat = 'table' | 'markdown' | 'csv' | 'json';

export const FORMATS: readonly OutputFormat[] = ['table', 'markdown', 'csv', 'json'];

/** `tag <vault> <note>`: primary, secondary and removed principles (see commands/tag.ts). */
const TAG_FLAGS = ['--principle', '--secondary', '--remove'];

/** The options each command accepts (`--help` is accepted everywhere). */
export const COMMANDS: Record<CommandName, { summary: string; flags: readonly string[] }> = {
  index: { summary: 'index the vault; --json prints the whole index', flags: ['--json'] },
  coverage: { summary: 'stories x principles matrix, counts, loop readiness', flags: ['--set', '--format', '--json'] },
  lint: { summary: 'warnings and story health; exit 1 on errors', flags: ['--json'] },
  drill: { summary: 'a drill weighted toward weak spots; --interactive runs it', flags: ['--count', '--seed', '--set', '--principle', '--json', '--interactive'] },
  history: { summary: 'drill log per question: attempts, last rating, next due', flags: ['--json'] },
  'new-story': { summary: 'create a STAR story note from the template; prints its path', flags: ['--title', '--principle'] },
  starter: { summary: 'create a starter principle set: amazon, google or meta; prints its path', flags: ['--force'] },
  extract: { summary: 'move the inline story at a line of a note into its own story note', flags: ['--line'] },
  tag: { summary: 'add or remove a story note\'s principles, as the plugin\'s Tag modal does', flags: TAG_FLAGS },
  plan: { summary: 'loop plan: per interviewer and principle a story, a backup, key numbers', flags: ['--set', '--interviewers', '--json'] },
};

/** Flags that take a value (`--set S` or `--set=S`). */
const VALUE_FLAGS = new Set(['--set', '--format', '--count', '--seed', '--principle', '--title', '--line', '--secondary', '--remove', '--interviewers']);
const KNOWN_FLAGS = new Set(['--json', '--set', '--format', '--help', '-h', '--count', '--seed', '--principle', '--interactive', '--title', '--line', '--secondary', '--remove', '--force', '--version', '--interviewers']);

export interface ParsedArgs {
  help: boolean;
  command: CommandName | null;
  vault: string | null;
  json: boolean;
  set: string | null;
  format: OutputFormat | null;
  /** drill: --count N (a positive integer). */
  count: number | null;
  /** drill: --seed S (digits or any text). */
  seed: string | null;
  /** drill: --principle NAME. */
  principle: string | null;
  /** drill: --interactive. */
  interactive: boolean;
  /** new-story: --title T. */
  title: string | null;
  /** plan: --interviewers N (a positive integer). */
  interviewers: number | null;
  /** starter: the set to create (amazon, google, meta), the positional after the vault. */
  starterSet: string | null;
  /** extract and tag: the note (vault-relative path), the positional after the vault. */
  note: string | null;
  /** extract: --line N, a 1-based line inside the inline story. */
  line: number | null;
  /** tag: --secondary Q / --remove R. */
  secondary: string | null;
  remove: string | null;
  /** starter: --force, write a set the vault already has. */
  force: boolean;
  /** --version: print the version and stop. */
  version: boolean;
}

function isCommand(s: string): s is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, s);
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { help: false, command: null, vault: null, json: false, set: null, format: null, count: null, seed: null, principle: null, interactive: false, title: null, starterSet: null, note: null, line: null, secondary: null, remove: null, force: false, version: false, interviewers: null };
  const positionals: string[] = [];
  const seen: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!KNOWN_FLAGS.has(flag)) throw new UsageError(`unknown option ${flag}`);
    if (flag === '--help' || flag === '-h') {
      out.help = true;
      continue;
    }
    if (flag === '--version') {
      out.version = true;
      continue;
    }
    let value: string | null = null;
    if (VALUE_FLAGS.has(flag)) {
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
      if (value === null || value === '') throw new UsageError(`option ${flag} needs a value`);
    } else if (eq > 0) {
      throw new UsageError(`option ${flag} takes no value`);
    }
    seen.push(flag);
    if (flag === '--json') out.json = true;
    else if (flag === '--set') out.set = value;
    else if (flag === '--seed') out.seed = value;
    else if (flag === '--principle') out.principle = value;
    else if (flag === '--interactive') out.interactive = true;
    else if (flag === '--title') out.title = value;
    else if (flag === '--line') {
      if (!/^[1-9]\d{0,8}$/.test(value as string)) throw new UsageError(`option --line needs a line number (1 or more), not "${value}"`);
      out.line = Number(value);
    }
    else if (flag === '--secondary') out.secondary = value;
    else if (flag === '--remove') out.remove = value;
    else if (flag === '--force') out.force = true;
    else if (flag === '--count' || flag === '--interviewers') {
      if (!/^[1-9]\d{0,5}$/.test(value as string)) throw new UsageError(`option ${flag} needs a positive whole number, not "${value}"`);
      if (flag === '--count') out.count = Number(value);
      else out.interviewers = Number(value);
    }
    else if (flag === '--format') {
      if (!(FORMATS as readonly string[]).includes(value as string)) {
        throw new UsageError(`unknown format "${value}" (use ${FORMATS.join(', ')})`);
      }
      out.format = value as OutputFormat;
    }
  }
  if (out.version) return out;
  // `help <command>` is `<command> --help`.
  if (positionals[0] === 'help' && positionals.length <= 2) {
    if (positionals.length === 2 && !isCommand(positionals[1])) throw new UsageError(`unknown command "${positionals[1]}" (use ${Object.keys(COMMANDS).join(', ')})`);
    out.help = true;
    out.command = positionals.length === 2 ? (positionals[1] as CommandName) : null;
    return out;
  }
  if (out.help && positionals.length <= 1 && (positionals.length === 0 || isCommand(positionals[0]))) {
    out.command = positionals.length === 1 ? (positionals[0] as CommandName) : null;
    return out;
  }
  if (positionals.length === 0) throw new UsageError('missing command (index, coverage, lint, drill, history, new-story, starter, extract or plan); try --help');
  const [command, vault, ...extra] = positionals;
  if (!isCommand(command)) throw new UsageError(`unknown command "${command}" (use ${Object.keys(COMMANDS).join(', ')})`);
  out.command = command;
  if (out.help) return out;
  if (vault === undefined) throw new UsageError(`missing vault folder: obsidian-interview-prep ${command} <vault>`);
  if (command === 'starter') out.starterSet = extra.shift() ?? null;
  if (command === 'extract' || command === 'tag') out.note = extra.shift() ?? null;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  out.vault = vault;
  for (const flag of seen) {
    if (!COMMANDS[command].flags.includes(flag)) throw new UsageError(`option ${flag} is not valid for ${command}`);
  }
  if (out.json && out.format !== null && out.format !== 'json') throw new UsageError('--json and --format conflict');
  if (out.json && out.interactive) throw new UsageError('--json and --interactive conflict');
  return out;
}

export function usage(command: CommandName | null): string {
  const lines: string[] = [];
  if (command) {
    const args =
      command === 'starter'
        ? ['amazon|google|meta', '[--force]']
        : command === 'tag'
          ? ['<note>', '[--principle P]', '[--secondary Q]', '[--remove R]']
          : [...(command === 'extract' ? ['<note>'] : []), ...COMMANDS[command].flags.map(flagHelp)];
    lines.push(`Usage: obsidian-interview-prep ${command} <vault> ${args.join(' ')}`.trimEnd(), '', COMMANDS[command].summary);
  } else {
    lines.push('Usage: obsidian-interview-prep <command> <vault> [options]', '', 'Commands:');
    for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)}${c.summary}`);
    lines.push(
      '',
      'Options:',
      '  --json              JSON output (index, lint; coverage: same as --format json)',
      '  --set S             coverage, drill, plan: the principle set (id or name); coverage default: the default set',
      '                      in the plugin\'s settings, else the set with the most stories and questions',
      `  --format F          coverage: ${FORMATS.join(' | ')} (default table)`,
      '  --count N           drill: how many questions (default 5)',
      '  --seed S            drill: same seed, same drill (default: from the clock, printed)',
      '  --principle NAME    drill: only questions of this principle; new-story: the story\'s principle; tag: add as primary',
      '  --secondary NAME    tag: add as secondary principle',
      '  --remove NAME       tag: remove the principle from the story note\'s frontmatter',
      '  --interviewers N    plan: how many interviewers to propose (default: the mock loop setting, 4)',
      '  --title T           new-story: the story\'s title',
      '  --line N            extract: a line inside the inline story (as the editor numbers it)',
      '  --interactive       drill: run it in the terminal with a timer; ratings go to the drill log',
      '  --force             starter: write the set even when the vault already has it',
      '  --help              this text; `help <command>` or `<command> --help` for one command',
      '  --version           the version',
      '',
      'Exit codes: 0 ok, 1 lint found errors or tag could not edit safely, 2 bad arguments or unreadable vault, 3 a bug in the CLI.',
    );
  }
  return lines.join('\n') + '\n';
}

function flagHelp(flag: string): string {
  if (flag === '--set') return '[--set S]';
  if (flag === '--format') return `[--format ${FORMATS.join('|')}]`;
  if (flag === '--count') return '[--count N]';
  if (flag === '--interviewers') return '[--interviewers N]';
  if (flag === '--seed') return '[--seed S]';
  if (flag === '--principle') return '[--principle NAME]';
  if (flag === '--title') return '--title T';
  if (flag === '--line') return '--line N';
  return `[${flag}]`;
}
