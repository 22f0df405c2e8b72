interface Relatable {
  id: string;
  data: { tags: string[]; category: string; pubDate: Date };
}

/** Articles that share the most tags with `article`, then its category, newest first among equals. */
export function relatedArticles<T extends Relatable>(article: T, candidates: readonly T[], limit = 3): T[] {
  const tags = new Set(article.data.tags);
  const score = (other: T) => other.data.tags.filter((tag) => tags.has(tag)).length * 2 + (other.data.category === article.data.category ? 1 : 0);
  return candidates
    .filter((other) => other.id !== article.id && score(other) > 0)
    .sort((a, b) => score(b) - score(a) || b.data.pubDate.getTime() - a.data.pubDate.getTime())
    .slice(0, limit);
}
