import { close, createIndex } from 'pagefind';
import { LANGS } from '../lib/i18n.ts';
import { paths } from '../lib/paths.ts';

/**
 * The article pages, the only ones with a `data-pagefind-body`: Pagefind need not parse the thousands of others (a third
 * of its time at 1,000 articles). A kind of page that gains a `data-pagefind-body` is added here.
 */
const ARTICLE_PAGES = `{${LANGS.map((lang) => `${paths.article(lang, '*').slice(1)}index.html`).join(',')}}`;

/**
 * Indexes the built site's articles with Pagefind into `<siteDir>/pagefind`, one index per `<html lang>`, and returns how
 * many it indexed. Only what article pages mark with `data-pagefind-body` is indexed, and only published articles are
 * built: drafts can never be found.
 * It runs after `astro build` has exited rather than in its `astro:build:done` hook: Astro's process still held its
 * memory there, and the two added up (10,000 articles: Astro about 6 GB, Pagefind 1–2 GB more).
 */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind : ${errors.join(' ; ')}`);
  try {
    const { page_count: pages, errors: indexErrors } = await index.addDirectory({ path: siteDir, glob: ARTICLE_PAGES });
    const { errors: writeErrors } = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    const problems = [...indexErrors, ...writeErrors];
    if (problems.length > 0) throw new Error(`Pagefind : ${problems.join(' ; ')}`);
    return pages;
  } finally {
    await close();
  }
}
