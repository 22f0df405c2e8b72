import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { CATEGORIES } from '../lib/categories.ts';
import type { Lang } from '../lib/i18n.ts';
import { CARD_HEIGHT, CARD_HERO_WIDTH, CARD_WIDTH, socialCardTree } from '../lib/socialCardTree.ts';
import { SITE } from '../site.config.ts';
import type { Article } from './articles.ts';

// Builds run from the project root; the bundled page code has no stable import.meta.url to resolve files against.
const root = process.cwd();
const FONT = readFileSync(join(root, 'src/assets/fonts/NotoSans-Regular.ttf'));
const LOGO = `data:image/svg+xml;base64,${readFileSync(join(root, 'public', SITE.logo)).toString('base64')}`;
/** Kept across builds (Astro's cache directory survives CI caches of node_modules), so only new or changed articles cost a render. */
const CACHE_DIR = join(root, 'node_modules/.astro/social-cards');

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const FONT_HASH = sha256(FONT);

/** The hero's file on disk: Astro keeps it on image metadata, hidden from enumeration. */
function heroFile(article: Article): string | undefined {
  return (article.data.hero?.src as { fsPath?: string } | undefined)?.fsPath;
}

/**
 * The article's 1200×630 PNG card. Its cache key hashes everything drawn (layout, texts, colours, hero bytes, font),
 * so a changed title or hero makes a new card and an unchanged article costs one file read.
 */
export async function socialCard(article: Article, lang: Lang): Promise<Buffer> {
  const heroPath = heroFile(article);
  const heroBytes = heroPath ? readFileSync(heroPath) : undefined;
  const input = {
    title: article.data.title,
    category: CATEGORIES[article.data.category].label[lang],
    siteName: SITE.name[lang],
    host: new URL(SITE.url).host,
    logo: LOGO,
    colors: SITE.colors,
  };
  const key = sha256(JSON.stringify(socialCardTree({ ...input, hero: heroBytes && sha256(heroBytes) })) + FONT_HASH);
  const cached = join(CACHE_DIR, `${key}.png`);
  try {
    return readFileSync(cached);
  } catch {
    // Not rendered yet: render below.
  }
  const hero = heroBytes && `data:image/jpeg;base64,${(await sharp(heroBytes).resize(CARD_HERO_WIDTH, CARD_HEIGHT, { fit: 'cover' }).jpeg({ quality: 82 }).toBuffer()).toString('base64')}`;
  const svg = await satori(socialCardTree({ ...input, hero }) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [{ name: 'Noto Sans', data: FONT, weight: 400, style: 'normal' }],
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written then renamed, so parallel builds never read half a file.
  writeFileSync(`${cached}.${process.pid}`, png);
  renameSync(`${cached}.${process.pid}`, cached);
  return png;
}
