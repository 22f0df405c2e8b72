/**
 * npm run build [-- astro build options, such as --force]
 * Builds the site into dist.next/ with `astro build`, then, once Astro's process has exited and freed its memory,
 * writes the search index into dist.next/pagefind, and only then puts dist.next/ in the place of dist/: a failed build
 * leaves the previous dist/ complete.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { astroBuildCommand } from '../src/build/astroBuild.ts';
import { nextSiteOf, swapSite } from '../src/build/swapSite.ts';
import { writeSearchIndex } from '../src/build/writeSearchIndex.ts';

/** `astro build`, printing as it goes; resolves to its exit code. */
function astroBuild(args: string[]): Promise<number> {
  const command = astroBuildCommand(process.cwd(), args);
  return new Promise((done, fail) => {
    spawn(command.file, command.args, { stdio: 'inherit', env: command.env })
      .on('error', fail)
      .on('exit', (code) => done(code ?? 1));
  });
}

async function main(): Promise<void> {
  const site = resolve('dist');
  const next = nextSiteOf(site);
  rmSync(next, { recursive: true, force: true });
  const code = await astroBuild(['--outDir', next, ...process.argv.slice(2)]);
  if (code !== 0) {
    rmSync(next, { recursive: true, force: true });
    process.stderr.write('La construction a échoué : le site précédent (dist/) est resté tel quel.\n');
    process.exitCode = code;
    return;
  }
  try {
    const pages = await writeSearchIndex(next);
    swapSite(site);
    process.stdout.write(`Recherche : ${pages} pages indexées dans ${site}/pagefind.\n`);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    process.stderr.write(
      `L’index de recherche n’a pas pu être écrit (${(error as Error).message}) : le site précédent (dist/) est resté tel quel ; relancez npm run build.\n`,
    );
    process.exitCode = 1;
  }
}

if (import.meta.main) await main();
