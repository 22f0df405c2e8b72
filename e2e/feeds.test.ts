import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../src/site.config.ts';

const dist = inject('dist');
const feeds = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('rss.xml'));

/** The built file a URL of the site is served from. */
function fileOf(url: string): string {
  const path = new URL(url).pathname;
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

describe.each(feeds)('the feed %s', (feed) => {
  const text = readFileSync(join(dist, feed), 'utf8');

  it('is well-formed XML', () => expect(SyntaxValidator.validate(text)).toBe(true));

  it("links every item to a page of the build, on the site's address", () => {
    const channel = new XMLParser().parse(text).rss.channel;
    const items: { link: string }[] = [channel.item ?? []].flat();
    // A category may still be empty in one language; the language feeds never are.
    if (/^(de\/)?rss\.xml$/.test(feed)) expect(items.length).toBeGreaterThan(0);
    for (const { link } of items) {
      expect(link.startsWith(`${SITE.url}/`), link).toBe(true);
      expect(existsSync(fileOf(link)), link).toBe(true);
    }
  });
});

describe('the sitemap', () => {
  it('lists only addresses that exist in the build', () => {
    const urls: { loc: string }[] = [
      new XMLParser().parse(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).urlset.url,
    ].flat();
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.map(({ loc }) => loc).filter((loc) => !existsSync(fileOf(loc)))).toEqual([]);
  });
});
