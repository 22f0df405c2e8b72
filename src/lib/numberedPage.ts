import { type Lang, useTranslations } from './i18n.ts';

/**
 * A list's title or description on page `currentPage`: as written on the first page, `… – Page 2` on the next, so that
 * search engines never see two pages of a list with the same title or description.
 */
export function numberedPage(text: string, currentPage: number, lang: Lang): string {
  return currentPage > 1 ? `${text} – ${useTranslations(lang).page(currentPage)}` : text;
}
