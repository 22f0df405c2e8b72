import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PROXY_VARIABLE } from './cmsConfig.ts';
import { DECAP_PATH } from './decapPaths.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Decap's prebuilt files as npm installed them (source maps left out: 25 MB that editors never need). */
function decapFiles(): { dir: string; names: string[] } {
  const dir = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
  return { dir, names: readdirSync(dir).filter((name) => extname(name) in TYPES) };
}

/**
 * Serves Decap CMS's bundle under `/admin/decap/` from node_modules: by the dev server while editing, and copied into
 * the build. Rebundling it through Vite would cost every build several seconds and break its chunk loading.
 */
export function decapAssets(): AstroIntegration {
  return {
    name: 'passerelle:decap-assets',
    hooks: {
      // The admin page's own dependencies, bundled when the dev server starts rather than discovered on the page's
      // first load, which Vite would then reload.
      // With `npm run cms`, saving writes into content/, on which the dev server would reload every open page, the
      // admin included, in the middle of an editor's work: there, pages show the changes when they are reloaded.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            optimizeDeps: { include: ['yaml', 'zod', '@date-fns/tz'] },
            ...(process.env[PROXY_VARIABLE] ? { server: { hmr: false } } : {}),
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        const { dir, names } = decapFiles();
        server.middlewares.use(DECAP_PATH, (request, response, next) => {
          const name = new URL(request.url ?? '/', 'http://localhost').pathname.slice(1);
          if (!names.includes(name)) return next();
          response.setHeader('Content-Type', TYPES[extname(name)] ?? 'application/octet-stream');
          response.end(readFileSync(join(dir, name)));
        });
      },
      'astro:build:done': ({ dir: site }) => {
        const { dir, names } = decapFiles();
        const target = join(fileURLToPath(site), DECAP_PATH);
        mkdirSync(target, { recursive: true });
        for (const name of names) copyFileSync(join(dir, name), join(target, name));
      },
    },
  };
}
