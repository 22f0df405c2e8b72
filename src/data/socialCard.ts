import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { CATEGORIES } from '../lib/categories.ts';
import { drawSocialCardsOffThread } from '../lib/drawSocialCardsOffThread.ts';
import { LANGS, type Lang } from '../lib/i18n.ts';
import { withCacheKeys } from '../lib/pageCacheKey.ts';
import { paths } from '../lib/paths.ts';
import { socialCardTree } from '../lib/socialCardTree.ts';
import { typesetText } from '../lib/typesetText.ts';
import { SITE } from '../site.config.ts';
import { type Article, getPublishedArticles, slugOf } from './articles.ts';

// Builds run from the project root; the bundled page code has no stable import.meta.url to resolve files against.
const root = process.cwd();
const FONT_FILE = join(root, 'src/assets/fonts/NotoSans-Regular.ttf');
const FONT = readFileSync(FONT_FILE);
const LOGO = `data:image/svg+xml;base64,${readFileSync(join(root, 'public', SITE.logo)).toString('base64')}`;
/** Kept across builds (Astro's cache directory survives CI caches of node_modules), so only new or changed articles cost a render. */
const CACHE_DIR = join(root, 'node_modules/.astro/social-cards');

const drawSocialCard = drawSocialCardsOffThread(join(root, 'src/lib/socialCardWorker.ts'), FONT_FILE);

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const FONT_HASH = sha256(FONT);
/** Part of the cache key: how the card is drawn, so a change of method redraws the cards. */
const RENDERER = 'satori+resvg, hero rows copied in, RGB PNG at level 4';
/** What a card is drawn with besides its article: files read at run time, outside the code Astro hashes. */
const DRAWING = sha256(FONT_HASH + LOGO + RENDERER);

/**
 * Every published article's social card, `/articles/<slug>/card.png` and `/de/artikel/<slug>/card.png`, as the paths of
 * one route with a rest parameter: Astro renders such a route after all the others, so the article pages, which start
 * their cards (`startArticleCard`), render while the cards are drawn on other threads.
 */
export async function articleCardPaths() {
  const cards = await Promise.all(
    LANGS.map(async (lang) =>
      (await getPublishedArticles(lang)).map((article) => ({
        params: { card: paths.socialCard(lang, slugOf(article)).slice(1) },
        props: { article, lang },
      })),
    ),
  );
  return withCacheKeys(cards.flat(), DRAWING);
}

/** What a card shows, typeset: an article's title, category and hero, or, for the site's other pages, its tagline. */
export function cardContent(
  article: Article | undefined,
  lang: Lang,
): { title: string; label: string; heroPath: string | undefined } {
  if (!article) return { title: typesetText(SITE.tagline[lang], lang), label: '', heroPath: undefined };
  // Astro keeps the hero's file on image metadata, hidden from enumeration.
  const heroPath = (article.data.hero?.src as { fsPath?: string } | undefined)?.fsPath;
  return {
    title: typesetText(article.data.title, lang),
    label: typesetText(CATEGORIES[article.data.category].label[lang], lang),
    heroPath,
  };
}

/** Cards written by this process, numbering the files they are written to before their rename. */
let written = 0;

/**
 * The file of a 1200×630 PNG card in the cache, drawn if it is not there yet. Its name hashes everything drawn (layout,
 * texts, colours, hero bytes, font), so a changed title or hero makes a new card and an unchanged article costs one
 * file check.
 */
async function cardFile({ title, label, heroPath }: ReturnType<typeof cardContent>, lang: Lang): Promise<string> {
  const heroBytes = heroPath ? await readFile(heroPath) : undefined;
  const input = {
    title,
    category: label,
    siteName: typesetText(SITE.name[lang], lang),
    host: new URL(SITE.url).host,
    logo: LOGO,
    colors: SITE.colors,
  };
  const key = sha256(JSON.stringify(socialCardTree({ ...input, hero: heroBytes && sha256(heroBytes) })) + DRAWING);
  const cached = join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return cached;
  const png = await drawSocialCard({ ...input, hero: heroBytes });
  await mkdir(CACHE_DIR, { recursive: true });
  // Written beside, then renamed, off the main thread, which renders pages meanwhile: neither a parallel build nor a
  // card of the same text drawn at the same time reads half a file.
  const beside = `${cached}.${process.pid}.${written++}`;
  try {
    await writeFile(beside, png);
    await rename(beside, cached);
  } catch (error) {
    // The cache is kept between builds (and in CI's cache): no half-written file stays in it.
    await rm(beside, { force: true });
    throw error;
  }
  return cached;
}

/** The site's own card, shown by every page that is not an article, as PNG bytes. */
export async function socialCard(content: ReturnType<typeof cardContent>, lang: Lang): Promise<Buffer> {
  return readFile(await cardFile(content, lang));
}

/**
 * Article cards started ahead of their route, by path. Each holds the name of its file, not its bytes, so ten thousand
 * cards drawn ahead wait on disk; and at most `CARDS_IN_HAND` are read and drawn at once, so their heroes are not all
 * read into memory while the pages render.
 */
const started = new Map<string, Promise<string>>();
const CARDS_IN_HAND = 8;
const inHand = pLimit(CARDS_IN_HAND);

/** The article card's path and the file it is being drawn into, started now if nothing started it. */
function articleCardFile(article: Article, lang: Lang) {
  const path = paths.socialCard(lang, slugOf(article));
  let file = started.get(path);
  if (!file) {
    file = inHand(() => cardFile(cardContent(article, lang), lang));
    // The route that collects the card reports its failure; until then, it is not an unhandled rejection.
    file.catch(() => {});
    started.set(path, file);
  }
  return { path, file };
}

/** Starts drawing an article's card, in a build, for its route to collect: called by the article's page. */
export function startArticleCard(article: Article, lang: Lang): void {
  if (import.meta.env.PROD) articleCardFile(article, lang);
}

/** An article's card as PNG bytes, as its page started it, or drawn now. */
export async function articleCard(article: Article, lang: Lang): Promise<Buffer> {
  const { path, file } = articleCardFile(article, lang);
  started.delete(path);
  return readFile(await file);
}
