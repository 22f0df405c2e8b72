import { describe, expect, it } from 'vitest';
import { isPublished } from '../../src/lib/articleFilter.ts';
import { parseArticleId } from '../../src/lib/articleId.ts';
import { CATEGORIES, CATEGORY_IDS } from '../../src/lib/categories.ts';
import { numberedPage } from '../../src/lib/numberedPage.ts';
import { absoluteUrl, paths } from '../../src/lib/paths.ts';
import { readingTime } from '../../src/lib/readingTime.ts';
import { relatedArticles } from '../../src/lib/relatedArticles.ts';
import { formatDate, zurichDay } from '../../src/lib/zurichTime.ts';

describe.each([
  [paths.home('fr'), '/'],
  [paths.home('de'), '/de/'],
  [paths.article('fr', 'varices-quand-consulter'), '/articles/varices-quand-consulter/'],
  [paths.article('de', 'krampfadern-wann-zum-arzt'), '/de/artikel/krampfadern-wann-zum-arzt/'],
  [paths.category('fr', 'prevention-et-conseils'), '/prevention-et-conseils/'],
  [paths.category('fr', 'prevention-et-conseils', 1), '/prevention-et-conseils/'],
  [paths.category('fr', 'prevention-et-conseils', 2), '/prevention-et-conseils/2/'],
  [paths.category('de', 'temoignages', 3), '/de/erfahrungsberichte/3/'],
  [paths.tag('fr', 'vaccination'), '/tags/vaccination/'],
  [paths.tag('de', 'impfung', 2), '/de/tags/impfung/2/'],
  [paths.author('fr', 'claire-morand'), '/auteurs/claire-morand/'],
  [paths.author('de', 'claire-morand'), '/de/autoren/claire-morand/'],
  [paths.feed('fr'), '/rss.xml'],
  [paths.feed('de'), '/de/rss.xml'],
  [paths.categoryFeed('fr', 'temoignages'), '/temoignages/rss.xml'],
  [paths.categoryFeed('de', 'medecine-et-soins'), '/de/medizin-und-pflege/rss.xml'],
])('path %s', (actual, expected) => {
  it(`is ${expected}`, () => expect(actual).toBe(expected));
});

describe('categories', () => {
  it('are the four of the editorial line, in order', () => {
    expect(CATEGORY_IDS.map((id) => CATEGORIES[id].label.fr)).toEqual([
      'Médecine et soins',
      'Prévention et conseils',
      'Actualités et événements',
      'Témoignages',
    ]);
  });
  it('have distinct slugs in each language', () => {
    for (const lang of ['fr', 'de'] as const) {
      const slugs = CATEGORY_IDS.map((id) => CATEGORIES[id].slug[lang]);
      expect(new Set(slugs).size).toBe(4);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});

describe('absoluteUrl', () => {
  it('joins a site and a path', () =>
    expect(absoluteUrl('/articles/x/', 'https://blog.example.ch')).toBe('https://blog.example.ch/articles/x/'));
  it('accepts a site with a trailing slash', () =>
    expect(absoluteUrl('/rss.xml', 'https://blog.example.ch/')).toBe('https://blog.example.ch/rss.xml'));
});

describe.each([
  [new Date('2026-11-24T10:00:00Z'), 'fr', '24 novembre 2026', '2026-11-24'],
  [new Date('2026-11-24T10:00:00Z'), 'de', '24. November 2026', '2026-11-24'],
  // 23:30 UTC on 31 December is already New Year's Day in Zurich.
  [new Date('2026-12-31T23:30:00Z'), 'fr', '1er janvier 2027', '2027-01-01'],
  [new Date('2026-08-01T06:00:00Z'), 'fr', '1er août 2026', '2026-08-01'],
  [new Date('2026-08-11T06:00:00Z'), 'fr', '11 août 2026', '2026-08-11'],
  [new Date('2026-12-01T06:00:00Z'), 'de', '1. Dezember 2026', '2026-12-01'],
] as const)('formatDate(%s, %s)', (date, lang, long, day) => {
  it(`is ${long}`, () => expect(formatDate(date, lang)).toBe(long));
  it(`is on ${day} in Zurich`, () => expect(zurichDay(date)).toBe(day));
});

describe('isPublished', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('publishes a past article', () =>
    expect(isPublished({ draft: false, pubDate: new Date('2026-11-01T00:00:00Z') }, now)).toBe(true));
  it('publishes an article dated exactly now', () =>
    expect(isPublished({ draft: false, pubDate: now }, now)).toBe(true));
  it('holds a future article', () =>
    expect(isPublished({ draft: false, pubDate: new Date('2026-11-23T12:00:01Z') }, now)).toBe(false));
  it('never publishes a draft', () =>
    expect(isPublished({ draft: true, pubDate: new Date('2020-01-01T00:00:00Z') }, now)).toBe(false));
});

describe('parseArticleId', () => {
  it('splits language and slug', () =>
    expect(parseArticleId('de/teddybaer-spital')).toEqual({ lang: 'de', slug: 'teddybaer-spital' }));
  it('refuses an article outside a language folder', () =>
    expect(() => parseArticleId('en/hello')).toThrow(/content\/articles\/fr/));
  it('refuses an id without slug', () => expect(() => parseArticleId('fr')).toThrow());
});

describe('readingTime', () => {
  it('is at least one minute', () => expect(readingTime('Court.')).toBe(1));
  it('counts 200 words a minute, rounded up', () =>
    expect(readingTime(Array.from({ length: 401 }, () => 'mot').join(' '))).toBe(3));
  it('ignores imports and component markup', () => {
    const body = `import schema from './schema.jpg';\n<Figure src={schema} alt="x" />\n${Array.from({ length: 200 }, () => 'mot').join(' ')}`;
    expect(readingTime(body)).toBe(1);
  });
  it('counts an article the same whether its blocks are directives or components', () => {
    const words = (count: number) => Array.from({ length: count }, () => 'mot').join(' ');
    const markdown = `${words(150)}\n\n:::conseil[Un titre de quatre mots]\n${words(45)}\n:::\n\n::figure{src="./a.jpg" alt="${words(10)}"}\n`;
    const mdx = `import a from './a.jpg';\n\n${words(150)}\n\n<Callout type="conseil" title="Un titre de quatre mots">\n${words(45)}\n</Callout>\n\n<Figure src={a} alt="${words(10)}" />\n`;
    expect(readingTime(markdown)).toBe(1);
    expect(readingTime(mdx)).toBe(readingTime(markdown));
  });
});

describe('relatedArticles', () => {
  const article = (id: string, tags: string[], category: string, day: number) => ({
    id,
    data: {
      tags: tags.map((label) => ({ label, slug: label.toLowerCase() })),
      category,
      pubDate: new Date(Date.UTC(2026, 10, day)),
    },
  });
  const self = article('a', ['hiver', 'grippe'], 'prevention-et-conseils', 10);
  const candidates = [
    self,
    article('same-category', [], 'prevention-et-conseils', 9),
    article('two-tags', ['Hiver', 'grippe'], 'medecine-et-soins', 1),
    article('one-tag-old', ['hiver'], 'medecine-et-soins', 2),
    article('one-tag-new', ['grippe'], 'medecine-et-soins', 5),
    article('unrelated', ['sport'], 'temoignages', 20),
  ];
  it('ranks shared tags above the category, then newest first, without itself or unrelated articles', () => {
    expect(relatedArticles(self, candidates, 10).map((a) => a.id)).toEqual([
      'two-tags',
      'one-tag-new',
      'one-tag-old',
      'same-category',
    ]);
  });
  it('stops at the limit', () => expect(relatedArticles(self, candidates, 2)).toHaveLength(2));
});

describe.each([
  ['Témoignages', 1, 'fr', 'Témoignages'],
  ['Témoignages', 2, 'fr', 'Témoignages – Page 2'],
  ['Erfahrungsberichte', 3, 'de', 'Erfahrungsberichte – Seite 3'],
] as const)('numberedPage(%j, %i, %s)', (text, page, lang, expected) => {
  it(`is ${expected}`, () => expect(numberedPage(text, page, lang)).toBe(expected));
});
