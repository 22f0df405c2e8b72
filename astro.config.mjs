// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, sharpImageService } from 'astro/config';
import { PROXY_VARIABLE } from './src/cms/cmsConfig.ts';
import { decapAssets } from './src/cms/decapAssets.ts';
import { dataStoreFromFile } from './src/lib/dataStoreFromFile.ts';
import { ASTRO_I18N } from './src/lib/i18n.ts';
import { articleSyntaxPlugin } from './src/lib/markdown/articleSyntax.ts';
import { figureImagesPlugin } from './src/lib/markdown/figureImagesPlugin.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Lets MDX components (callouts, video) speak the article's language through Astro.currentLocale.
  i18n: ASTRO_I18N,
  // Four pages at a time: while one waits for its social card (drawn and encoded off the main thread), others render.
  // Measured on 1,000 articles, 2 cores: page generation 86 s → 60 s cold.
  build: { inlineStylesheets: 'always', concurrency: 4 },
  // AVIF at sharp's default effort (4) took 2.7 s for one 1440 px hero; effort 2 takes a fifth of that for files 10 % larger.
  image: { service: sharpImageService({ avif: { effort: 2 } }) },
  markdown: {
    // Health articles carry no code; Shiki's inline styles would also break the CSP (Astro warns at every build).
    syntaxHighlight: false,
    // Astro's own Markdown engine (Sätteri, native), with directives for the project's blocks in .md and .mdx alike.
    processor: satteri({
      features: { directive: true },
      mdastPlugins: [articleSyntaxPlugin(SITE.images)],
      hastPlugins: [figureImagesPlugin],
    }),
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro issue #18087: every MDX file trips this harmless warning under rolldown, a screenful per article.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // A rebuild copies the pages whose data (their getStaticPaths cacheKey) and code are unchanged from the last build,
  // kept in node_modules/.astro: keep that folder in the CI cache. Measured on 10,000 articles: see README, Performance.
  experimental: { incrementalBuild: true },
  // Editors writing with `npm run cms` see the admin and the site without Astro's developer toolbar over them.
  devToolbar: { enabled: !process.env[PROXY_VARIABLE] },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !['/recherche/', '/suche/', '/admin/'].some((path) => page.includes(path)) }),
    decapAssets(),
    dataStoreFromFile(),
  ],
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
