/**
 * npm run pack -- --week 2026-W48 [--week 2026-W49 …] [--calendar editorial/calendar] [--out packs] [--content content/articles] [--now 2026-11-23]
 * Writes the week's post pack (manifest, one file per network, scheduler CSVs, agenda, preview, cropped media).
 */
import { parseArgs } from 'node:util';
import { CalendarInvalidError, buildPacks, type PacksOptions } from '../src/editorial/pack/buildPack.ts';
import { PackError } from '../src/editorial/pack/packError.ts';
import { EditorialError } from '../src/editorial/errors.ts';
import { LocalTimeError, parseZurichTime } from '../src/lib/zurichTime.ts';

const USAGE = 'npm run pack -- --week 2026-W48|current|next [--week …] [--calendar editorial/calendar] [--out packs] [--content content/articles] [--root .] [--mastodon-limit 500] [--media-url https://…/] [--now 2026-11-23]';

/** Reads the command line into the pack's options; `now` and the working directory come from the caller so tests control them. */
export function parsePackArgs(argv: string[], defaults: { now: Date; cwd: string }): PacksOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        week: { type: 'string', multiple: true },
        calendar: { type: 'string', default: 'editorial/calendar' },
        out: { type: 'string', default: 'packs' },
        content: { type: 'string', default: 'content/articles' },
        root: { type: 'string', default: defaults.cwd },
        'mastodon-limit': { type: 'string' },
        'media-url': { type: 'string' },
        now: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new PackError('usage', `Option inconnue ou incomplète (${(error as Error).message}). Usage : ${USAGE}`);
  }
  if (values.week === undefined || values.week.length === 0) throw new PackError('usage', `Indiquez la semaine : --week 2026-W48, --week current ou --week next. Usage : ${USAGE}`);
  const options: PacksOptions = {
    weeks: values.week,
    now: values.now === undefined ? defaults.now : readNow(values.now),
    calendarDir: values.calendar,
    contentDir: values.content,
    root: values.root,
    outDir: values.out,
  };
  if (values['mastodon-limit'] !== undefined) {
    const limit = Number(values['mastodon-limit']);
    if (!Number.isInteger(limit) || limit < 1) throw new PackError('usage', `--mastodon-limit attend un nombre entier de caractères, par exemple 500 (reçu « ${values['mastodon-limit']} »).`);
    options.mastodonLimit = limit;
  }
  if (values['media-url'] !== undefined) {
    if (!URL.canParse(values['media-url'])) throw new PackError('usage', `--media-url attend une adresse complète, par exemple https://intranet.example/packs/ (reçu « ${values['media-url']} »).`);
    options.mediaBaseUrl = values['media-url'];
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
    if (Number.isNaN(instant.getTime())) throw new PackError('now-format', `--now attend une date, par exemple 2026-11-23 ou 2026-11-23T09:00:00+01:00 (reçu « ${value} »).`);
    return instant;
  }
}

/** Runs the command; returns the exit code. Only `main` ends the process. */
export async function runPack(argv: string[], io: { now: Date; cwd: string; out: (text: string) => void; err: (text: string) => void }): Promise<number> {
  try {
    for (const result of await buildPacks(parsePackArgs(argv, io))) io.out(result.summary);
    return 0;
  } catch (error) {
    if (error instanceof CalendarInvalidError || error instanceof PackError || error instanceof EditorialError) {
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
