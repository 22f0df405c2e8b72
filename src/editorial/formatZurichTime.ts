import { TIME_ZONE } from '../lib/zurichTime.ts';

const FORMAT = new Intl.DateTimeFormat('fr-CH', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DAY_FORMAT = new Intl.DateTimeFormat('fr-CH', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** `24.11.2026 12:00`, Zurich time, as Swiss planners read dates. */
export function formatZurichTime(date: Date): string {
  return FORMAT.format(date).replace(',', '');
}

/** `24.11.2026`, Zurich time. */
export function formatZurichDay(date: Date): string {
  return DAY_FORMAT.format(date);
}
