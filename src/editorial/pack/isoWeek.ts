import { TZDate, tz } from '@date-fns/tz';
// One module per function: the date-fns index loads hundreds of them, which slows every run of the command.
import { addWeeks } from 'date-fns/addWeeks';
import { formatISO } from 'date-fns/formatISO';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeeksInYear } from 'date-fns/getISOWeeksInYear';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { TIME_ZONE } from '../../lib/zurichTime.ts';
import { PackError } from './packError.ts';

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

const WEEK_ID = /^(\d{4})-?W(\d{1,2})$/i;
const inZurich = tz(TIME_ZONE);

/** The week that contains `instant`, in Zurich. */
export function weekContaining(instant: Date): IsoWeek {
  const local = new TZDate(instant.getTime(), TIME_ZONE);
  return weekStartingAt(startOfISOWeek(local, { in: inZurich }));
}

/**
 * Reads `--week`: `2026-W48` (or `2026W48`), `current` or `next`, relative to `now`.
 * Throws a PackError with a French message for anything else, or for a week the year does not have (2026-W53).
 */
export function parseWeek(spec: string, now: Date): IsoWeek {
  const written = spec.trim();
  if (written === 'current') return weekContaining(now);
  if (written === 'next') return weekStartingAt(addWeeks(weekContaining(now).start, 1, { in: inZurich }));
  const match = WEEK_ID.exec(written);
  if (!match) {
    throw new PackError(
      'week-format',
      `« ${spec} » n’est pas une semaine : écrivez --week 2026-W48 (année ISO, W, numéro de semaine), --week current ou --week next.`,
    );
  }
  const year = Number(match[1]);
  const number = Number(match[2]);
  // 4 January is always in week 1 of its ISO year.
  const january4 = new TZDate(year, 0, 4, TIME_ZONE);
  const weeks = getISOWeeksInYear(january4, { in: inZurich });
  if (number < 1 || number > weeks) {
    throw new PackError(
      'week-out-of-range',
      `L’année ISO ${year} compte ${weeks} semaines : choisissez une semaine de W01 à W${weeks}.`,
    );
  }
  return weekStartingAt(addWeeks(startOfISOWeek(january4, { in: inZurich }), number - 1, { in: inZurich }));
}

function weekStartingAt(monday: Date): IsoWeek {
  const start = new TZDate(monday.getTime(), TIME_ZONE);
  const year = getISOWeekYear(start, { in: inZurich });
  const number = getISOWeek(start, { in: inZurich });
  const days = Array.from({ length: 7 }, (_, index) =>
    zurichDay(new TZDate(start.getFullYear(), start.getMonth(), start.getDate() + index, TIME_ZONE)),
  );
  const end = addWeeks(start, 1, { in: inZurich });
  return {
    id: `${year}-W${String(number).padStart(2, '0')}`,
    year,
    number,
    start: new Date(start.getTime()),
    end: new Date(end.getTime()),
    days,
  };
}

/** `2026-11-24`: the Zurich calendar day of an instant. */
export function zurichDay(instant: Date): string {
  return formatISO(new TZDate(instant.getTime(), TIME_ZONE), { representation: 'date' });
}

/** `2026-11-24T12:00:00+01:00`: an instant in Zurich time with its offset, as the manifest writes it. */
export function zurichIso(instant: Date): string {
  return formatISO(new TZDate(instant.getTime(), TIME_ZONE));
}

/** Whether an instant falls in the week (Monday 00:00 included, next Monday 00:00 excluded). */
export function inWeek(week: Pick<IsoWeek, 'start' | 'end'>, instant: Date): boolean {
  return instant.getTime() >= week.start.getTime() && instant.getTime() < week.end.getTime();
}
