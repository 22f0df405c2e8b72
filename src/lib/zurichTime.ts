import { TZDate, tz } from '@date-fns/tz';
// One module per function: the date-fns index loads hundreds of them, which slows every run of a command.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { eachMonthOfInterval } from 'date-fns/eachMonthOfInterval';
import { eachWeekOfInterval } from 'date-fns/eachWeekOfInterval';
import { formatISO } from 'date-fns/formatISO';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeeksInYear } from 'date-fns/getISOWeeksInYear';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { type Lang, LOCALE } from './i18n.ts';
import { UserError } from './userError.ts';

/**
 * Zurich time, the one module that reads, computes and writes it: every date an editor or planner writes is
 * wall-clock time in Zurich, and every date Passerelle shows is too. Calendar days are `YYYY-MM-DD` strings, months
 * `YYYY-MM`; instants are `Date`s. Arithmetic goes through date-fns in the Zurich zone, so days and weeks keep their
 * wall-clock length across the clock changes.
 */

/** The hospital's time zone. */
export const TIME_ZONE = 'Europe/Zurich';
const inZurich = tz(TIME_ZONE);

// ─── Reading what people write ───────────────────────────────────────────────────────────────────────────────────────

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export type LocalTimeProblem = 'format' | 'not-a-date' | 'dst-gap';

/** A written date that cannot be read; `problem` says why, the message says it in French with what to write. */
export class LocalTimeError extends UserError<`date-${LocalTimeProblem}`> {
  // Plain fields, not parameter properties: Node runs this file by type stripping (calendar:check).
  readonly problem: LocalTimeProblem;
  readonly input: string;
  constructor(problem: LocalTimeProblem, input: string) {
    super(`date-${problem}`, LOCAL_TIME_MESSAGES[problem](input));
    this.name = 'LocalTimeError';
    this.problem = problem;
    this.input = input;
  }
}

const LOCAL_TIME_MESSAGES: Record<LocalTimeProblem, (input: string) => string> = {
  format: (input) =>
    `« ${input} » n'est pas une date lisible : écrivez AAAA-MM-JJ ou AAAA-MM-JJ HH:MM (heure de Zurich), par exemple 2026-11-24 12:00.`,
  'not-a-date': (input) => `« ${input} » n'existe pas dans le calendrier : vérifiez le jour, le mois et l'heure.`,
  'dst-gap': (input) =>
    `« ${input} » tombe dans l'heure sautée au passage à l'heure d'été (02:00 → 03:00 à Zurich) : choisissez une autre heure.`,
};

/**
 * Reads `YYYY-MM-DD` or `YYYY-MM-DD HH:mm` as wall-clock time in Zurich.
 * Refuses dates that do not exist (31 June) and times skipped by the spring clock change,
 * because a post planned at 02:30 on that night would silently move by an hour.
 */
export function parseZurichTime(input: string): Date {
  const match = LOCAL_DATE_TIME.exec(input.trim());
  if (!match) throw new LocalTimeError('format', input);
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour > 23 || minute > 59 || second > 59) {
    throw new LocalTimeError('not-a-date', input);
  }
  const date = new TZDate(year!, month! - 1, day!, hour, minute, second, TIME_ZONE);
  if (date.getFullYear() !== year || date.getMonth() !== month! - 1 || date.getDate() !== day) {
    throw new LocalTimeError('not-a-date', input);
  }
  if (date.getHours() !== hour || date.getMinutes() !== minute) throw new LocalTimeError('dst-gap', input);
  return new Date(date.getTime());
}

/**
 * YAML parsers turn an unquoted `2026-11-24 09:00` into a UTC instant. Editors mean Zurich time,
 * so the UTC fields are read back as the wall-clock time they typed.
 */
export function zurichTimeFromYaml(value: Date | string): Date {
  if (typeof value === 'string') return parseZurichTime(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return parseZurichTime(
    `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`,
  );
}

// ─── Days, in fixed formats ──────────────────────────────────────────────────────────────────────────────────────────

/** `2026-11-24`: the Zurich calendar day of an instant (also what `<time datetime>` wants). */
export function zurichDay(instant: Date): string {
  return formatISO(new TZDate(instant.getTime(), TIME_ZONE), { representation: 'date' });
}

/** The day `days` days after (or before, when negative) a `YYYY-MM-DD` day. */
export function shiftDay(day: string, days: number): string {
  return zurichDay(addDays(parseZurichTime(day), days, { in: inZurich }));
}

/** `2026-11-24T12:00:00+01:00`: an instant in Zurich time with its offset. */
export function zurichIso(instant: Date): string {
  return formatISO(new TZDate(instant.getTime(), TIME_ZONE));
}

// Made once: building an Intl.DateTimeFormat costs a hundred times more than using it.
const ZURICH_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Wall-clock parts of an instant in Zurich, two digits each (four for the year), for fixed date formats. */
export function zurichParts(instant: Date): { year: string; month: string; day: string; hour: string; minute: string } {
  const parts = Object.fromEntries(ZURICH_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    hour: parts['hour']!,
    minute: parts['minute']!,
  };
}

/** `12:00`: the Zurich wall-clock time of an instant, or of an ISO 8601 instant with its offset. */
export function zurichClock(instant: Date | string): string {
  const { hour, minute } = zurichParts(typeof instant === 'string' ? new Date(instant) : instant);
  return `${hour}:${minute}`;
}

// ─── ISO weeks and months ────────────────────────────────────────────────────────────────────────────────────────────

/** An ISO 8601 week in Zurich: Monday 00:00 to the next Monday 00:00, wall-clock time. */
export interface IsoWeek {
  /** `2026-W48` */
  id: string;
  year: number;
  number: number;
  /** Monday 00:00 in Zurich. */
  start: Date;
  /** The next Monday 00:00 in Zurich (excluded). */
  end: Date;
  /** The seven days, `YYYY-MM-DD`, Monday first. */
  days: string[];
}

/** The week that contains `instant`, in Zurich. */
export function weekContaining(instant: Date): IsoWeek {
  return weekStartingAt(startOfISOWeek(instant, { in: inZurich }));
}

/** How many ISO weeks the ISO year has: 52 or 53. */
export function isoWeeksInYear(year: number): number {
  // 4 January is always in week 1 of its ISO year.
  return getISOWeeksInYear(new TZDate(year, 0, 4, TIME_ZONE), { in: inZurich });
}

/** Week `number` of the ISO year `year`; the caller checks it against `isoWeeksInYear`. */
export function isoWeek(year: number, number: number): IsoWeek {
  const firstMonday = startOfISOWeek(new TZDate(year, 0, 4, TIME_ZONE), { in: inZurich });
  return weekStartingAt(addWeeks(firstMonday, number - 1, { in: inZurich }));
}

function weekStartingAt(monday: Date): IsoWeek {
  const year = getISOWeekYear(monday, { in: inZurich });
  const number = getISOWeek(monday, { in: inZurich });
  return {
    id: `${year}-W${String(number).padStart(2, '0')}`,
    year,
    number,
    start: new Date(monday.getTime()),
    end: new Date(addWeeks(monday, 1, { in: inZurich }).getTime()),
    days: weekDays(monday),
  };
}

/** The seven days from a Monday, `YYYY-MM-DD`. */
function weekDays(monday: Date): string[] {
  return Array.from({ length: 7 }, (_, offset) => zurichDay(addDays(monday, offset, { in: inZurich })));
}

/** Whether an instant falls in the week (Monday 00:00 included, next Monday 00:00 excluded). */
export function inWeek(week: Pick<IsoWeek, 'start' | 'end'>, instant: Date): boolean {
  return instant.getTime() >= week.start.getTime() && instant.getTime() < week.end.getTime();
}

/** Every month from `first` to `last` included, `YYYY-MM`; none when `first` comes after `last`. */
export function monthsBetween(first: string, last: string): string[] {
  if (first > last) return [];
  const interval = { start: parseZurichTime(`${first}-01`), end: parseZurichTime(`${last}-01`) };
  return eachMonthOfInterval(interval, { in: inZurich }).map((month) => zurichDay(month).slice(0, 7));
}

/** The days of the weeks (Monday first) that a month spans, `YYYY-MM-DD`; days of the neighbouring months included. */
export function monthGrid(month: string): string[][] {
  const first = parseZurichTime(`${month}-01`);
  const interval = { start: first, end: lastDayOfMonth(first, { in: inZurich }) };
  return eachWeekOfInterval(interval, { weekStartsOn: 1, in: inZurich }).map(weekDays);
}

/** Zurich midnight opening the month `first`, and the one opening the month after `last`: the period they cover. */
export function monthSpan(first: string, last: string): { from: Date; to: Date } {
  const to = addMonths(parseZurichTime(`${last}-01`), 1, { in: inZurich });
  return { from: parseZurichTime(`${first}-01`), to: new Date(to.getTime()) };
}

// ─── Dates as people read them ───────────────────────────────────────────────────────────────────────────────────────

const readerFormats = new Map<string, Intl.DateTimeFormat>();

/** A formatter of Zurich dates in the reader's language, built once per language and kind. */
function readerFormat(lang: Lang, kind: 'day' | 'month'): Intl.DateTimeFormat {
  let formatter = readerFormats.get(`${lang} ${kind}`);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE[lang], {
      ...(kind === 'day' && { day: 'numeric' }),
      month: 'long',
      year: 'numeric',
      timeZone: TIME_ZONE,
    });
    readerFormats.set(`${lang} ${kind}`, formatter);
  }
  return formatter;
}

/** A date as readers write it, in Zurich: `24 novembre 2026`, `1er décembre 2026`, `24. November 2026`. */
export function formatDate(date: Date, lang: Lang): string {
  const formatted = readerFormat(lang, 'day').format(date);
  // French typography writes the first of the month as an ordinal: « 1er janvier ».
  return lang === 'fr' ? formatted.replace(/^1 /, '1er ') : formatted;
}

/** A month as readers write it, in Zurich: `novembre 2026`, `November 2026`. */
export function formatMonth(date: Date, lang: Lang): string {
  return readerFormat(lang, 'month').format(date);
}

const NUMERIC_TIME = new Intl.DateTimeFormat('fr-CH', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const NUMERIC_DAY = new Intl.DateTimeFormat('fr-CH', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const LONG_TIME = new Intl.DateTimeFormat('fr-CH', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
const DAY_HEADING = new Intl.DateTimeFormat('fr-CH', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const SHORT_DAY = new Intl.DateTimeFormat('fr-CH', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const MONTH_HEADING = new Intl.DateTimeFormat('fr-CH', { timeZone: TIME_ZONE, month: 'long', year: 'numeric' });

/** `24.11.2026 12:00`, Zurich time, as Swiss planners read dates. */
export function formatZurichTime(date: Date): string {
  return NUMERIC_TIME.format(date).replace(',', '');
}

/** `24.11.2026`, Zurich time. */
export function formatZurichDay(date: Date): string {
  return NUMERIC_DAY.format(date);
}

/** `24 novembre 2026 à 12:00`, Zurich time. */
export function formatLongZurichTime(date: Date): string {
  return LONG_TIME.format(date);
}

/** `mardi 24 novembre 2026` for a `YYYY-MM-DD` day. */
export function dayHeading(day: string): string {
  // fr-CH writes « mardi, 24 novembre 2026 »; French prose has no comma there, and writes « 1er » for the first.
  return DAY_HEADING.format(parseZurichTime(day)).replace(',', '').replace(/ 1 /, ' 1er ');
}

/** `mar. 24 nov.` for a `YYYY-MM-DD` day. */
export function shortDay(day: string): string {
  return SHORT_DAY.format(parseZurichTime(day)).replace(',', '');
}

/** `novembre 2026` for a `YYYY-MM` month. */
export function monthHeading(month: string): string {
  return MONTH_HEADING.format(parseZurichTime(`${month}-01`));
}
