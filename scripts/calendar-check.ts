import { parseArgs } from 'node:util';
import { checkCalendar, type CheckOptions } from '../src/editorial/calendarCheck.ts';
import { EditorialError } from '../src/editorial/errors.ts';
import { LocalTimeError, parseZurichTime } from '../src/lib/zurichTime.ts';

const USAGE = `npm run calendar:check -- [--calendar editorial/calendar] [--content content/articles] [--root .] [--mastodon-limit 500] [--now 2026-11-23]`;

/** A command line that cannot be understood; the message is French. */
export class UsageError extends Error {
  readonly code = 'usage';
}

/** Reads the command line; `now` and the working directory are passed in so tests control them. */
export function parseCheckArgs(argv: string[], defaults: { now: Date; cwd: string }): CheckOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        calendar: { type: 'string', default: 'editorial/calendar' },
        content: { type: 'string', default: 'content/articles' },
        root: { type: 'string', default: defaults.cwd },
        'mastodon-limit': { type: 'string' },
        now: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(`Option inconnue ou incomplète (${(error as Error).message}). Usage : ${USAGE}`);
  }
  const options: CheckOptions = { calendarDir: values.calendar, contentDir: values.content, root: values.root, now: values.now === undefined ? defaults.now : readNow(values.now) };
  if (values['mastodon-limit'] !== undefined) {
    const limit = Number(values['mastodon-limit']);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--mastodon-limit attend un nombre entier de caractères, par exemple 500 (reçu « ${values['mastodon-limit']} »).`);
    options.mastodonLimit = limit;
  }
  return options;
}

/** `2026-11-23` or `2026-11-23 09:00` is Zurich time, like the calendar; a full ISO instant is taken as it is. */
function readNow(value: string): Date {
  try {
    return parseZurichTime(value);
  } catch (error) {
    if (!(error instanceof LocalTimeError)) throw error;
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) throw new UsageError(`--now attend une date, par exemple 2026-11-23 (reçu « ${value} »).`);
    return instant;
  }
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
