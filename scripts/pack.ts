/**
 * npm run pack -- --week 2026-W48 [--week 2026-W49 …] [--calendar editorial/calendar] [--out packs] [--content content/articles] [--now 2026-11-23]
 * Writes the week's post pack (manifest, one file per network, scheduler CSVs, agenda, preview, cropped media).
 */

import { EditorialError } from '../src/editorial/errors.ts';
import { buildPacks, CalendarInvalidError, type PacksOptions } from '../src/editorial/pack/buildPack.ts';
import { PackError } from '../src/editorial/pack/packError.ts';
import { calendarPlaces, parseCommandLine, readMastodonLimit, readNow, UsageError } from './commandLine.ts';

const USAGE =
  'npm run pack -- --week 2026-W48|current|next [--week …] [--calendar editorial/calendar] [--out packs] [--content content/articles] [--root .] [--mastodon-limit 500] [--media-url https://…/] [--now 2026-11-23]';

/** Reads the command line into the pack's options; `now` and the working directory come from the caller so tests control them. */
export function parsePackArgs(argv: string[], defaults: { now: Date; cwd: string }): PacksOptions {
  const values = parseCommandLine(
    argv,
    {
      week: { type: 'string', multiple: true },
      ...calendarPlaces(defaults.cwd),
      out: { type: 'string', default: 'packs' },
      'mastodon-limit': { type: 'string' },
      'media-url': { type: 'string' },
      now: { type: 'string' },
    },
    USAGE,
  );
  if (values.week === undefined || values.week.length === 0)
    throw new UsageError(`Indiquez la semaine : --week 2026-W48, --week current ou --week next. Usage : ${USAGE}`);
  const mediaUrl = values['media-url'];
  if (mediaUrl !== undefined && !URL.canParse(mediaUrl))
    throw new UsageError(
      `--media-url attend une adresse complète, par exemple https://intranet.example/packs/ (reçu « ${mediaUrl} »).`,
    );
  return {
    weeks: values.week,
    now: readNow(values.now, defaults.now),
    calendarDir: values.calendar,
    contentDir: values.content,
    root: values.root,
    outDir: values.out,
    ...readMastodonLimit(values['mastodon-limit']),
    ...(mediaUrl === undefined ? {} : { mediaBaseUrl: mediaUrl }),
  };
}

/** Runs the command; returns the exit code. Only `main` ends the process. */
export async function runPack(
  argv: string[],
  io: { now: Date; cwd: string; out: (text: string) => void; err: (text: string) => void },
): Promise<number> {
  try {
    // A blank line between weeks when several are asked for.
    io.out((await buildPacks(parsePackArgs(argv, io))).map((result) => result.summary).join('\n'));
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof CalendarInvalidError ||
      error instanceof PackError ||
      error instanceof EditorialError
    ) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const code = await runPack(process.argv.slice(2), {
    now: new Date(),
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
  process.exitCode = code;
}

if (import.meta.main) await main();
