import { join } from 'node:path';

/**
 * Three native parts of the build allocate with mimalloc (Rolldown, Astro's compiler, and resvg, which draws the social
 * cards), whose arenas are committed up front by default: Astro's process went on holding memory it no longer used.
 * Committing arenas as they fill gives it back. Purging freed memory at once as well (`MIMALLOC_PURGE_DELAY=0`) saved
 * a little more but cost a third of the cold build's CPU time, most of it in the kernel, page faults of resvg drawing
 * each card into memory just given back: measured in the README, Performance.
 */
const GIVE_FREED_MEMORY_BACK = { MIMALLOC_ARENA_EAGER_COMMIT: '0' };

/** How to run `astro build [args]` with the Astro of the project at `root`: program, arguments, environment. */
export function astroBuildCommand(root: string, args: readonly string[] = []) {
  return {
    file: process.execPath,
    args: [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args],
    env: { ...process.env, ...GIVE_FREED_MEMORY_BACK },
  };
}
