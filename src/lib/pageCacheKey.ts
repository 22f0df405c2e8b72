import { createHash } from 'node:crypto';
import { TYPESETTING } from './typesetHtml.ts';

/**
 * The `cacheKey` of a page for Astro's incremental build, which copies the previous build's page instead of rendering it
 * when the key and the page's code are both unchanged. The key hashes everything the page is drawn from besides code:
 * its props (so a page must read its data from its props, never fetch more while rendering) and whatever else it shows
 * (`context`: the year in the footer, the font of a card), and how its text is typeset: the middleware typesets pages
 * after rendering, outside the page's module graph, which this import brings the typography code into.
 */
export function pageCacheKey(props: unknown, ...context: string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([props, context, TYPESETTING]))
    .digest('base64url');
}

/** Each of a route's paths with its `cacheKey`: a hash of its props and of `context`. */
export function withCacheKeys<T extends { props?: unknown }>(
  pagePaths: readonly T[],
  ...context: string[]
): (T & { cacheKey: string })[] {
  return pagePaths.map((path) => ({ ...path, cacheKey: pageCacheKey(path.props, ...context) }));
}
