import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as devalue from 'devalue';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTED_WITH } from '../../src/lib/articles/articleLoader.ts';
import { bodyOf } from '../../src/lib/articles/frontmatterSource.ts';
import { CATEGORIES, CATEGORY_IDS } from '../../src/lib/categories.ts';
import { createArticle } from '../../src/lib/createArticle.ts';
import { readingTime } from '../../src/lib/readingTime.ts';
import { typesetText } from '../../src/lib/typesetText.ts';
import { SITE } from '../../src/site.config.ts';
import { type BuiltSite, buildSite, rebuildSite } from '../../src/testSupport/buildSite.ts';
import { pagesIn } from '../../src/testSupport/pagesIn.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;

/** The sample site plus fixture articles (target path → fixture file). */
function buildWith(articles: Record<string, string>, prepare?: (dir: string) => void) {
  return buildSite(
    Object.fromEntries(
      Object.entries(articles).map(([target, fixture]) => [target, readFileSync(join(fixtures, fixture), 'utf8')]),
    ),
    prepare,
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const xml = new XMLParser({ ignoreAttributes: false });
function feedItems(file: string): { title: string; link: string; category: string | string[] }[] {
  const items = xml.parse(readFileSync(file, 'utf8')).rss.channel.item ?? [];
  return Array.isArray(items) ? items : [items];
}

describe('a production build of the sample content plus a draft and a future article', () => {
  let site: Awaited<ReturnType<typeof buildWith>>;
  let dist: string;
  let pages: string[];

  beforeAll(async () => {
    // Also what `npm run new:article` writes: it must build as it is.
    site = await buildWith(
      {
        'fr/fixture-draft.mdx': 'draft.mdx',
        'fr/fixture-future.md': 'future.mdx',
        'fr/blocs-md/index.md': 'blocks.md',
        'fr/blocs-mdx/index.mdx': 'blocks.mdx',
        'fr/piege.md': 'hostile.md',
      },
      (dir) => {
        for (const folder of ['blocs-md', 'blocs-mdx'])
          copyFileSync(
            join(dir, 'content/articles/fr/varices-quand-consulter/schema.jpg'),
            join(dir, 'content/articles/fr', folder, 'schema.jpg'),
          );
        for (const category of CATEGORY_IDS)
          createArticle(join(dir, 'content'), {
            title: `Squelette fixture-skeleton ${category}`,
            category,
            lang: 'fr',
            authors: ['nadia-rochat'],
            date: '2026-01-05',
          });
      },
    );
    dist = join(site.dir, 'dist');
    pages = filesUnder(dist).filter((file) => /\.(html|xml)$/.test(file));
  }, 240_000);
  afterAll(() => rmSync(site.dir, { recursive: true, force: true }));

  it('succeeds', () => expect(site.ok, site.output).toBe(true));

  it('publishes the sample articles', () => {
    expect(existsSync(join(dist, 'articles/varices-quand-consulter/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'de/artikel/krampfadern-wann-zum-arzt/index.html'))).toBe(true);
  });

  it.each(['FIXTURE-DRAFT', 'FIXTURE-FUTURE', 'fixture-draft', 'fixture-future', 'fixture-skeleton'])(
    'never mentions %s in any page, feed or sitemap',
    (marker) => {
      const offenders = pages.filter((file) => readFileSync(file, 'utf8').includes(marker));
      expect(offenders).toEqual([]);
    },
  );

  it('gives the draft and the future article no page', () => {
    expect(existsSync(join(dist, 'articles/fixture-draft'))).toBe(false);
    expect(existsSync(join(dist, 'articles/fixture-future'))).toBe(false);
  });

  it.each(CATEGORY_IDS)('lists only %s articles in its French feed', (category) => {
    const label = CATEGORIES[category].label.fr;
    const items = feedItems(join(dist, CATEGORIES[category].slug.fr, 'rss.xml'));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect([item.category].flat()).toContain(label);
  });

  it('puts every French article, and only those, in /rss.xml', () => {
    const links = feedItems(join(dist, 'rss.xml')).map((item) => item.link);
    const articlePages = pagesIn(dist, 'articles');
    expect(links.sort()).toEqual(
      articlePages.map((slug) => `https://blog.hopital-valclair.ch/articles/${slug}/`).sort(),
    );
  });

  it('puts the German articles in /de/rss.xml', () => {
    const links = feedItems(join(dist, 'de/rss.xml')).map((item) => item.link);
    expect(links.length).toBe(pagesIn(dist, 'de/artikel').length);
    for (const link of links) expect(link).toMatch(/^https:\/\/blog\.hopital-valclair\.ch\/de\/artikel\//);
  });

  it('writes full content with absolute links and images in the feed', () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain('<content:encoded>');
    expect(feed).not.toMatch(/(src|href)=&quot;\/(?!\/)/);
    expect(feed).toMatch(/src=&quot;https:\/\/blog\.hopital-valclair\.ch\/_astro\//);
  });

  it('indexes for search the published articles and nothing else, one index per language', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['de-ch', 'fr-ch']);
    expect(entry.languages['fr-ch'].page_count).toBe(pagesIn(dist, 'articles').length);
    expect(entry.languages['de-ch'].page_count).toBe(pagesIn(dist, 'de/artikel').length);
  });

  it('draws a social card for every published article, and none for the others', () => {
    const cards = filesUnder(dist).filter((file) => /\/(articles|de\/artikel)\/[^/]+\/card\.png$/.test(file));
    expect(cards.length).toBe(pagesIn(dist, 'articles').length + pagesIn(dist, 'de/artikel').length);
    expect(cards.filter((file) => file.includes('fixture'))).toEqual([]);
  });

  it.each(['card.png', 'de/card.png'])('draws the site card %s for the other pages', (card) =>
    expect(existsSync(join(dist, card))).toBe(true),
  );

  /** An article's body in a page, or its item in a feed, with the names of resized images left out. */
  const body = (html: string) =>
    html
      .slice(html.indexOf('<div class="prose">'), html.indexOf('<section class="share"'))
      .replace(/\/_astro\/[^"\s,]+/g, 'IMAGE');
  const feedItem = (feed: string, slug: string) => {
    const items = feed.split('<item>');
    return (items.find((item) => item.includes(`/articles/${slug}/</link>`)) ?? '')
      .split('</item>')[0]!
      .replace(/<(title|link|guid|description)[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/\/_astro\/[^"\s,&]+/g, 'IMAGE');
  };

  it('renders the same blocks from Markdown directives and MDX components, in the page and in the feed', () => {
    const page = (slug: string) => body(readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8'));
    expect(page('blocs-md')).toContain('<aside class="callout urgence" aria-label="Urgence">');
    expect(page('blocs-md')).toContain('<passerelle-video class="video"');
    expect(page('blocs-md')).toContain(
      '<picture><source srcset="IMAGE 360w, IMAGE 720w, IMAGE 1080w" type="image/avif"',
    );
    // As the typography leaves it: entities re-escaped, number and word bound by a no-break space.
    expect(page('blocs-md')).toContain('avec &lt; 5\u00A0ans, { et 3 &gt; 2.');
    expect(page('blocs-mdx')).toBe(page('blocs-md'));
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(feedItem(feed, 'blocs-md')).toContain('callout urgence');
    expect(feedItem(feed, 'blocs-mdx')).toBe(feedItem(feed, 'blocs-md'));
  });

  it('shows the reading time counted from the article’s text, which the content store does not keep', () => {
    const source = readFileSync(join(site.dir, 'content/articles/fr/varices-quand-consulter/index.md'), 'utf8');
    const minutes = readingTime(bodyOf(source));
    expect(minutes).toBeGreaterThan(1);
    const html = readFileSync(join(dist, 'articles/varices-quand-consulter/index.html'), 'utf8');
    expect(html).toContain(`${minutes}\u00A0min de lecture`);
    const store = readFileSync(join(site.dir, 'node_modules/.astro/data-store.json'), 'utf8');
    expect(store).toContain('varices-quand-consulter');
    expect(store).not.toContain(':::attention[Consultez le jour même]');
  });

  it('plays videos in the Markdown and the MDX article alike', () => {
    for (const slug of ['blocs-md', 'blocs-mdx']) {
      const html = readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8');
      expect(html).toContain("customElements.define('passerelle-video'".replaceAll("'", '`'));
    }
  });

  it.each(['articles/piege/index.html', 'rss.xml', 'actualites-et-evenements/rss.xml'])(
    'keeps in %s the text of an article and none of its scripts, frames, forms, handlers or scripted links',
    (file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html).toContain('HOSTILE-BODY');
      expect(html).toContain('HOSTILE-STYLE-TEXT');
      const hostile = html.match(/HOSTILE-(?!BODY|STYLE-TEXT)[A-Z]+/g) ?? [];
      expect(hostile).toEqual([]);
      expect(html).not.toMatch(/onerror|javascript:|position:fixed/);
    },
  );

  it('lists an author’s articles a page at a time, each article once, as tag pages do', () => {
    const cardLinks = (page: string) =>
      [...readFileSync(join(dist, page), 'utf8').matchAll(/class="card-title"><a href="\/articles\/([^/"]+)\/"/g)].map(
        (match) => match[1],
      );
    const first = cardLinks('auteurs/nadia-rochat/index.html');
    const second = cardLinks('auteurs/nadia-rochat/2/index.html');
    expect(first).toHaveLength(SITE.pageSize);
    expect(second.length).toBeGreaterThan(0);
    const signed = pagesIn(dist, 'articles').filter((slug) =>
      readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8').includes('href="/auteurs/nadia-rochat/"'),
    );
    expect([...first, ...second].sort()).toEqual(signed.sort());
    // Search engines show each page's description: the second one says which page it is.
    const description = (page: string) =>
      readFileSync(join(dist, page), 'utf8').match(/<meta name="description" content="([^"]*)"/)?.[1];
    expect(description('auteurs/nadia-rochat/2/index.html')).toBe(
      `${description('auteurs/nadia-rochat/index.html')} – Page 2`,
    );
  });

  it('lists the article pages in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://blog.hopital-valclair.ch/articles/varices-quand-consulter/');
  });
});

describe('a témoignage without written consent', () => {
  it('fails the build with a message naming the file and the missing consent', async () => {
    const site = await buildWith({ 'fr/temoignage-sans-consentement.mdx': 'testimony-without-consent.mdx' });
    rmSync(site.dir, { recursive: true, force: true });
    expect(site.ok).toBe(false);
    expect(site.output).toContain('temoignage-sans-consentement.mdx');
    expect(site.output).toContain('consent');
    expect(site.output).toContain('consentement écrit');
  }, 240_000);
});

/**
 * Astro's content store in `dir` as a Passerelle that counted no reading times left it: the entry `id` without its
 * minutes, and no record of how counts were made.
 */
function dropReadingTime(dir: string, id: string): void {
  const file = join(dir, 'node_modules/.astro/data-store.json');
  const store = devalue.parse(readFileSync(file, 'utf8')) as Map<
    string,
    Map<string, { data: Record<string, unknown> }>
  >;
  const entry = store.get('articles')?.get(id);
  if (typeof entry?.data['readingMinutes'] !== 'number') throw new Error(`${id} : pas de temps de lecture à retirer.`);
  delete entry.data['readingMinutes'];
  if (!store.get('meta:articles')?.delete(COUNTED_WITH)) throw new Error('Le magasin ne dit pas comment il a compté.');
  writeFileSync(file, devalue.stringify(store));
}

describe('a rebuild after an editor retitles one article', () => {
  const article = 'content/articles/fr/sommeil-changement-heure/index.md';
  const untouched = 'content/articles/fr/varices-quand-consulter/index.md';
  const oldTitle = "Changement d'heure : comment préserver son sommeil (et celui des enfants)";
  const newTitle = 'Heure d’hiver : bien dormir malgré le changement';
  let first: BuiltSite;
  let second: BuiltSite;
  let pages: string[];

  beforeAll(async () => {
    first = await buildWith({});
    const source = readFileSync(join(first.dir, article), 'utf8');
    writeFileSync(join(first.dir, article), source.replace(`title: "${oldTitle}"`, `title: "${newTitle}"`));
    dropReadingTime(first.dir, 'fr/varices-quand-consulter');
    second = await rebuildSite(first.dir);
    pages = filesUnder(join(second.dir, 'dist')).filter((file) => /\.(html|xml)$/.test(file));
  }, 480_000);
  afterAll(() => rmSync(first.dir, { recursive: true, force: true }));

  it('succeeds, reusing the pages that do not show the article', () => {
    expect(second.ok, second.output).toBe(true);
    expect(second.output).toContain('(restored)');
  });

  it('reads again an unchanged article whose stored entry lacks its reading time (a store kept from before)', () => {
    const minutes = readingTime(bodyOf(readFileSync(join(second.dir, untouched), 'utf8')));
    const html = readFileSync(join(second.dir, 'dist/articles/varices-quand-consulter/index.html'), 'utf8');
    expect(html).toContain(`${minutes}\u00A0min de lecture`);
  });

  it('leaves no page, feed or card list showing the old title', () => {
    // As written, escaped as Astro writes it (the apostrophe may come out as &#39;), or typeset as readers see it.
    const offenders = pages.filter((file) => {
      const text = readFileSync(file, 'utf8').replaceAll('&#39;', "'");
      return text.includes(oldTitle) || text.includes(typesetText(oldTitle, 'fr'));
    });
    expect(offenders.map((file) => file.slice(second.dir.length))).toEqual([]);
  });

  it.each([
    'articles/sommeil-changement-heure/index.html',
    'articles/index.html',
    'prevention-et-conseils/index.html',
    'rss.xml',
  ])('shows the new title in %s', (page) => {
    const text = readFileSync(join(second.dir, 'dist', page), 'utf8');
    expect(text.includes(typesetText(newTitle, 'fr')), page).toBe(true);
  });
});
