import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import {
  CARD_HERO_WIDTH,
  type CardFormat,
  type CardNode,
  LANDSCAPE_CARD,
  type SocialCardInput,
  socialCardTree,
} from './socialCardTree.ts';

/** What a card is drawn from: the tree's input, with the hero as image bytes. */
export interface CardDrawing extends Omit<SocialCardInput, 'hero'> {
  hero?: Buffer | undefined;
}

/** Satori's font list for each font file, made once: satori parses a font again for every new list it is given. */
const FONT_LISTS = new WeakMap<Buffer, Parameters<typeof satori>[1]['fonts']>();
function fontList(font: Buffer) {
  let fonts = FONT_LISTS.get(font);
  if (!fonts) {
    fonts = [{ name: 'Noto Sans', data: font, weight: 400, style: 'normal' }];
    FONT_LISTS.set(font, fonts);
  }
  return fonts;
}

/** Stands for the hero in the tree until sharp lays the photo in. */
const HERO_BOX = 'hero-box';

/** The tree with the hero image turned into an empty box of the same size, so the layout is the same. */
function withHeroBox(node: CardNode): CardNode {
  if (node.type === 'img' && node.props.src === HERO_BOX) {
    return {
      type: 'div',
      props: { style: { ...node.props.style, width: node.props.width ?? 0, height: node.props.height ?? 0 } },
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
 * The hero's pixels written over the right-hand column of the drawn card, in place: the card is raw RGBA, the hero raw
 * RGB (asking sharp for an alpha channel cost it more than this loop), and the box under it is already opaque.
 */
function layHeroIn(card: Buffer, format: CardFormat, hero: Buffer): void {
  const left = format.width - CARD_HERO_WIDTH;
  for (let y = 0; y < format.height; y++) {
    for (let x = 0; x < CARD_HERO_WIDTH; x++) {
      const to = (y * format.width + left + x) * 4;
      const from = (y * CARD_HERO_WIDTH + x) * 3;
      card[to] = hero[from]!;
      card[to + 1] = hero[from + 1]!;
      card[to + 2] = hero[from + 2]!;
    }
  }
}

/**
 * A social card as PNG bytes, for the site (its 1200×630 cards) and for the pack (Instagram's 1080×1350 card, the
 * link cards of its preview). Satori lays out the card with an empty box where the hero goes; resvg draws text and
 * logo off the main thread; the hero, cropped by sharp, is copied into the box, which is a plain
 * rectangle at the card's right edge (a sharp composite cost more than the PNG encoding). Drawing the photo through
 * resvg (decode, scale, then its PNG encoder) cost three times as much, on the main thread.
 */
export async function drawSocialCard(
  { hero, ...card }: CardDrawing,
  font: Buffer,
  format: CardFormat = LANDSCAPE_CARD,
): Promise<Buffer> {
  const [svg, heroPixels] = await Promise.all([
    satori(withHeroBox(socialCardTree({ ...card, hero: hero && HERO_BOX }, format)) as Parameters<typeof satori>[0], {
      width: format.width,
      height: format.height,
      fonts: fontList(font),
    }),
    // Raw pixels: encoding the crop as JPEG only for sharp to decode it again cost a third of the card.
    hero && sharp(hero).resize(CARD_HERO_WIDTH, format.height, { fit: 'cover' }).removeAlpha().raw().toBuffer(),
  ]);
  // Satori has already turned the text into paths: resvg needs no font, and loading the system's took half its time.
  const drawn = await renderAsync(svg, { font: { loadSystemFonts: false } });
  const pixels = drawn.pixels;
  if (heroPixels) layHeroIn(pixels, format, heroPixels);
  // The card's background is opaque, so its alpha channel says nothing: three channels at zlib level 4 make a smaller
  // file than four at sharp's default level 6, in half the time.
  return sharp(pixels, { raw: { width: drawn.width, height: drawn.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 4 })
    .toBuffer();
}
