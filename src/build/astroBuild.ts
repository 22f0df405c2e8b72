import { join } from 'node:path';

/**
 * Rolldown, which bundles every article during `astro build`, allocates with mimalloc, whose defaults keep what it frees
 * (arenas committed up front, purges delayed): Astro's process went on holding the bundler's memory while it rendered
 * the pages. These two options give freed memory back to the system at once.
 * Measured on 1,000 articles, warm: peak 1.35 → 0.99 GB, same build time.
 */
const GIVE_FREED_MEMORY_BACK = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

/** How to run `astro build [args]` with the Astro of the project at `root`: program, arguments, environment. */
export function astroBuildCommand(root: string, args: readonly string[] = []) {
  return {
    file: process.execPath,
    args: [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args],
    env: { ...process.env, ...GIVE_FREED_MEMORY_BACK },
  };
}
