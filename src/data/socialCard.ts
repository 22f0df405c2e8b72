import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { CATEGORIES } from '../lib/categories.ts';
import type { Lang } from '../lib/i18n.ts';
import { withCacheKeys } from '../lib/pageCacheKey.ts';
import { CARD_HEIGHT, CARD_HERO_WIDTH, CARD_WIDTH, type CardNode, socialCardTree } from '../lib/socialCardTree.ts';
import { typesetText } from '../lib/typesetText.ts';
import { SITE } from '../site.config.ts';
import { type Article, getPublishedArticles, slugOf } from './articles.ts';

// Builds run from the project root; the bundled page code has no stable import.meta.url to resolve files against.
const root = process.cwd();
const FONT = readFileSync(join(root, 'src/assets/fonts/NotoSans-Regular.ttf'));
const LOGO = `data:image/svg+xml;base64,${readFileSync(join(root, 'public', SITE.logo)).toString('base64')}`;
/** Kept across builds (Astro's cache directory survives CI caches of node_modules), so only new or changed articles cost a render. */
const CACHE_DIR = join(root, 'node_modules/.astro/social-cards');

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

/** Stands for the hero in the tree until sharp lays the photo in. */
const HERO_BOX = 'hero-box';

/** The tree with the hero image turned into an empty box of the same size, so the layout is the same. */
function withHeroBox(node: CardNode): CardNode {
  if (node.type === 'img' && node.props.src === HERO_BOX) {
    return {
      type: 'div',
      props: {
        style: {
          ...node.props.style,
          width: node.props.width ?? CARD_HERO_WIDTH,
          height: node.props.height ?? CARD_HEIGHT,
        },
      },
    };
  }
  const { children } = node.props;
  if (!Array.isArray(children)) return node;
  return {
    ...node,
    props: {
      ...node.props,
      children: children.map((child) => (typeof child === 'string' ? child : withHeroBox(child))),
    },
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
  // Satori lays out the card with an empty box where the hero goes; resvg draws text and logo off the main thread;
  // sharp lays the cropped hero into the box and encodes the PNG. Drawing the photo through resvg (decode, scale,
  // then its PNG encoder) cost three times as much, on the main thread.
  const [svg, hero] = await Promise.all([
    satori(withHeroBox(socialCardTree({ ...input, hero: heroBytes && HERO_BOX })) as Parameters<typeof satori>[0], {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts: [{ name: 'Noto Sans', data: FONT, weight: 400, style: 'normal' }],
    }),
    // Raw pixels: encoding the crop as JPEG only for sharp to decode it again cost a third of the card.
    heroBytes &&
      sharp(heroBytes)
        .resize(CARD_HERO_WIDTH, CARD_HEIGHT, { fit: 'cover' })
        .raw()
        .toBuffer({ resolveWithObject: true }),
  ]);
  const drawn = await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } });
  const png = await sharp(drawn.pixels, { raw: { width: drawn.width, height: drawn.height, channels: 4 } })
    .composite(
      hero
        ? [
            {
              input: hero.data,
              raw: { width: hero.info.width, height: hero.info.height, channels: hero.info.channels },
              left: CARD_WIDTH - CARD_HERO_WIDTH,
              top: 0,
            },
          ]
        : [],
    )
    .png()
    .toBuffer();
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written then renamed, so parallel builds never read half a file.
  writeFileSync(`${cached}.${process.pid}`, png);
  renameSync(`${cached}.${process.pid}`, cached);
  return png;
}
