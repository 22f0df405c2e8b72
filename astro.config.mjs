// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ASTRO_I18N } from './src/lib/i18n.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Lets MDX components (callouts, video) speak the article's language through Astro.currentLocale.
  i18n: ASTRO_I18N,
  build: { inlineStylesheets: 'always' },
  integrations: [mdx(), sitemap()],
});
