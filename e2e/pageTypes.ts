import { CATEGORY_IDS } from '../src/lib/categories.ts';
import { LANGS, type Lang, SEGMENTS } from '../src/lib/i18n.ts';
import { paths } from '../src/lib/paths.ts';
import { pagesIn } from '../src/testSupport/pagesIn.ts';
import { PADDED_CATEGORY, SEARCH_WORD } from './fixtureArticles.ts';

/** The first built page under a directory of dist. */
function firstIn(dist: string, dir: string): string {
  const name = pagesIn(dist, dir)[0];
  if (!name) throw new Error(`No page under ${dir} in the build`);
  return name;
}

/** One page of every type, in each language: what the accessibility and security checks visit. */
export function pageTypes(dist: string): { name: string; path: string }[] {
  return LANGS.flatMap((lang: Lang) => {
    const prefix = lang === 'fr' ? '' : `${lang}/`;
    return [
      { name: `home ${lang}`, path: paths.home(lang) },
      { name: `category ${lang}`, path: paths.category(lang, CATEGORY_IDS[1]) },
      { name: `category page 2 ${lang}`, path: paths.category(lang, PADDED_CATEGORY, 2) },
      { name: `article ${lang}`, path: paths.article(lang, firstIn(dist, `${prefix}${SEGMENTS.article[lang]}`)) },
      { name: `archive ${lang}`, path: paths.archive(lang) },
      // The privacy and accessibility statements are drawn by the same page type.
      { name: `legal notice ${lang}`, path: paths.institutionPage(lang, 'legal') },
      { name: `tag ${lang}`, path: paths.tag(lang, firstIn(dist, `${prefix}${SEGMENTS.tag[lang]}`)) },
      { name: `author ${lang}`, path: paths.author(lang, firstIn(dist, `${prefix}${SEGMENTS.author[lang]}`)) },
      { name: `search ${lang}`, path: `${paths.search(lang)}?q=${SEARCH_WORD}` },
      { name: `404 ${lang}`, path: `${paths.home(lang)}page-qui-n-existe-pas/` },
    ];
  });
}

/** Every article page of the sample content: each uses different MDX components. */
export function articlePages(dist: string): string[] {
  return LANGS.flatMap((lang) => {
    const dir = `${lang === 'fr' ? '' : `${lang}/`}${SEGMENTS.article[lang]}`;
    return pagesIn(dist, dir).map((slug) => paths.article(lang, slug));
  });
}
