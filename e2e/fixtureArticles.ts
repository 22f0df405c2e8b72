import { readdirSync } from 'node:fs';
import { SITE } from '../src/site.config.ts';

/** A word found only in the fixtures' bodies: searching it must list the published fixtures and nothing else. */
export const SEARCH_WORD = 'quokka';
/** The category the fixtures fill past one page, so that its page 2 exists in both languages. */
export const PADDED_CATEGORY = 'medecine-et-soins';

const root = new URL('..', import.meta.url).pathname;

function article(fields: { title: string; pubDate: string; draft?: boolean }, author: string): string {
  return [
    '---',
    `title: "${fields.title}"`,
    `description: "Article de test des parcours de lecture, sans contenu médical."`,
    `category: ${PADDED_CATEGORY}`,
    `pubDate: ${fields.pubDate}`,
    `authors: [${author}]`,
    ...(fields.draft ? ['draft: true'] : []),
    '---',
    '',
    `Un paragraphe de test dont le mot témoin est ${SEARCH_WORD}.`,
    '',
  ].join('\n');
}

/**
 * The sample content has no category with more than one page; the e2e build adds, per language, one page's worth of old
 * articles plus one in the same category, and a draft and a scheduled article carrying the search word.
 */
export function fixtureArticles(): Record<string, string> {
  const author =
    readdirSync(`${root}content/authors`)
      .filter((file) => file.endsWith('.yaml'))[0]
      ?.replace(/\.yaml$/, '') ?? '';
  const files: Record<string, string> = {};
  for (const lang of ['fr', 'de']) {
    for (let n = 1; n <= SITE.pageSize + 1; n++) {
      // Both formats, so that every path of the site is walked with each.
      files[`${lang}/e2e-fixture-${n}.${n % 2 === 0 ? 'mdx' : 'md'}`] = article(
        { title: `Fixture ${lang} ${n}`, pubDate: `2001-01-${String(n).padStart(2, '0')}` },
        author,
      );
    }
    files[`${lang}/e2e-draft.md`] = article({ title: `Brouillon ${lang}`, pubDate: '2001-02-01', draft: true }, author);
    files[`${lang}/e2e-future.mdx`] = article({ title: `Programmé ${lang}`, pubDate: '2099-01-01' }, author);
  }
  return files;
}
