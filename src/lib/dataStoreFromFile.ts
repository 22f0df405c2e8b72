import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module through which Astro's build hands every collection entry, rendered articles included, to the pages. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** Marks the module as content data, as Astro does, so that its incremental build hashes pages without it. */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** The module's code: the store's JSON read from its file when the pages first ask for it. */
export function dataStoreModuleCode(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/** The plugin that loads Astro's store module from `storeFile`, unless there is no store. */
export function dataStorePlugin(storeFile: string): Plugin {
  return {
    name: 'passerelle:data-store-from-file',
    enforce: 'pre',
    load: {
      filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
      handler() {
        // Without a store, Astro's module is an empty Map, and stays so.
        if (!existsSync(storeFile)) return null;
        return { code: dataStoreModuleCode(storeFile), map: { mappings: '' }, meta: CONTENT_DATA_META };
      },
    },
  };
}

/**
 * Astro writes its content store into the build as one JavaScript string literal (`JSON.parse("…")`), and V8 compiles
 * a literal that large in time that grows with the square of its length: 55 MB (3,000 articles) took 36 s to compile,
 * 5 MB 0.5 s. Reading the same file at run time costs a `JSON.parse`, linear. The plugin goes first of all the build's
 * plugins, so that it loads the module before Astro's own plugin reads the whole store to write the literal: at 10,000
 * articles the file, its literal and the module's code, held at once, were a gigabyte. Static builds only: the dev
 * server keeps Astro's module, which it reloads when the store changes.
 */
export function dataStoreFromFile(): AstroIntegration {
  let storeFile: string | undefined;
  return {
    name: 'passerelle:data-store-from-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        // With an adapter, pages served on demand would read the file on a server that does not have it.
        if (!config.adapter) storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
      },
      'astro:build:setup': ({ vite }) => {
        // Astro's plugins come before a project's, and `updateConfig` would append this one after them.
        if (storeFile) vite.plugins = [dataStorePlugin(storeFile), ...(vite.plugins ?? [])];
      },
    },
  };
}
