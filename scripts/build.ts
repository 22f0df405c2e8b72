/**
 * npm run build [-- astro build options, such as --force]
 * Builds the site into dist/ with `astro build`, then, once Astro's process has exited and freed its memory, writes
 * the search index into dist/pagefind.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { astroBuildCommand } from '../src/build/astroBuild.ts';
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

/** `astro build` (its exit code when it fails), then the search index. */
async function main({ argv, cwd, out }: CommandContext): Promise<number> {
  const code = await astroBuild(cwd, argv);
  if (code !== 0) return code;
  const site = resolve(cwd, 'dist');
  let pages: number;
  try {
    pages = await writeSearchIndex(site);
  } catch (error) {
    throw new UserError(
      'search-index',
      `L’index de recherche n’a pas pu être écrit (${(error as Error).message}) : relancez npm run build.`,
      { cause: error },
    );
  }
  out(`Recherche : ${pages} pages indexées dans ${site}/pagefind.\n`);
  return 0;
}

if (import.meta.main) await runCli(main);
