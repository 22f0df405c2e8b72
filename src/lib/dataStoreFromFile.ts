import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The module through which Astro's build hands every collection entry, rendered articles included, to the pages. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** Marks the module as content data, as Astro does, so that its incremental build hashes pages without it. */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** The module's code: the store's JSON read from its file when the pages first ask for it. */
export function dataStoreModuleCode(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/**
 * Astro writes its content store into the build as one JavaScript string literal (`JSON.parse("…")`), and V8 compiles
 * a literal that large in time that grows with the square of its length: 55 MB (3,000 articles) took 36 s to compile,
 * 5 MB 0.5 s. Reading the same file at run time costs a `JSON.parse`, linear. Static builds only: the dev server keeps
 * Astro's module, which it reloads when the store changes.
 */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'passerelle:data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // With an adapter, pages served on demand would read the file on a server that does not have it.
        if (command !== 'build' || config.adapter) return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'passerelle:data-store-from-file',
                enforce: 'pre',
                // Astro's own plugin loads the module first (its plugins come before a project's): replace its code.
                transform: {
                  filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
                  handler(code) {
                    // Without a store Astro's module is an empty Map, and stays so.
                    if (!code.startsWith('export default JSON.parse(') || !existsSync(storeFile)) return null;
                    return { code: dataStoreModuleCode(storeFile), map: { mappings: '' }, meta: CONTENT_DATA_META };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
