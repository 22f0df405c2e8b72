import rss from '@astrojs/rss';
import { escapeText } from 'entities';
import { CATEGORIES, type CategoryId } from '../lib/categories.ts';
import { type Lang, LOCALE, useTranslations } from '../lib/i18n.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import { typesetHtml } from '../lib/typesetHtml.ts';
import { typesetText } from '../lib/typesetText.ts';
import { formatDate } from '../lib/zurichTime.ts';
import { SITE } from '../site.config.ts';
import { articleBodyHtml } from './articleBodyHtml.ts';
import { type Article, getAuthors, getPublishedArticles, slugOf } from './articles.ts';
import { getTagIndex, shownTags } from './tags.ts';

/** Feed readers fetch the whole file on every poll; the latest items are what they need. */
const FEED_SIZE = 50;

/** The corrections of an article, after its body as on its page: a corrected article's item changes with them. */
function correctionsHtml(article: Article, lang: Lang): string {
  const t = useTranslations(lang);
  return article.data.corrections
    .map(({ date, text }) => `<p><strong>${t.correctionOf(formatDate(date, lang))} :</strong> ${escapeText(text)}</p>`)
    .join('');
}

/**
 * An RSS 2.0 feed of a language's published articles, or of one category, with their full content; its texts are
 * typeset as the pages are (the middleware typesets HTML pages only).
 */
export async function articleFeed(lang: Lang, category?: CategoryId): Promise<Response> {
  const articles = (await getPublishedArticles(lang))
    .filter((article) => !category || article.data.category === category)
    .slice(0, FEED_SIZE);
  const tags = await getTagIndex(lang);
  const typeset = (text: string) => typesetText(text, lang);
  const title = category ? `${CATEGORIES[category].label[lang]} · ${SITE.name[lang]}` : SITE.tagline[lang];
  return rss({
    title: typeset(title),
    description: typeset(category ? CATEGORIES[category].blurb[lang] : SITE.tagline[lang]),
    site: absoluteUrl(category ? paths.category(lang, category) : paths.home(lang), SITE.url),
    trailingSlash: true,
    customData: `<language>${LOCALE[lang]}</language>`,
    items: await Promise.all(
      articles.map(async (article) => {
        const authors = await getAuthors(article);
        const link = absoluteUrl(paths.article(lang, slugOf(article)), SITE.url);
        return {
          title: typeset(article.data.title),
          description: typeset(article.data.description),
          link,
          pubDate: article.data.pubDate,
          categories: [
            CATEGORIES[article.data.category].label[lang],
            ...shownTags(article, tags).map((tag) => tag.label),
          ].map(typeset),
          author: typeset(authors.map((author) => author.data.name).join(', ')),
          content: typesetHtml((await articleBodyHtml(article)) + correctionsHtml(article, lang), lang),
        };
      }),
    ),
  });
}
