// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefindIndex.ts';
import { ASTRO_I18N } from './src/lib/i18n.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Lets MDX components (callouts, video) speak the article's language through Astro.currentLocale.
  i18n: ASTRO_I18N,
  build: { inlineStylesheets: 'always' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/recherche/') && !page.includes('/suche/') }), pagefindIndex()],
  security: {
    // Astro writes a <meta> CSP per page with the hashes of what it inlines; public/_headers adds what a meta cannot carry.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Videos load from these hosts only once the reader clicks play.
        'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
      ],
      // Pagefind's search runs in WebAssembly, which needs the one 'wasm-unsafe-eval' source (no JavaScript eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
