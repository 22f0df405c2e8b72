import { type CollectionEntry, getCollection, getEntries } from 'astro:content';
import { isPublished } from '../lib/articleFilter.ts';
import { parseArticleId } from '../lib/articleId.ts';
import type { CountedFromBody } from '../lib/articles/articleLoader.ts';
import type { Lang } from '../lib/i18n.ts';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;

/** The build's "now": an article dated later is not published by this build. */
const BUILD_TIME = new Date();

/** The year in every page's footer. */
export const BUILD_YEAR = BUILD_TIME.getFullYear();

const DEV = import.meta.env.MODE === 'development';

/** One read of the collection per language and build: every page asks for it, and getCollection resolves every entry each time. */
const publishedByLang = new Map<Lang, Promise<Article[]>>();

/**
 * Articles readers may see, newest first. The dev server (mode "development", whatever NODE_ENV says) also shows drafts and scheduled
 * articles so editors can preview them; a production build never does.
 * A build computes the list once per language and hands every caller the same array: filter or slice it, never sort or splice it in place.
 * The dev server reads the collection afresh on each request, so edits show up.
 */
export function getPublishedArticles(lang: Lang): Promise<Article[]> {
  return oncePerBuild(publishedByLang, lang, readPublishedArticles);
}

async function readPublishedArticles(lang: Lang): Promise<Article[]> {
  const articles = await getCollection(
    'articles',
    (entry) => parseArticleId(entry.id).lang === lang && (DEV || isPublished(entry.data, BUILD_TIME)),
  );
  return articles.sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime());
}

/** Minutes to read the article, counted by the loader from its text (the content store keeps no bodies). */
export function readingMinutesOf(article: Article): number {
  return (article.data as Article['data'] & CountedFromBody).readingMinutes;
}

/** The article's slug, the part of its URL after `/articles/`. */
export function slugOf(article: Article): string {
  return parseArticleId(article.id).slug;
}

interface TranslationIndex {
  bySlug: Map<string, Article>;
  /** Articles by the slug they translate (`translationOf`); the first one, newest first, wins as `find` did. */
  byOriginal: Map<string, Article>;
}

const translationIndexes = new Map<Lang, Promise<TranslationIndex>>();

async function indexTranslations(lang: Lang): Promise<TranslationIndex> {
  const bySlug = new Map<string, Article>();
  const byOriginal = new Map<string, Article>();
  for (const article of await getPublishedArticles(lang)) {
    const slug = slugOf(article);
    if (!bySlug.has(slug)) bySlug.set(slug, article);
    const original = article.data.translationOf;
    if (original !== undefined && !byOriginal.has(original)) byOriginal.set(original, article);
  }
  return { bySlug, byOriginal };
}

/** A language's published articles indexed once per build, so that each article page finds its translation without a scan. */
function translationIndex(lang: Lang): Promise<TranslationIndex> {
  return oncePerBuild(translationIndexes, lang, indexTranslations);
}

/** `read(lang)` kept in `cache` for the rest of the build; read afresh on every dev request, so that edits show up. */
function oncePerBuild<T>(cache: Map<Lang, Promise<T>>, lang: Lang, read: (lang: Lang) => Promise<T>): Promise<T> {
  if (DEV) return read(lang);
  let value = cache.get(lang);
  if (!value) {
    value = read(lang);
    cache.set(lang, value);
  }
  return value;
}

/** The published article in the other language that translates this one, or that this one translates. */
export async function getTranslation(article: Article): Promise<Article | undefined> {
  const { lang, slug } = parseArticleId(article.id);
  const otherLang: Lang = lang === 'fr' ? 'de' : 'fr';
  const { bySlug, byOriginal } = await translationIndex(otherLang);
  return article.data.translationOf ? bySlug.get(article.data.translationOf) : byOriginal.get(slug);
}

export async function getAuthors(article: Article): Promise<Author[]> {
  return getEntries(article.data.authors);
}
