import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../src/site.config.ts';
import { articlePages } from './pageTypes.ts';

const dist = inject('dist');

function html(path: string): string {
  return readFileSync(join(dist, path, 'index.html'), 'utf8');
}

function attribute(page: string, selector: RegExp): string | undefined {
  return page.match(selector)?.[1]?.replaceAll('&amp;', '&');
}

/** The built file behind an absolute URL of the site. */
function fileOf(url: string): string {
  const path = new URL(url).pathname;
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

describe.each(articlePages(dist))('the article %s', (path) => {
  const page = html(path);
  const jsonLd = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) =>
    JSON.parse(match[1] ?? '{}'),
  );

  it('names itself canonical', () =>
    expect(attribute(page, /<link rel="canonical" href="([^"]+)"/)).toBe(`${SITE.url}${path}`));

  it('has a 1200×630 PNG social card in the build, for Open Graph and X', () => {
    const image = attribute(page, /<meta property="og:image" content="([^"]+)"/) ?? '';
    const png = readFileSync(fileOf(image));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
  });

  it('describes itself as a BlogPosting with author, dates, publisher and image', () => {
    const posting = jsonLd.find((data) => data['@type'] === 'BlogPosting');
    expect(posting?.url).toBe(`${SITE.url}${path}`);
    expect(posting?.author?.[0]?.name).toBeTruthy();
    expect(new Date(posting?.datePublished).getTime()).not.toBeNaN();
    expect(new Date(posting?.dateModified).getTime()).toBeGreaterThanOrEqual(
      new Date(posting?.datePublished).getTime(),
    );
    expect(posting?.publisher?.name).toBeTruthy();
    expect(existsSync(fileOf(posting?.image?.url))).toBe(true);
  });

  it('has breadcrumbs from the home page to itself', () => {
    const trail = jsonLd.find((data) => data['@type'] === 'BreadcrumbList')?.itemListElement ?? [];
    expect(trail.length).toBe(3);
    expect(trail.at(-1)?.item).toBe(`${SITE.url}${path}`);
    for (const crumb of trail) expect(existsSync(fileOf(crumb.item)), crumb.item).toBe(true);
  });

  it('points to its translation, which points back', () => {
    const alternates = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
    for (const [, lang, url = ''] of alternates) {
      if (lang === 'x-default') continue;
      const other = html(new URL(url).pathname);
      expect(other, `${lang} → ${url}`).toContain(
        `hreflang="${attribute(page, /<html lang="([^"]+)"/)}" href="${SITE.url}${path}"`,
      );
    }
  });
});
