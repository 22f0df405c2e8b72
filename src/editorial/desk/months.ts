import { parseZurichTime } from '../../lib/zurichTime.ts';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `--from`/`--to` that is not a month; `message` is French. */
export class MonthError extends Error {
  readonly code = 'month';
}

/** Reads `2026-11`; throws a MonthError naming the option otherwise. */
export function readMonth(value: string, option: string): string {
  if (!MONTH.test(value.trim()))
    throw new MonthError(`${option} attend un mois AAAA-MM, par exemple 2026-11 (reçu « ${value} »).`);
  return value.trim();
}

/** Every month from `first` to `last` included, `YYYY-MM`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  while (`${year}-${pad(month)}` <= last) {
    months.push(`${year}-${pad(month)}`);
    year += Math.floor(month / 12);
    month = (month % 12) + 1;
  }
  return months;
}

/** The days of the weeks (Monday first) that a month spans, `YYYY-MM-DD`; days of the neighbouring months included. */
export function monthGrid(month: string): string[][] {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, index - 1, 1));
  const start = addDays(first, -((first.getUTCDay() + 6) % 7));
  const weeks: string[][] = [];
  for (
    let monday = start;
    monday.getUTCMonth() === first.getUTCMonth() || monday < first;
    monday = addDays(monday, 7)
  ) {
    weeks.push(Array.from({ length: 7 }, (_, offset) => addDays(monday, offset).toISOString().slice(0, 10)));
  }
  return weeks;
}

/** Zurich midnight opening the month, and the one opening the month after `last`: the period the view shows. */
export function monthSpan(first: string, last: string): { from: Date; to: Date } {
  const [year, month] = last.split('-').map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
  return { from: parseZurichTime(`${first}-01`), to: parseZurichTime(`${next}-01`) };
}

function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * 86_400_000);
}

const pad = (n: number) => String(n).padStart(2, '0');
