import { type Lang, LOCALE } from './i18n.ts';
import { TIME_ZONE } from './zurichTime.ts';

const formatters = new Map<Lang, Intl.DateTimeFormat>();

/** A date as readers write it, in Zurich: `24 novembre 2026`, `1er décembre 2026`, `24. November 2026`. */
export function formatDate(date: Date, lang: Lang): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: TIME_ZONE,
    });
    formatters.set(lang, formatter);
  }
  const formatted = formatter.format(date);
  // French typography writes the first of the month as an ordinal: « 1er janvier ».
  return lang === 'fr' ? formatted.replace(/^1 /, '1er ') : formatted;
}

const ISO_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Zurich as `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return ISO_DAY.format(date);
}
