import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { drawSocialCard } from '../../lib/drawSocialCard.ts';
import { LANDSCAPE_CARD, PORTRAIT_CARD } from '../../lib/socialCardTree.ts';
import { typesetText } from '../../lib/typesetText.ts';
import { SITE } from '../../site.config.ts';
import type { CardJob } from './fromCalendar.ts';
import { PackError } from './packError.ts';

/** The project's own files the cards are drawn with, found from this module (the pack runs under plain Node). */
const PROJECT = new URL('../../../', import.meta.url);

/**
 * Draws the article cards of a pack, like the site's social card: a post's picture at its network's size (Instagram
 * and Threads, 1080×1350, when the article has no hero), or the link card the networks will show, drawn at the site's
 * 1200×630 with its hero and halved for the preview. JPEG with fixed settings, so reruns give the same bytes.
 */
export async function drawArticleCards(jobs: readonly CardJob[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (jobs.length === 0) return out;
  const font = readFileSync(new URL('src/assets/fonts/NotoSans-Regular.ttf', PROJECT));
  const logo = `data:image/svg+xml;base64,${readFileSync(new URL(`public${SITE.logo}`, PROJECT)).toString('base64')}`;
  for (const job of jobs) {
    const portrait = job.size.height > job.size.width;
    // Typeset like the site's own cards: no line starts with a » or a colon.
    const card = {
      title: typesetText(job.title, job.lang),
      category: typesetText(job.category, job.lang),
      siteName: typesetText(SITE.name[job.lang], job.lang),
      host: new URL(SITE.url).host,
      logo,
      colors: SITE.colors,
      hero: job.hero === undefined ? undefined : readHero(job.hero),
    };
    const png = await drawSocialCard(card, font, portrait ? PORTRAIT_CARD : LANDSCAPE_CARD);
    const image = portrait ? sharp(png) : sharp(png).resize(job.size.width / 2, job.size.height / 2);
    out.set(job.file, await image.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: false }).toBuffer());
  }
  return out;
}

function readHero(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new PackError(
      'media-unreadable',
      `Impossible de lire l’image d’article ${file} : vérifiez le champ hero de l’article.`,
      { cause: error },
    );
  }
}
