// An error the user caused (bad arguments, a vault that cannot be read): one line on stderr, exit 2.
export class UsageError extends Error {
  readonly exitCode = 2;
}
