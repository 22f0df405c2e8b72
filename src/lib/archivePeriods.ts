import type { Lang } from './i18n.ts';
import { formatMonth } from './zurichTime.ts';

/** Articles per page of the archive: a compact list, so that few pages hold the whole blog. */
export const ARCHIVE_PAGE_SIZE = 40;

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
