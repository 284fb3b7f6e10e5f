/** What a command needs from the outside world, so that tests can run commands without a process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes are part of the command line's contract: other tools read them. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}
