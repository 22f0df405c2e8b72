import { type CheckOptions, checkCalendar } from '../src/editorial/calendarCheck.ts';
import { EditorialError } from '../src/editorial/errors.ts';
import { calendarPlaces, parseCommandLine, readMastodonLimit, readNow, UsageError } from './commandLine.ts';

export { UsageError };

const USAGE = `npm run calendar:check -- [--calendar editorial/calendar] [--content content/articles] [--root .] [--mastodon-limit 500] [--now 2026-11-23]`;

/** Reads the command line; `now` and the working directory are passed in so tests control them. */
export function parseCheckArgs(argv: string[], defaults: { now: Date; cwd: string }): CheckOptions {
  const values = parseCommandLine(
    argv,
    { ...calendarPlaces(defaults.cwd), 'mastodon-limit': { type: 'string' }, now: { type: 'string' } },
    USAGE,
  );
  return {
    calendarDir: values.calendar,
    contentDir: values.content,
    root: values.root,
    now: readNow(values.now, defaults.now),
    ...readMastodonLimit(values['mastodon-limit']),
  };
}

export function main(argv: string[]): void {
  try {
    const result = checkCalendar(parseCheckArgs(argv, { now: new Date(), cwd: process.cwd() }));
    process.stdout.write(result.report);
    process.exitCode = result.exitCode;
  } catch (error) {
    if (!(error instanceof EditorialError || error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

if (import.meta.main) main(process.argv.slice(2));
