import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { isPublished } from '../lib/articleFilter.ts';
import { parseArticleId } from '../lib/articleId.ts';
import type { Lang } from '../lib/i18n.ts';

export type Article = CollectionEntry<'articles'>;
export type Author = CollectionEntry<'authors'>;

/** The build's "now": an article dated later is not published by this build. */
const BUILD_TIME = new Date();

/**
 * Articles readers may see, newest first. The dev server (mode "development", whatever NODE_ENV says) also shows drafts and scheduled
 * articles so editors can preview them; a production build never does.
 */
export async function getPublishedArticles(lang: Lang): Promise<Article[]> {
  const articles = await getCollection(
    'articles',
    (entry) => parseArticleId(entry.id).lang === lang && (import.meta.env.MODE === 'development' || isPublished(entry.data, BUILD_TIME)),
  );
  return articles.sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime());
}

/** The article's slug, the part of its URL after `/articles/`. */
export function slugOf(article: Article): string {
  return parseArticleId(article.id).slug;
}

/** The published article in the other language that translates this one, or that this one translates. */
export async function getTranslation(article: Article): Promise<Article | undefined> {
  const { lang, slug } = parseArticleId(article.id);
  const otherLang: Lang = lang === 'fr' ? 'de' : 'fr';
  const others = await getPublishedArticles(otherLang);
  return others.find((other) => (article.data.translationOf ? slugOf(other) === article.data.translationOf : other.data.translationOf === slug));
}

export async function getAuthors(article: Article): Promise<Author[]> {
  return getEntries(article.data.authors);
}
