/**
 * A mistake the user can fix (bad input, missing tool, a part that is not running). The CLI prints its
 * message and hint without a stack trace; anything else is a bug and keeps its stack.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
