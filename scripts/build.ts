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
import { UserError } from '../src/lib/userError.ts';
import { type CommandContext, runCli } from './runCli.ts';

/** `astro build`, printing as it goes; resolves to its exit code. */
function astroBuild(root: string, args: string[]): Promise<number> {
  const command = astroBuildCommand(root, args);
  return new Promise((done, fail) => {
    spawn(command.file, command.args, { stdio: 'inherit', env: command.env })
      .on('error', fail)
      .on('exit', (code) => done(code ?? 1));
  });
}

/** `astro build` into dist.next/ (its exit code when it fails), the search index, then dist.next/ becomes dist/. */
async function main({ argv, cwd, out, err }: CommandContext): Promise<number> {
  const site = resolve(cwd, 'dist');
  const next = nextSiteOf(site);
  rmSync(next, { recursive: true, force: true });
  const code = await astroBuild(cwd, ['--outDir', next, ...argv]);
  if (code !== 0) {
    rmSync(next, { recursive: true, force: true });
    err('La construction a échoué : le site précédent (dist/) est resté tel quel.\n');
    return code;
  }
  let articles: number;
  try {
    articles = await writeSearchIndex(next);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw new UserError(
      'search-index',
      `L’index de recherche n’a pas pu être écrit (${(error as Error).message}) : le site précédent (dist/) est resté tel quel ; relancez npm run build.`,
      { cause: error },
    );
  }
  swapSite(site);
  out(`Recherche : ${articles} articles indexés dans ${site}/pagefind.\n`);
  return 0;
}

if (import.meta.main) await runCli(main);
