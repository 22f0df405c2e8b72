import { type IsoWeek, isoWeek, isoWeeksInYear, weekContaining } from '../../lib/zurichTime.ts';
import { PackError } from './packError.ts';

const WEEK_ID = /^(\d{4})-?W(\d{1,2})$/i;
/**
 * Years a week may be in. Before 2000 is a typing mistake for a social-media pack (and years before 100 are read by
 * JavaScript's Date as 19xx); the last is far enough for any plan and keeps every week's end inside year 9999.
 */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2999;

/**
 * Reads `--week`: `2026-W48` (or `2026W48`), `current` or `next`, relative to `now`.
 * Throws a PackError with a French message for anything else, for a year outside 2000–2999, or for a week the year
 * does not have (2026-W53).
 */
export function parseWeek(spec: string, now: Date): IsoWeek {
  const written = spec.trim();
  if (written === 'current') return weekContaining(now);
  if (written === 'next') return weekContaining(weekContaining(now).end);
  const match = WEEK_ID.exec(written);
  if (!match) {
    throw new PackError(
      'week-format',
      `« ${spec} » n’est pas une semaine : écrivez --week 2026-W48 (année ISO, W, numéro de semaine), --week current ou --week next.`,
    );
  }
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new PackError(
      'week-out-of-range',
      `« ${spec} » : les packs se font pour les années ${FIRST_YEAR} à ${LAST_YEAR} ; vérifiez l’année (--week 2026-W48).`,
    );
  }
  const weeks = isoWeeksInYear(year);
  if (number < 1 || number > weeks) {
    throw new PackError(
      'week-out-of-range',
      `L’année ISO ${year} compte ${weeks} semaines : choisissez une semaine de W01 à W${weeks}.`,
    );
  }
  return isoWeek(year, number);
}
