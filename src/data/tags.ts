import type { Lang } from '../lib/i18n.ts';
import { type IndexedTag, tagIndex, tagVariantWarnings } from '../lib/tagIndex.ts';
import { type Article, getPublishedArticles } from './articles.ts';

/** Per list of articles: a build hands every caller the same list, the dev server a new one per request. */
const indexes = new WeakMap<Article[], Map<string, IndexedTag>>();

/**
 * The tags of a language's published articles, variants merged; the first time a build asks, tags written in several
 * ways are reported on the console, as `calendar:check` reports them.
 */
export async function getTagIndex(lang: Lang): Promise<Map<string, IndexedTag>> {
  const articles = await getPublishedArticles(lang);
  let index = indexes.get(articles);
  if (!index) {
    index = tagIndex(articles.map((article) => ({ id: article.id, tags: article.data.tags })));
    indexes.set(articles, index);
    for (const warning of tagVariantWarnings(index)) console.warn(`[mots-clés] ${warning}`);
  }
  return index;
}

/** An article's tags as the site shows them (each slug once, in its most frequent spelling). */
export function shownTags(article: Article, index: ReadonlyMap<string, IndexedTag>): { slug: string; label: string }[] {
  const slugs = [...new Set(article.data.tags.map((tag) => tag.slug))];
  return slugs.map((slug) => ({ slug, label: index.get(slug)?.label ?? slug }));
}
