import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built pages with Pagefind after every `astro build`, one index per `<html lang>`. Only what article pages
 * mark with `data-pagefind-body` is indexed, and only published articles are built: drafts can never be found.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'passerelle:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const { page_count: pages, errors: indexErrors } = await index.addDirectory({ path: site });
        const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}pagefind` });
        await close();
        const problems = [...indexErrors, ...writeErrors];
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        logger.info(`${pages} pages indexed for search`);
      },
    },
  };
}
