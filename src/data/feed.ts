import rss from '@astrojs/rss';
import { CATEGORIES, type CategoryId } from '../lib/categories.ts';
import { type Lang, LOCALE } from '../lib/i18n.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import { SITE } from '../site.config.ts';
import { articleBodyHtml } from './articleBodyHtml.ts';
import { getAuthors, getPublishedArticles, slugOf } from './articles.ts';

/** Feed readers fetch the whole file on every poll; the latest items are what they need. */
const FEED_SIZE = 50;

/** An RSS 2.0 feed of a language's published articles, or of one category, with their full content. */
export async function articleFeed(lang: Lang, category?: CategoryId): Promise<Response> {
  const articles = (await getPublishedArticles(lang))
    .filter((article) => !category || article.data.category === category)
    .slice(0, FEED_SIZE);
  const title = category ? `${CATEGORIES[category].label[lang]} · ${SITE.name[lang]}` : SITE.tagline[lang];
  return rss({
    title,
    description: category ? CATEGORIES[category].blurb[lang] : SITE.tagline[lang],
    site: absoluteUrl(category ? paths.category(lang, category) : paths.home(lang), SITE.url),
    trailingSlash: true,
    customData: `<language>${LOCALE[lang]}</language>`,
    items: await Promise.all(
      articles.map(async (article) => {
        const authors = await getAuthors(article);
        const link = absoluteUrl(paths.article(lang, slugOf(article)), SITE.url);
        return {
          title: article.data.title,
          description: article.data.description,
          link,
          pubDate: article.data.pubDate,
          categories: [CATEGORIES[article.data.category].label[lang], ...article.data.tags],
          author: authors.map((author) => author.data.name).join(', '),
          content: await articleBodyHtml(article),
        };
      }),
    ),
  });
}
