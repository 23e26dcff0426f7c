import { parseArgs, usage } from '../../src/cli/args';
import { UsageError } from '../../src/cli/usage-error';

function fails(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error(`parseArgs(${argv.join(' ')}) did not fail`);
}

describe('parseArgs', () => {
  it('reads a command, a vault and its options in any order', () => {
    expect(parseArgs(['coverage', '--set', 'amazon', 'my vault', '--format=csv'])).toMatchObject({
      help: false,
      command: 'coverage',
      vault: 'my vault',
      json: false,
      set: 'amazon',
      format: 'csv',
    });
    expect(parseArgs(['--json', 'index', 'v']).json).toBe(true);
    expect(parseArgs(['lint', '--', '--odd-vault-name']).vault).toBe('--odd-vault-name');
  });

  it('gives help with or without a command', () => {
    expect(parseArgs(['--help'])).toMatchObject({ help: true, command: null });
    expect(parseArgs(['coverage', '-h'])).toMatchObject({ help: true, command: 'coverage' });
    expect(usage(null)).toContain('coverage');
    expect(usage('coverage')).toContain('--format table|markdown|csv|json');
  });

  it('rejects every kind of mistake with one line', () => {
    const cases: [string[], RegExp][] = [
      [[], /missing command/],
      [['explode', 'v'], /unknown command "explode"/],
      [['index'], /missing vault/],
      [['index', 'v', 'w'], /unexpected argument "w"/],
      [['index', 'v', '--verbose'], /unknown option --verbose/],
      [['index', 'v', '--set', 'amazon'], /--set is not valid for index/],
      [['lint', 'v', '--format', 'csv'], /--format is not valid for lint/],
      [['coverage', 'v', '--format', 'xml'], /unknown format "xml"/],
      [['coverage', 'v', '--set'], /--set needs a value/],
      [['coverage', 'v', '--set='], /--set needs a value/],
      [['index', 'v', '--json=yes'], /--json takes no value/],
      [['coverage', 'v', '--json', '--format', 'csv'], /conflict/],
    ];
    for (const [argv, re] of cases) {
      const msg = fails(argv);
      expect(msg).toMatch(re);
      expect(msg).not.toContain('\n');
    }
  });
});
