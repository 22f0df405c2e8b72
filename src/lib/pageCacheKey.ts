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
  return sha256(JSON.stringify([props, context, TYPESETTING], entriesByHash));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The hash of each content entry met, made once a build: an article is in the props of a dozen pages. Kept by the
 * entry object itself, which nothing changes once the content layer has given it (never mutate an entry).
 */
const entryHashes = new WeakMap<object, string>();

/**
 * A content entry (an object with its collection, id and data) stands in a key as the hash of its whole JSON, its
 * rendered HTML included: the same text, for a fraction of the work, as the entries repeat from page to page.
 */
function entriesByHash(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('collection' in value && 'id' in value && 'data' in value))
    return value;
  let hash = entryHashes.get(value);
  if (hash === undefined) {
    hash = `entry ${sha256(JSON.stringify(value))}`;
    entryHashes.set(value, hash);
  }
  return hash;
}

/** Each of a route's paths with its `cacheKey`: a hash of its props and of `context`. */
export function withCacheKeys<T extends { props?: unknown }>(
  pagePaths: readonly T[],
  ...context: string[]
): (T & { cacheKey: string })[] {
  return pagePaths.map((path) => ({ ...path, cacheKey: pageCacheKey(path.props, ...context) }));
}
