import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/lib/pageCacheKey.ts';

/** An article entry as getCollection gives it (the store keeps no bodies): its digest changes with its file. */
function entry(id: string, digest: string, title: string) {
  return {
    id,
    digest,
    collection: 'articles',
    data: {
      title,
      pubDate: new Date('2026-03-02T08:00:00Z'),
      hero: { src: { src: '/_astro/grippe.Bx1.jpg', width: 1440, height: 960 } },
      reviewedBy: { collection: 'authors', id: 'claire-morand' },
    },
    rendered: { html: `<p>${title}</p>` },
  };
}

const page = {
  article: entry('fr/grippe', 'd1', 'La grippe'),
  older: entry('fr/sommeil', 'd2', 'Le sommeil'),
  related: [entry('fr/vaccin', 'd3', 'Le vaccin')],
};
const key = pageCacheKey(page, '2026');

describe.each([
  ['the article changed (new digest)', { ...page, article: { ...page.article, digest: 'd1b' } }, '2026'],
  ['a neighbour got a new title', { ...page, older: entry('fr/sommeil', 'd2', 'Bien dormir') }, '2026'],
  ['a neighbour is gone', { ...page, older: undefined }, '2026'],
  ['a related article was replaced', { ...page, related: [entry('fr/masque', 'd4', 'Le masque')] }, '2026'],
  [
    'the hero file changed (new hashed name)',
    {
      ...page,
      article: {
        ...page.article,
        data: { ...page.article.data, hero: { src: { src: '/_astro/grippe.Zz9.jpg', width: 1440, height: 960 } } },
      },
    },
    '2026',
  ],
  [
    'the publication date moved',
    {
      ...page,
      article: { ...page.article, data: { ...page.article.data, pubDate: new Date('2026-03-03T08:00:00Z') } },
    },
    '2026',
  ],
  [
    'the article was rendered anew',
    { ...page, article: { ...page.article, rendered: { html: '<p>La grippe, revue</p>' } } },
    '2026',
  ],
  [
    'the reviewer changed',
    {
      ...page,
      article: {
        ...page.article,
        data: { ...page.article.data, reviewedBy: { collection: 'authors', id: 'nadia-rochat' } },
      },
    },
    '2026',
  ],
  ['the footer year changed', page, '2027'],
])('the key changes when %s', (_, changed, year) => {
  it('so the page is rendered again', () => expect(pageCacheKey(changed, year)).not.toBe(key));
});

describe('pageCacheKey', () => {
  it('is the same for the same data, so an unchanged page is reused', () => {
    expect(pageCacheKey(structuredClone(page), '2026')).toBe(key);
  });
});
