import { type CheckOptions, type CheckResult, checkCalendar } from '../src/editorial/calendarCheck.ts';
import { coverageAdvice } from '../src/editorial/desk/coverageText.ts';
import { SITE } from '../src/site.config.ts';
import { calendarPlaces, parseCommandLine, readCalendarPlaces, readMastodonLimit, readNow } from './commandLine.ts';
import { type CommandContext, runCli } from './runCli.ts';

const USAGE = `npm run calendar:check -- [--calendar editorial/calendar] [--content content/articles] [--root .] [--media editorial/media] [--mastodon-limit 500] [--now 2026-11-23]`;

/** Reads the command line; `now` and the working directory are passed in so tests control them. */
export function parseCheckArgs(argv: string[], defaults: { now: Date; cwd: string }): CheckOptions {
  const values = parseCommandLine(
    argv,
    { ...calendarPlaces(defaults.cwd), 'mastodon-limit': { type: 'string' }, now: { type: 'string' } },
    USAGE,
  );
  return {
    ...readCalendarPlaces(values),
    now: readNow(values.now, defaults.now),
    ...readMastodonLimit(values['mastodon-limit']),
  };
}

/** The check with the desk's coverage advice on the coming weeks, as the command prints it. */
export function checkWithCoverage(options: CheckOptions): Promise<CheckResult> {
  return checkCalendar({
    ...options,
    advise: (calendar, coming) => coverageAdvice(calendar, coming, SITE.rhythm, options.now),
  });
}

/** Prints the report; exits 1 when the calendar has errors. */
export async function main({ argv, now, cwd, out }: CommandContext): Promise<number> {
  const result = await checkWithCoverage(parseCheckArgs(argv, { now, cwd }));
  out(result.report);
  return result.exitCode;
}

if (import.meta.main) await runCli(main);
