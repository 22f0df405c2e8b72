/** Whether readers may see an article at `now`: never a draft, never before its publication time. */
export function isPublished(article: { draft: boolean; pubDate: Date }, now: Date): boolean {
  return !article.draft && article.pubDate.getTime() <= now.getTime();
}
