import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import rss from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { mdxComponents } from '../components/mdxComponents.ts';
import { absolutizeHtml } from '../lib/absolutizeHtml.ts';
import { parseArticleId } from '../lib/articleId.ts';
import { CATEGORIES, type CategoryId } from '../lib/categories.ts';
import { ASTRO_I18N, type Lang, LOCALE } from '../lib/i18n.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import { typesetHtml } from '../lib/typesetHtml.ts';
import { typesetText } from '../lib/typesetText.ts';
import { SITE } from '../site.config.ts';
import { type Article, getAuthors, getPublishedArticles, slugOf } from './articles.ts';
import { getTagIndex, shownTags } from './tags.ts';

/** Feed readers fetch the whole file on every poll; the latest items are what they need. */
const FEED_SIZE = 50;

let container: AstroContainer | undefined;
const renderedHtml = new Map<string, Promise<string>>();

/** The article body as feed readers get it; rendered once per build, shared by the main and the category feeds. */
function articleHtml(article: Article, url: string): Promise<string> {
  let html = renderedHtml.get(article.id);
  if (!html) {
    html = (async () => {
      container ??= await AstroContainer.create({
        renderers: await loadRenderers([getContainerRenderer()]),
        astroConfig: { i18n: ASTRO_I18N },
      });
      const { Content } = await render(article);
      // The article's own URL tells its components (callouts, video) which language to speak.
      const body = await container.renderToString(Content, {
        props: { components: mdxComponents },
        request: new Request(url),
      });
      return typesetHtml(absolutizeHtml(body, SITE.url), parseArticleId(article.id).lang);
    })();
    renderedHtml.set(article.id, html);
  }
  return html;
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
          content: await articleHtml(article, link),
        };
      }),
    ),
  });
}
