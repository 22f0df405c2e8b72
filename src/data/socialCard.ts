import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES } from '../lib/categories.ts';
import { drawSocialCardsOffThread } from '../lib/drawSocialCardsOffThread.ts';
import type { Lang } from '../lib/i18n.ts';
import { withCacheKeys } from '../lib/pageCacheKey.ts';
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
const RENDERER = 'satori+resvg, raw hero laid in by sharp';
/** What a card is drawn with besides its article: files read at run time, outside the code Astro hashes. */
const DRAWING = sha256(FONT_HASH + LOGO + RENDERER);

/** `/articles/<slug>/card.png`: the social card of each published article. */
export async function socialCardPaths(lang: Lang) {
  return withCacheKeys(
    (await getPublishedArticles(lang)).map((article) => ({ params: { slug: slugOf(article) }, props: { article } })),
    DRAWING,
  );
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

/**
 * A 1200×630 PNG card. Its cache key hashes everything drawn (layout, texts, colours, hero bytes, font),
 * so a changed title or hero makes a new card and an unchanged article costs one file read.
 */
export async function socialCard(
  { title, label, heroPath }: ReturnType<typeof cardContent>,
  lang: Lang,
): Promise<Buffer> {
  const heroBytes = heroPath ? readFileSync(heroPath) : undefined;
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
  try {
    return readFileSync(cached);
  } catch {
    // Not rendered yet: render below.
  }
  const png = await drawSocialCard({ ...input, hero: heroBytes });
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written then renamed, so parallel builds never read half a file.
  writeFileSync(`${cached}.${process.pid}`, png);
  renameSync(`${cached}.${process.pid}`, cached);
  return png;
}
