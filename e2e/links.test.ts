import { check, LinkState } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { paths } from '../src/lib/paths.ts';

const baseUrl = inject('baseUrl');
const escaped = baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the built site', () => {
  it('has no broken internal link, image, fragment or redirect, from both home pages, the search pages and the 404 page', async () => {
    const result = await check({
      path: [paths.home('fr'), paths.home('de'), paths.search('fr'), paths.search('de'), '/404.html'].map(
        (path) => `${baseUrl}${path}`,
      ),
      recurse: true,
      // Other sites are not ours to check, and the tests never reach the network.
      linksToSkip: [`^(?!${escaped})`],
      checkFragments: true,
      // A link without its trailing slash costs readers a redirect: the site links to final addresses only.
      redirects: 'error',
      concurrency: 20,
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (${link.status}) on ${link.parent}`);
    const checked = result.links.filter((link) => link.state === LinkState.OK).length;
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
