import type { Lang } from './i18n.ts';
import { LOCALE } from './i18n.ts';
import { TIME_ZONE } from './zurichTime.ts';

/** Articles per page of the archive: a compact list, so that few pages hold the whole blog. */
export const ARCHIVE_PAGE_SIZE = 40;

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** `novembre 2026`, `November 2026`, in Zurich. */
export function formatMonth(date: Date, lang: Lang): string {
  let format = monthFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: TIME_ZONE });
    monthFormats.set(lang, format);
  }
  return format.format(date);
}

/**
 * What each archive page covers, for the links that lead to it: `novembre 2026 – septembre 2026`. `dates` are the
 * articles' dates, newest first, as the archive lists them.
 */
export function archivePeriods(dates: readonly Date[], lang: Lang, size = ARCHIVE_PAGE_SIZE): string[] {
  const periods: string[] = [];
  for (let start = 0; start < dates.length; start += size) {
    const newest = formatMonth(dates[start]!, lang);
    const oldest = formatMonth(dates[Math.min(start + size, dates.length) - 1]!, lang);
    periods.push(newest === oldest ? newest : `${newest} – ${oldest}`);
  }
  return periods;
}
