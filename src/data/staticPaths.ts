import { getCollection, getEntry } from 'astro:content';
import type { PaginateFunction } from 'astro';
import { ARCHIVE_PAGE_SIZE, archivePeriods } from '../lib/archivePeriods.ts';
import { CATEGORIES, CATEGORY_IDS } from '../lib/categories.ts';
import { INSTITUTION_PAGES, type InstitutionPageKind, type Lang } from '../lib/i18n.ts';
import { withCacheKeys } from '../lib/pageCacheKey.ts';
import { relatedArticles } from '../lib/relatedArticles.ts';
import { SITE } from '../site.config.ts';
import { BUILD_YEAR, getAuthors, getPublishedArticles, getTranslation, slugOf } from './articles.ts';
import { getTagIndex, shownTags } from './tags.ts';

/** What every page shows besides its props, for the keys of Astro's incremental build: the year in its footer. */
const FOOTER = String(BUILD_YEAR);

/** `/<category>/`, `/<category>/2/`…: each category's articles, newest first. */
export async function categoryPaths(lang: Lang, paginate: PaginateFunction) {
  const articles = await getPublishedArticles(lang);
  return withCacheKeys(
    CATEGORY_IDS.flatMap((category) =>
      paginate(
        articles.filter((article) => article.data.category === category),
        { params: { category: CATEGORIES[category].slug[lang] }, props: { category }, pageSize: SITE.pageSize },
      ),
    ),
    FOOTER,
  );
}

/** `/articles/<slug>/` with what the page shows around the article. Lists run newest first, so "previous" is the older one. */
export async function articlePaths(lang: Lang) {
  const [articles, tags] = await Promise.all([getPublishedArticles(lang), getTagIndex(lang)]);
  return withCacheKeys(
    await Promise.all(
      articles.map(async (article, index) => ({
        params: { slug: slugOf(article) },
        props: {
          article,
          authors: await getAuthors(article),
          reviewer: article.data.reviewedBy && (await getEntry(article.data.reviewedBy)),
          translation: await getTranslation(article),
          older: articles[index + 1],
          newer: articles[index - 1],
          related: relatedArticles(article, articles),
          tags: shownTags(article, tags),
        },
      })),
    ),
    FOOTER,
  );
}

/** `/tags/<slug>/`: every tag used by a published article, its spellings merged. */
export async function tagPaths(lang: Lang, paginate: PaginateFunction) {
  const [articles, tags] = await Promise.all([getPublishedArticles(lang), getTagIndex(lang)]);
  return withCacheKeys(
    [...tags.values()].flatMap(({ slug, label }) =>
      paginate(
        articles.filter((article) => article.data.tags.some((tag) => tag.slug === slug)),
        { params: { tag: slug }, props: { tag: { slug, label } }, pageSize: SITE.pageSize },
      ),
    ),
    FOOTER,
  );
}

/**
 * `/auteurs/<id>/`, `/auteurs/<id>/2/`…: every author, with their published articles in this language, a page at a time
 * as on tag pages (an author of a large site signs thousands).
 */
export async function authorPaths(lang: Lang, paginate: PaginateFunction) {
  const [authors, articles] = await Promise.all([getCollection('authors'), getPublishedArticles(lang)]);
  return withCacheKeys(
    authors.flatMap((author) =>
      paginate(
        articles.filter((article) => article.data.authors.some((ref) => ref.id === author.id)),
        { params: { id: author.id }, props: { author }, pageSize: SITE.pageSize },
      ),
    ),
    FOOTER,
  );
}

/** `/<category>/rss.xml` for each category. */
export function categoryFeedPaths(lang: Lang) {
  return CATEGORY_IDS.map((category) => ({
    params: { category: CATEGORIES[category].slug[lang] },
    props: { category },
  }));
}

/** `/articles/`, `/articles/2/`…: every published article, newest first, with what each page of the archive covers. */
export async function archivePaths(lang: Lang, paginate: PaginateFunction) {
  const articles = await getPublishedArticles(lang);
  const periods = archivePeriods(
    articles.map((article) => article.data.pubDate),
    lang,
  );
  return withCacheKeys(paginate(articles, { props: { periods }, pageSize: ARCHIVE_PAGE_SIZE }), FOOTER);
}

/** The legal notice, privacy and accessibility statements: `content/pages/<lang>/<address>.md`, each required. */
export async function institutionPagePaths(lang: Lang) {
  const pages = await getCollection('pages');
  return withCacheKeys(
    (Object.keys(INSTITUTION_PAGES) as InstitutionPageKind[]).map((kind) => {
      const slug = INSTITUTION_PAGES[kind][lang];
      const page = pages.find((entry) => entry.id === `${lang}/${slug}`);
      if (!page) throw new Error(`La page content/pages/${lang}/${slug}.md manque : le pied de page y renvoie.`);
      return { params: { institution: slug }, props: { kind, page } };
    }),
    FOOTER,
  );
}
