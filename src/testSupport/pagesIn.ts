import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pages under a directory of a build, by name: its folders, leaving out the e2e fixtures and pages 2, 3… of a
 * list (the archive's own index.html is a file, not a page of the directory).
 */
export function pagesIn(dist: string, dir: string): string[] {
  return readdirSync(join(dist, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('e2e-') && !/^\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}
