import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import type { LoadOptions } from '../src/editorial/loadCalendar.ts';
import { isInside } from '../src/lib/isInside.ts';
import { UserError } from '../src/lib/userError.ts';
import { LocalTimeError, parseZurichTime } from '../src/lib/zurichTime.ts';

/** A command line that cannot be understood; the message is French and says what to type. */
export class UsageError extends UserError<'usage'> {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

/**
 * Where the calendar commands read: the calendar, the articles, the folder media paths start from, and the folder
 * media files must be in (`--media`, by default `editorial/media` under `--root`).
 */
export function calendarPlaces(cwd: string) {
  return {
    calendar: { type: 'string', default: 'editorial/calendar' },
    content: { type: 'string', default: 'content/articles' },
    root: { type: 'string', default: cwd },
    media: { type: 'string' },
  } as const;
}

/** The places of `calendarPlaces`, as the engine takes them. */
export function readCalendarPlaces(values: {
  calendar: string;
  content: string;
  root: string;
  media?: string | undefined;
}): LoadOptions {
  return {
    calendarDir: values.calendar,
    contentDir: values.content,
    root: values.root,
    mediaDir: values.media ?? join(values.root, 'editorial', 'media'),
  };
}

/** `parseArgs` (strict, no positionals) whose mistakes become a UsageError quoting the usage line. */
export function parseCommandLine<T extends ParseArgsOptionsConfig>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values;
  } catch (error) {
    throw new UsageError(`Option inconnue ou incomplète (${(error as Error).message}). Usage : ${usage}`);
  }
}

/** `--now`: `2026-11-23` or `2026-11-23 09:00` is Zurich time, like the calendar; a full ISO instant is taken as it is. */
export function readNow(value: string | undefined, fallback: Date): Date {
  if (value === undefined) return fallback;
  try {
    return parseZurichTime(value);
  } catch (error) {
    if (!(error instanceof LocalTimeError)) throw error;
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime()))
      throw new UsageError(`--now attend une date, par exemple 2026-11-23 ou 2026-11-23 09:00 (reçu « ${value} »).`);
    return instant;
  }
}

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/** `--from 2026-11`: a month, `YYYY-MM`; `option` names the option in the message. */
export function readMonth(value: string, option: string): string {
  if (!MONTH.test(value.trim()))
    throw new UsageError(`${option} attend un mois AAAA-MM, par exemple 2026-11 (reçu « ${value} »).`);
  return value.trim();
}

/** `--mastodon-limit`: the hospital's server limit, a whole number of characters; nothing when not given. */
export function readMastodonLimit(value: string | undefined): { mastodonLimit?: number } {
  if (value === undefined) return {};
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(
      `--mastodon-limit attend un nombre entier de caractères, par exemple 500 (reçu « ${value} »).`,
    );
  return { mastodonLimit: limit };
}

/**
 * Refuses an `--out` in the public site `dist/`, comparing real paths (a link to dist/ or into it is no way around):
 * what the command writes is not for the public. `holds` says in French what the folder would hold, `instead` names
 * a folder to use.
 */
export function refuseOutInSite(value: string, cwd: string, { holds, instead }: { holds: string; instead: string }) {
  const site = realPathSoFar(resolve(cwd, 'dist'));
  const target = realPathSoFar(resolve(cwd, value));
  if (target === site || isInside(site, target))
    throw new UsageError(
      `--out ${value} est dans dist/, le site public : ${holds}. Choisissez un autre dossier, par exemple ${instead}.`,
    );
}

/** The real path of `path`: its longest existing part with links followed, then the rest as written. */
function realPathSoFar(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPathSoFar(parent), basename(path));
  }
}
