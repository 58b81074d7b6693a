/** An error meant for the user: printed as one line on stderr, no stack trace, exit code `code`. */
export class CliError extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}
