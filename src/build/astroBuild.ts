import { join } from 'node:path';

/**
 * Three native parts of the build allocate with mimalloc (Rolldown, Astro's compiler, and resvg, which draws the social
 * cards), whose arenas are committed up front by default: Astro's process went on holding memory it no longer used.
 * Committing arenas as they fill gives it back. mimalloc hands freed memory back to the system 10 ms after it is freed,
 * which is shorter than the gap between two cards: each card then faulted its 3 MB canvas in again, half of resvg's
 * time spent in the kernel. One second keeps it for the next card and still returns Rolldown's memory once bundling
 * ends. glibc's own thresholds are left to adapt: a fixed one gives every image and card buffer fresh pages to fault in.
 * Measured in the README, Performance.
 */
const ALLOCATOR = { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '1000' };

/** How to run `astro build [args]` with the Astro of the project at `root`: program, arguments, environment. */
export function astroBuildCommand(root: string, args: readonly string[] = []) {
  return {
    file: process.execPath,
    args: [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args],
    env: { ...process.env, ...ALLOCATOR },
  };
}
