import { UserError } from '../../lib/userError.ts';
import { monthSpan, monthsBetween } from '../../lib/zurichTime.ts';
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

/** The desk's calendar, ready to write: the entries calendar:check accepts, the articles with a valid header. */
export function viewCalendar({ now, from, to, ...load }: ViewOptions): CalendarView {
  const calendar = loadCalendar(load);
  const items = deskItems(calendar.entries, calendar.articles, now);
  const first = from ?? items[0]?.day.slice(0, 7);
  const last = to ?? items.at(-1)?.day.slice(0, 7);
  if (first === undefined || last === undefined)
    throw new UserError(
      'nothing-dated',
      'Le calendrier ne contient encore ni article ni post daté : indiquez les mois avec --from 2026-11 --to 2026-12.',
    );
  if (first > last)
    throw new UserError('months-reversed', `--from (${first}) vient après --to (${last}) : inversez-les.`);
  const months = monthsBetween(first, last);
  const invalidEntries = new Set(calendar.errors.map((error) => `${error.file}:${error.id ?? error.line}`)).size;
  const span = monthSpan(first, last);
  // Before its first entry the calendar was not in use: no rhythm to miss there, no announcement to expect.
  const start = Math.max(span.from.getTime(), Math.min(...calendar.entries.map((entry) => entry.date.getTime())));
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
