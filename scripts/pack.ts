/**
 * npm run pack -- --week 2026-W48 [--week 2026-W49 …] [--calendar editorial/calendar] [--out packs] [--content content/articles] [--now 2026-11-23]
 * Writes the week's post pack (manifest, one file per network, scheduler CSVs, agenda, preview, cropped media).
 */

import { buildPacks, type PacksOptions } from '../src/editorial/pack/buildPack.ts';
import {
  calendarPlaces,
  parseCommandLine,
  readCalendarPlaces,
  readMastodonLimit,
  readNow,
  refuseOutInSite,
  UsageError,
} from './commandLine.ts';
import { type CommandContext, runCli } from './runCli.ts';

const USAGE =
  'npm run pack -- --week 2026-W48|current|next [--week …] [--calendar editorial/calendar] [--out packs] [--content content/articles] [--root .] [--media editorial/media] [--mastodon-limit 500] [--media-url https://…/] [--now 2026-11-23]';

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
  refuseOutInSite(values.out, defaults.cwd, {
    holds: 'un pack contient des posts qui ne sont pas encore publiés',
    instead: 'packs',
  });
  const mediaUrl = values['media-url'];
  if (mediaUrl !== undefined && !URL.canParse(mediaUrl))
    throw new UsageError(
      `--media-url attend une adresse complète, par exemple https://intranet.example/packs/ (reçu « ${mediaUrl} »).`,
    );
  // Publer separates the media addresses of a row by commas: one inside an address would split it.
  if (mediaUrl?.includes(','))
    throw new UsageError(
      `--media-url ne peut pas contenir de virgule : Publer sépare les adresses des médias par des virgules (reçu « ${mediaUrl} »).`,
    );
  return {
    weeks: values.week,
    now: readNow(values.now, defaults.now),
    ...readCalendarPlaces(values),
    outDir: values.out,
    ...readMastodonLimit(values['mastodon-limit']),
    ...(mediaUrl === undefined ? {} : { mediaBaseUrl: mediaUrl }),
  };
}

/** Writes the packs and prints what each holds; nothing is written when one week cannot be made. */
export async function main({ argv, now, cwd, out }: CommandContext): Promise<undefined> {
  // A blank line between weeks when several are asked for.
  out((await buildPacks(parsePackArgs(argv, { now, cwd }))).map((result) => result.summary).join('\n'));
}

if (import.meta.main) await runCli(main);
