import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Caches kept in node_modules, Astro's (incremental build, images, social cards) first. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A copy of `entries` of the site at `root` in a new temporary folder, for builds that must leave the project untouched
 * (tests, benchmark). Its node_modules is a folder of links to the project's packages without their caches: the copy's
 * first build is truly cold, and copies built side by side never share a cache.
 */
export function copySite(root: string, prefix: string, entries: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of entries) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}
