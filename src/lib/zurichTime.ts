import { TZDate } from '@date-fns/tz';

/** The hospital's time zone: every date an editor or planner writes is wall-clock time here. */
export const TIME_ZONE = 'Europe/Zurich';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export type LocalTimeProblem = 'format' | 'not-a-date' | 'dst-gap';

/** Why a written date could not be read; `problem` says which French message to show. */
export class LocalTimeError extends Error {
  // Plain fields, not parameter properties: Node runs this file by type stripping (calendar:check).
  readonly problem: LocalTimeProblem;
  readonly input: string;
  constructor(problem: LocalTimeProblem, input: string) {
    super(`${problem}: ${input}`);
    this.name = 'LocalTimeError';
    this.problem = problem;
    this.input = input;
  }
}

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

/** French explanation of a date an editor must correct. */
export function describeLocalTimeProblem(error: LocalTimeError): string {
  switch (error.problem) {
    case 'format':
      return `« ${error.input} » n'est pas une date lisible : écrivez AAAA-MM-JJ ou AAAA-MM-JJ HH:MM (heure de Zurich), par exemple 2026-11-24 12:00.`;
    case 'not-a-date':
      return `« ${error.input} » n'existe pas dans le calendrier : vérifiez le jour, le mois et l'heure.`;
    case 'dst-gap':
      return `« ${error.input} » tombe dans l'heure sautée au passage à l'heure d'été (02:00 → 03:00 à Zurich) : choisissez une autre heure.`;
  }
}
