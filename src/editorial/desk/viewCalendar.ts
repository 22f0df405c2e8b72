import { UserError } from '../../lib/userError.ts';
import { monthSpan, monthsBetween, zurichDay } from '../../lib/zurichTime.ts';
import { SITE } from '../../site.config.ts';
import { type LoadOptions, loadCalendar } from '../loadCalendar.ts';
import { calendarHtml } from './calendarHtml.ts';
import { calendarIcs } from './calendarIcs.ts';
import { coverage } from './coverage.ts';
import { deskItems } from './deskItems.ts';

export interface ViewOptions extends LoadOptions {
  now: Date;
  /** First and last month shown, `YYYY-MM`; by default those of the first and last dated article or post. */
  from?: string;
  to?: string;
}

export interface CalendarView {
  /** `index.html` */
  html: string;
  /** `editorial.ics`: every article and post, whatever the months shown. */
  ics: string;
  months: string[];
  invalidEntries: number;
}

/**
 * The desk's calendar, ready to write: the entries calendar:check accepts, the articles with a valid header. A calendar
 * with nothing dated yet (empty, or every entry in error) shows the current month, empty, with the count of entries
 * in error.
 */
export function viewCalendar({ now, from, to, ...load }: ViewOptions): CalendarView {
  const calendar = loadCalendar(load);
  const items = deskItems(calendar.entries, calendar.articles, now);
  const thisMonth = zurichDay(now).slice(0, 7);
  const first = from ?? items[0]?.day.slice(0, 7) ?? thisMonth;
  const last = to ?? items.at(-1)?.day.slice(0, 7) ?? thisMonth;
  if (first > last)
    throw new UserError('months-reversed', `--from (${first}) vient après --to (${last}) : inversez-les.`);
  const months = monthsBetween(first, last);
  const invalidEntries = new Set(calendar.errors.map((error) => `${error.file}:${error.id ?? error.line}`)).size;
  const span = monthSpan(first, last);
  // Before its first entry the calendar was not in use: no rhythm to miss there, no announcement to expect.
  const dates = calendar.entries.map((entry) => entry.date.getTime());
  const start = dates.length === 0 ? span.from.getTime() : Math.max(span.from.getTime(), Math.min(...dates));
  const report = coverage({
    entries: calendar.entries,
    articles: calendar.articles,
    rhythm: SITE.rhythm,
    from: new Date(start),
    to: span.to,
    now,
  });
  return {
    html: calendarHtml({
      months,
      items,
      coverage: report,
      rhythm: SITE.rhythm,
      invalidEntries,
      generatedAt: now,
      siteName: SITE.name.fr,
    }),
    ics: calendarIcs(items, now, SITE.name.fr),
    months,
    invalidEntries,
  };
}
