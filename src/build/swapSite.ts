import { existsSync, renameSync, rmSync } from 'node:fs';

/** Where a build writes the new site before it replaces `site` (see `swapSite`). */
export const nextSiteOf = (site: string) => `${site}.next`;

/**
 * Puts the site built in `nextSiteOf(site)` in the place of `site`, once it is complete: the previous site is moved
 * aside, the new one renamed into place, the previous one removed. Readers of `site` get the old site or the new one,
 * never a half-written one; a build that fails before this step leaves the previous site as it was.
 */
export function swapSite(site: string): void {
  const previous = `${site}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(site)) renameSync(site, previous);
  renameSync(nextSiteOf(site), site);
  rmSync(previous, { recursive: true, force: true });
}
