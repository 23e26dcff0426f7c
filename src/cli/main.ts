// Entry point of dist/cli.js: runs the CLI with the process's arguments and streams.
import { INTERNAL_ERROR, oneLine, run } from './run';

// Whatever escapes run() (a failing stream, a callback's throw) is one line, never a stack trace.
function fail(err: unknown): void {
  process.stderr.write(`obsidian-interview-prep: internal error: ${oneLine(err)}\n`);
  process.exit(INTERNAL_ERROR);
}
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

// `obsidian-interview-prep index vault --json | head` closes stdout early: stop quietly, no stack trace.
process.stdout.on('error', (err: Error & { code?: string }) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
