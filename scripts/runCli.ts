import { describeUserError, UserError } from '../src/lib/userError.ts';

/** What a command gets from the process it runs in, passed in so that tests can run it in theirs. */
export interface CommandContext {
  /** The arguments after the script's name. */
  argv: string[];
  now: Date;
  cwd: string;
  /** Standard output and error. */
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A command's body: it returns its exit code (0 when it returns nothing) and throws a UserError for what users can fix. */
export type CommandMain = (context: CommandContext) => number | undefined | Promise<number | undefined>;

/**
 * Runs a command and returns its exit code. A UserError is the user's to fix: its French message, after its place
 * when known, on `err`, and exit 1. Anything else is a bug of Passerelle: its stack trace, and exit 1 too.
 */
export async function runCommand(main: CommandMain, context: CommandContext): Promise<number> {
  try {
    return (await main(context)) ?? 0;
  } catch (error) {
    if (error instanceof UserError) {
      context.err(`${describeUserError(error)}\n`);
    } else {
      const trace = error instanceof Error ? (error.stack ?? error.message) : String(error);
      context.err(`Erreur inattendue, à signaler avec ce qui suit (ce n’est pas une erreur de saisie) :\n${trace}\n`);
    }
    return 1;
  }
}

/** The entry point of a script: runs `main` on the process's command line, and alone sets its exit code. */
export async function runCli(main: CommandMain): Promise<void> {
  process.exitCode = await runCommand(main, {
    argv: process.argv.slice(2),
    now: new Date(),
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
