import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './lib/typesetHtml.ts';

/**
 * Typography is set here, once, on every page as it leaves the build (and the dev server): titles, bodies from `.md`
 * and `.mdx` alike, components, interface strings and the attributes readers see, each in its element's language.
 * Feeds and social cards, which are not HTML pages, typeset their texts with the same rules (`src/data/`).
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(typesetHtml(await response.text()), response);
});
