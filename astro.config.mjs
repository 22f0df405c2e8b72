// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Lets MDX components (callouts, video) speak the article's language through Astro.currentLocale.
  i18n: { locales: ['fr', 'de'], defaultLocale: 'fr', routing: { prefixDefaultLocale: false } },
  build: { inlineStylesheets: 'always' },
  integrations: [mdx(), sitemap()],
});
