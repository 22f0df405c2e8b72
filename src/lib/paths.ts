import { CATEGORIES, type CategoryId } from './categories.ts';
import { DEFAULT_LANG, INSTITUTION_PAGES, type InstitutionPageKind, type Lang, SEGMENTS } from './i18n.ts';

function localized(lang: Lang, ...segments: (string | number)[]): string {
  const prefix = lang === DEFAULT_LANG ? [] : [lang];
  const parts = [...prefix, ...segments.map(String)];
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** Site-relative paths of every page, with the trailing slash the site is built with. Pages, feeds and the calendar engine all use these. */
export const paths = {
  home: (lang: Lang) => localized(lang),
  article: (lang: Lang, slug: string) => localized(lang, SEGMENTS.article[lang], slug),
  /** Every article, by year and month, newest first. */
  archive: (lang: Lang, page = 1) => localized(lang, SEGMENTS.article[lang], ...(page > 1 ? [page] : [])),
  /** Legal notice, privacy statement, accessibility statement. */
  institutionPage: (lang: Lang, kind: InstitutionPageKind) => localized(lang, INSTITUTION_PAGES[kind][lang]),
  category: (lang: Lang, category: CategoryId, page = 1) =>
    localized(lang, CATEGORIES[category].slug[lang], ...(page > 1 ? [page] : [])),
  tag: (lang: Lang, tag: string, page = 1) => localized(lang, SEGMENTS.tag[lang], tag, ...(page > 1 ? [page] : [])),
  /** The article's 1200×630 image for social networks, beside its page. */
  socialCard: (lang: Lang, slug: string) => `${localized(lang, SEGMENTS.article[lang], slug)}card.png`,
  author: (lang: Lang, id: string) => localized(lang, SEGMENTS.author[lang], id),
  search: (lang: Lang) => localized(lang, SEGMENTS.search[lang]),
  feed: (lang: Lang) => `${localized(lang)}rss.xml`,
  categoryFeed: (lang: Lang, category: CategoryId) => `${localized(lang, CATEGORIES[category].slug[lang])}rss.xml`,
};

/** Absolute URL of a site path, for feeds, canonical links and social posts. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
