import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_STORE_MODULE, dataStoreFromFile } from '../../src/lib/dataStoreFromFile.ts';

const astroDist = new URL('../../node_modules/astro/dist/content/', import.meta.url);
const cacheDir = mkdtempSync(join(tmpdir(), 'data-store-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Astro's own plugins as the build's Vite config lists them, before any integration's. */
const ASTRO_PLUGINS: Plugin[] = [{ name: 'astro-content-virtual-mod-plugin', enforce: 'pre' }];

/** The build's Vite plugins once the integration has set them up, with or without an adapter. */
function buildPlugins(adapter?: { name: string }): Plugin[] {
  const { hooks } = dataStoreFromFile();
  // Only what the hooks read.
  const done = hooks['astro:config:done'] as unknown as (options: {
    config: { cacheDir: URL; adapter?: { name: string } | undefined };
  }) => void;
  const setup = hooks['astro:build:setup'] as unknown as (options: { vite: { plugins: Plugin[] } }) => void;
  done({ config: { cacheDir: pathToFileURL(`${cacheDir}/`), adapter } });
  const vite = { plugins: [...ASTRO_PLUGINS] };
  setup({ vite });
  return vite.plugins;
}

/** What the plugin loads for `id`, if anything. */
function load(plugin: Plugin, id: string) {
  const hook = plugin.load as { filter: { id: RegExp }; handler: () => LoadResult | null };
  return hook.filter.id.test(id) ? hook.handler.call({}) : null;
}
type LoadResult = { code: string; meta: unknown };

describe('the content store read from its file at build time', () => {
  it('is the module Astro names for its store, which Astro still writes as one string literal', () => {
    expect(readFileSync(new URL('consts.js', astroDist), 'utf8')).toContain(`"${DATA_STORE_MODULE.slice(1)}"`);
    // When Astro stops inlining the store, this plugin has no reason left to exist.
    expect(readFileSync(new URL('vite-plugin-content-virtual-mod.js', astroDist), 'utf8')).toMatch(
      /export default JSON\.parse\(\$\{JSON\.stringify\(jsonData\)\}\)/,
    );
  });

  it('gives the pages the same data as the file, and marks it as content data', async () => {
    const store = JSON.stringify([{ articles: 1 }, ['« Varices » : quand consulter ?', '\u2028']]);
    writeFileSync(join(cacheDir, 'data-store.json'), store);
    const module = load(buildPlugins()[0]!, DATA_STORE_MODULE)!;
    expect(module.code).not.toContain('Varices');
    expect(module.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    const file = join(cacheDir, 'module.mjs');
    writeFileSync(file, module.code);
    expect((await import(pathToFileURL(file).href)).default).toEqual(JSON.parse(store));
  });

  it('loads the module before Astro’s own plugin, which would read the whole store to write its literal', () => {
    expect(buildPlugins().map((plugin) => plugin.name)).toEqual([
      'passerelle:data-store-from-file',
      'astro-content-virtual-mod-plugin',
    ]);
  });

  it('leaves every other module, and a build without a store file, to Astro', () => {
    const [plugin] = buildPlugins();
    writeFileSync(join(cacheDir, 'data-store.json'), '[]');
    expect(load(plugin!, '\0astro:content')).toBeNull();
    rmSync(join(cacheDir, 'data-store.json'), { force: true });
    expect(load(plugin!, DATA_STORE_MODULE)).toBeNull();
  });

  it('adds nothing to a build with an adapter, whose server would not have the file', () => {
    expect(buildPlugins({ name: '@astrojs/node' })).toEqual(ASTRO_PLUGINS);
  });
});
