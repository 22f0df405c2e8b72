import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { ASTRO_I18N } from '../lib/i18n.ts';
import { articleHtml } from '../lib/markdown/articleHtml.ts';
import { SITE } from '../site.config.ts';
import type { Article } from './articles.ts';

let container: AstroContainer | undefined;
const rendered = new Map<string, Promise<string>>();

/**
 * An article's body as feed readers get it, Markdown or MDX alike: rendered by Astro (the blocks are part of the
 * rendered HTML, no component is needed), through the same allowlist as the page, with absolute addresses.
 * Rendered once per build, shared by the language and category feeds.
 */
export function articleBodyHtml(article: Article): Promise<string> {
  let html = rendered.get(article.id);
  if (!html) {
    html = (async () => {
      container ??= await AstroContainer.create({
        renderers: await loadRenderers([getContainerRenderer()]),
        astroConfig: { i18n: ASTRO_I18N },
      });
      const { Content } = await render(article);
      return articleHtml(await container.renderToString(Content), { feedBase: SITE.url });
    })();
    rendered.set(article.id, html);
  }
  return html;
}
