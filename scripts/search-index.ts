/**
 * node scripts/search-index.ts [dist]  (the second half of `npm run build`)
 * Writes the search index of the built site into dist/pagefind.
 */
import { resolve } from 'node:path';
import { writeSearchIndex } from '../src/build/writeSearchIndex.ts';

async function main(): Promise<void> {
  const site = resolve(process.argv[2] ?? 'dist');
  try {
    const pages = await writeSearchIndex(site);
    process.stdout.write(`Recherche : ${pages} pages indexées dans ${site}/pagefind.\n`);
  } catch (error) {
    process.stderr.write(`L’index de recherche n’a pas pu être écrit (${(error as Error).message}) : relancez npm run build.\n`);
    process.exitCode = 1;
  }
}

if (import.meta.main) await main();
