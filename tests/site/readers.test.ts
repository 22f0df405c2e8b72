import { describe, expect, it } from 'vitest';
import { blogPostingJsonLd } from '../../src/lib/blogPostingJsonLd.ts';
import { breadcrumbJsonLd } from '../../src/lib/breadcrumbJsonLd.ts';
import { jsonLdScript } from '../../src/lib/jsonLdScript.ts';
import { paths } from '../../src/lib/paths.ts';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CardNode,
  type SocialCardInput,
  socialCardTree,
} from '../../src/lib/socialCardTree.ts';
import { headersFor, parseHeadersFile } from '../../src/testSupport/headersFile.ts';

const card: SocialCardInput = {
  title: 'Varices : quand faut-il consulter ?',
  category: 'Médecine et soins',
  siteName: 'Hôpital du Val-Clair',
  host: 'blog.example.ch',
  logo: 'data:image/svg+xml;base64,',
  colors: { primary: '#0b6e74', primaryDark: '#084f54', accent: '#c2410c' },
};

function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children ?? [];
  return typeof children === 'string' ? [children] : children.flatMap(texts);
}

function fontSizes(node: CardNode | string): number[] {
  if (typeof node === 'string') return [];
  const own = typeof node.props.style?.['fontSize'] === 'number' ? [node.props.style['fontSize']] : [];
  const children = typeof node.props.children === 'string' ? [] : (node.props.children ?? []);
  return [...own, ...children.flatMap(fontSizes)];
}

describe('socialCardTree', () => {
  it('draws the site, the category, the title and the host on a 1200×630 card', () => {
    const tree = socialCardTree(card);
    expect([tree.props.style?.['width'], tree.props.style?.['height']]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(texts(tree)).toEqual([card.siteName, card.category, card.title, card.host]);
  });

  it('leaves out an empty category, as on the site card', () =>
    expect(texts(socialCardTree({ ...card, category: '' }))).toEqual([card.siteName, card.title, card.host]));

  it.each([
    [undefined, 1],
    ['data:image/jpeg;base64,xyz', 2],
  ])('with hero %s has %i columns', (hero, columns) => {
    const children = socialCardTree({ ...card, hero }).props.children as CardNode[];
    expect(children).toHaveLength(columns);
  });

  it.each([
    ['Court', 68],
    ['Un titre de longueur moyenne, qui dépasse quarante-cinq signes', 56],
    [
      'Un titre très long, de ceux que les rédactions aiment écrire quand un sujet est compliqué, et qui frôle la limite',
      46,
    ],
  ])('sets "%s" at %ipx', (title, size) =>
    expect(Math.max(...fontSizes(socialCardTree({ ...card, title })))).toBe(size),
  );

  it('changes, and so changes its cache key, when the hero changes', () => {
    expect(JSON.stringify(socialCardTree({ ...card, hero: 'a' }))).not.toBe(
      JSON.stringify(socialCardTree({ ...card, hero: 'b' })),
    );
  });
});

describe('blogPostingJsonLd', () => {
  const input = {
    url: 'https://blog.example.ch/articles/x/',
    title: 'Titre',
    description: 'Résumé',
    locale: 'fr-CH',
    section: 'Médecine et soins',
    keywords: ['varices', 'jambes'],
    image: 'https://blog.example.ch/articles/x/card.png',
    published: new Date('2026-10-14T07:00:00Z'),
    authors: [
      { name: 'Luc Baeriswyl', jobTitle: 'Médecin adjoint', url: 'https://blog.example.ch/auteurs/luc-baeriswyl/' },
    ],
    publisher: { name: 'Hôpital', url: 'https://blog.example.ch/', logo: 'https://blog.example.ch/logo.svg' },
  };

  it.each([
    [undefined, '2026-10-14T07:00:00.000Z'],
    [new Date('2026-10-20T08:00:00Z'), '2026-10-20T08:00:00.000Z'],
  ])('with update %s is modified at %s', (updated, modified) => {
    const data = blogPostingJsonLd({ ...input, updated });
    expect(data.dateModified).toBe(modified);
    expect(data.datePublished).toBe('2026-10-14T07:00:00.000Z');
  });

  it('names the authors, the publisher and the image', () => {
    const data = blogPostingJsonLd(input);
    expect(data['@type']).toBe('BlogPosting');
    expect(data.author).toEqual([{ '@type': 'Person', ...input.authors[0] }]);
    expect(data.publisher.logo.url).toBe(input.publisher.logo);
    expect(data.image.url).toBe(input.image);
    expect(data.keywords).toBe('varices, jambes');
  });

  it('leaves keywords out when there are none', () =>
    expect('keywords' in blogPostingJsonLd({ ...input, keywords: [] })).toBe(false));
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1', () => {
    const data = breadcrumbJsonLd([
      { name: 'Accueil', url: 'https://x/' },
      { name: 'Rubrique', url: 'https://x/r/' },
    ]);
    expect(data.itemListElement.map((item) => [item.position, item.name, item.item])).toEqual([
      [1, 'Accueil', 'https://x/'],
      [2, 'Rubrique', 'https://x/r/'],
    ]);
  });
});

describe.each([
  [{ title: '</script><script>alert(1)</script>' }, '{"title":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}'],
  [{ title: 'Santé « ok »' }, '{"title":"Santé « ok »"}'],
])('jsonLdScript(%o)', (data, expected) => {
  it(`is ${expected}, which parses back to the data`, () => {
    expect(jsonLdScript(data)).toBe(expected);
    expect(JSON.parse(jsonLdScript(data))).toEqual(data);
  });
});

describe.each([
  [paths.socialCard('fr', 'varices-quand-consulter'), '/articles/varices-quand-consulter/card.png'],
  [paths.socialCard('de', 'krampfadern-wann-zum-arzt'), '/de/artikel/krampfadern-wann-zum-arzt/card.png'],
  [paths.search('fr'), '/recherche/'],
  [paths.search('de'), '/de/suche/'],
])('path %s', (actual, expected) => {
  it(`is ${expected}`, () => expect(actual).toBe(expected));
});

describe('the _headers file format', () => {
  const rules = parseHeadersFile(
    [
      '# comment',
      '/*',
      '  X-A: 1',
      '  Content-Security-Policy: a; b',
      '',
      '/_astro/*',
      '  Cache-Control: immutable',
    ].join('\n'),
  );

  it.each([
    [
      '/',
      [
        ['X-A', '1'],
        ['Content-Security-Policy', 'a; b'],
      ],
    ],
    [
      '/_astro/x.css',
      [
        ['X-A', '1'],
        ['Content-Security-Policy', 'a; b'],
        ['Cache-Control', 'immutable'],
      ],
    ],
    [
      '/articles/_astro/',
      [
        ['X-A', '1'],
        ['Content-Security-Policy', 'a; b'],
      ],
    ],
  ])('sends for %s %j', (path, expected) => expect(headersFor(rules, path)).toEqual(expected));
});
