import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { astroBuildCommand } from '../build/astroBuild.ts';
import { writeSearchIndex } from '../build/writeSearchIndex.ts';
import { copySite } from './copySite.ts';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

export interface BuiltSite {
  /** The temporary copy of the site; its build is in `dir/dist`. */
  dir: string;
  ok: boolean;
  output: string;
}

/**
 * A copy of the site in a temporary directory, with extra articles (path under content/articles → MDX source),
 * built by the real `astro build`, as a newcomer's checkout would be. The project's own dist/ and content stay untouched.
 * `prepare` may change the copy further before the build.
 */
export async function buildSite(
  articles: Record<string, string>,
  prepare: (dir: string) => void | Promise<void> = () => {},
): Promise<BuiltSite> {
  const dir = copySite(root, 'passerelle-build-', [
    'src',
    'content',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]);
  for (const [target, source] of Object.entries(articles)) {
    mkdirSync(dirname(join(dir, 'content/articles', target)), { recursive: true });
    writeFileSync(join(dir, 'content/articles', target), source);
  }
  await prepare(dir);
  return rebuildSite(dir);
}

/** Builds a copy made by `buildSite` again, as after an editor's change: its cache is that of the builds before. */
export async function rebuildSite(dir: string): Promise<BuiltSite> {
  const astro = astroBuildCommand(root);
  try {
    const { stdout, stderr } = await run(astro.file, astro.args, {
      cwd: dir,
      env: astro.env,
      maxBuffer: 64 * 1024 * 1024,
    });
    // The second half of `npm run build` (scripts/build.ts).
    const pages = await writeSearchIndex(join(dir, 'dist'));
    return { dir, ok: true, output: `${stdout}${stderr}Recherche : ${pages} pages indexées.\n` };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string };
    return { dir, ok: false, output: failure.stdout + failure.stderr };
  }
}
