/**
 * npm run build [-- astro build options, such as --force]
 * Builds the site into dist/ with `astro build`, then, once Astro's process has exited and freed its memory, writes
 * the search index into dist/pagefind.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { astroBuildCommand } from '../src/build/astroBuild.ts';
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
  const code = await astroBuild(process.argv.slice(2));
  if (code !== 0) {
    process.exitCode = code;
    return;
  }
  const site = resolve('dist');
  try {
    const pages = await writeSearchIndex(site);
    process.stdout.write(`Recherche : ${pages} pages indexées dans ${site}/pagefind.\n`);
  } catch (error) {
    process.stderr.write(
      `L’index de recherche n’a pas pu être écrit (${(error as Error).message}) : relancez npm run build.\n`,
    );
    process.exitCode = 1;
  }
}

if (import.meta.main) await main();
