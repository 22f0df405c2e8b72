interface Relatable {
  id: string;
  data: { tags: readonly { slug: string }[]; category: string; pubDate: Date };
}

/**
 * Articles that share the most tags with `article`, then its category, newest first among equals (candidates' order
 * among exact ties). One pass keeping the best `limit`: every article page asks, so a sort of all candidates per page
 * made the build quadratic-and-a-log in the number of articles.
 */
export function relatedArticles<T extends Relatable>(article: T, candidates: readonly T[], limit = 3): T[] {
  const tags = new Set(article.data.tags.map((tag) => tag.slug));
  const best: { item: T; score: number; time: number }[] = [];
  for (const other of candidates) {
    if (other.id === article.id) continue;
    let score = other.data.category === article.data.category ? 1 : 0;
    for (const tag of other.data.tags) if (tags.has(tag.slug)) score += 2;
    if (score === 0) continue;
    const time = other.data.pubDate.getTime();
    // Where it goes: after every kept item at least as good (ties keep the candidates' order, as a stable sort does).
    let at = best.length;
    while (at > 0 && (best[at - 1]!.score < score || (best[at - 1]!.score === score && best[at - 1]!.time < time)))
      at -= 1;
    if (at >= limit) continue;
    best.splice(at, 0, { item: other, score, time });
    if (best.length > limit) best.pop();
  }
  return best.map((entry) => entry.item);
}
