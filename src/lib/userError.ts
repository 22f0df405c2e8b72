/** Where a mistake is, when known: a file, and in it a line and column (from 1). */
export interface Place {
  file: string;
  line?: number;
  col?: number;
}

/**
 * A mistake the person running a command can fix (an option, a file, a calendar entry), as opposed to a bug.
 * `message` is French and says what is wrong and what to do; `code` names the rule, for tools and tests; `place`
 * says where, when it is known. Commands print it without a stack trace (scripts/runCli.ts).
 */
export class UserError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly place: Place | undefined;
  constructor(code: Code, message: string, options: { place?: Place; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.code = code;
    this.place = options.place;
  }
}

/** `file:line:col  message`, as calendar:check lists mistakes; the message alone when the place is not known. */
export function describeUserError(error: UserError): string {
  const { place } = error;
  if (!place) return error.message;
  const at = [place.file, place.line, place.line === undefined ? undefined : place.col].filter(
    (part) => part !== undefined,
  );
  return `${at.join(':')}  ${error.message}`;
}
