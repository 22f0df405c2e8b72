import { UserError } from '../../lib/userError.ts';
import { monthSpan, monthsBetween, zurichDay } from '../../lib/zurichTime.ts';
import { SITE } from '../../site.config.ts';
import { readIcsRevisions } from '../icalendar.ts';
import { lastChanged } from '../lastChanged.ts';
import { type Calendar, type LoadOptions, loadCalendar } from '../loadCalendar.ts';
import { calendarHtml } from './calendarHtml.ts';
import { calendarIcs } from './calendarIcs.ts';
import { coverage } from './coverage.ts';
import { type DeskItem, deskItems } from './deskItems.ts';

export interface ViewOptions extends LoadOptions {
  now: Date;
  /** The `editorial.ics` written before at the same place, whose events' revisions the new one continues. */
  previousIcs?: string;
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
export function viewCalendar({ now, from, to, previousIcs, ...load }: ViewOptions): CalendarView {
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
    ics: calendarIcs(items, SITE.name.fr, {
      previous: readIcsRevisions(previousIcs === undefined ? [] : [previousIcs]),
      changedAt: changedAtOf(calendar),
    }),
    months,
    invalidEntries,
  };
}

/** When an item's inputs last changed: a post's calendar file, an article's file. */
function changedAtOf(calendar: Calendar): (item: DeskItem) => Date {
  const sources = new Map(calendar.entries.map((entry) => [entry.id, entry.source.file]));
  const cache = new Map<string, number>();
  return (item) => {
    const file = item.kind === 'post' ? sources.get(item.id) : calendar.articles.get(item.key)?.file;
    return file === undefined ? new Date(0) : lastChanged([file], cache);
  };
}
