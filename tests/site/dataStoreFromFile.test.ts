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

/** The Vite plugins the integration adds for `command`, as Astro would collect them. */
function pluginsFor(command: 'build' | 'dev', adapter?: { name: string }): Plugin[] {
  const plugins: Plugin[] = [];
  // Only the three options the hook reads.
  const setup = dataStoreFromFile().hooks['astro:config:setup'] as unknown as (options: {
    command: string;
    config: { cacheDir: URL; adapter?: { name: string } | undefined };
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => void;
  }) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), adapter },
    updateConfig: (config) => plugins.push(...config.vite.plugins),
  });
  return plugins;
}

/** What the plugin makes of Astro's code for `id`. */
function transform(plugin: Plugin, code: string, id: string) {
  const hook = plugin.transform as { filter: { id: RegExp }; handler: (code: string) => TransformResult | null };
  return hook.filter.id.test(id) ? hook.handler.call({}, code) : null;
}
type TransformResult = { code: string; meta: unknown };

/** Astro's module for a store, as its plugin writes it. */
const astroModule = (store: string) => `export default JSON.parse(${JSON.stringify(store)})`;

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
    const [plugin] = pluginsFor('build');
    const module = transform(plugin!, astroModule(store), DATA_STORE_MODULE)!;
    expect(module.code).not.toContain('Varices');
    expect(module.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    const file = join(cacheDir, 'module.mjs');
    writeFileSync(file, module.code);
    expect((await import(pathToFileURL(file).href)).default).toEqual(JSON.parse(store));
  });

  it('leaves every other module, an empty store and a build without a store file as Astro wrote them', () => {
    const [plugin] = pluginsFor('build');
    expect(transform(plugin!, astroModule('[]'), '\0astro:content')).toBeNull();
    expect(transform(plugin!, 'export default new Map()', DATA_STORE_MODULE)).toBeNull();
    rmSync(join(cacheDir, 'data-store.json'), { force: true });
    expect(transform(plugin!, astroModule('[]'), DATA_STORE_MODULE)).toBeNull();
  });

  it('adds nothing to the dev server, which reloads Astro’s own module', () => {
    expect(pluginsFor('dev')).toEqual([]);
  });

  it('adds nothing to a build with an adapter, whose server would not have the file', () => {
    expect(pluginsFor('build', { name: '@astrojs/node' })).toEqual([]);
    expect(pluginsFor('build')).toHaveLength(1);
  });
});
