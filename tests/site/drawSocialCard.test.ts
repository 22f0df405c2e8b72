import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawSocialCard } from '../../src/lib/drawSocialCard.ts';
import { CARD_HERO_WIDTH, LANDSCAPE_CARD, PORTRAIT_CARD } from '../../src/lib/socialCardTree.ts';
import { CARD_FONT_FILE, SAMPLE_CARD } from '../../src/testSupport/sampleCard.ts';

const font = readFileSync(CARD_FONT_FILE);
const card = SAMPLE_CARD;
const HERO_RED = { r: 200, g: 16, b: 32 };
const HERO_GREY = { r: 90, g: 90, b: 90 };

/** The card decoded: its pixels as RGB triples, and what its PNG header says. */
async function decoded(png: Buffer) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => {
    const offset = (y * info.width + x) * info.channels;
    return { r: data[offset], g: data[offset + 1], b: data[offset + 2] };
  };
  return { info, at };
}

describe('drawSocialCard', () => {
  /** Heroes as editors send them: a colour photo, a black-and-white one (one channel), a PNG with an alpha channel. */
  const heroes: [string, () => Promise<Buffer>, typeof HERO_RED][] = [
    [
      'a colour JPEG',
      () =>
        sharp({ create: { width: 900, height: 700, channels: 3, background: HERO_RED } })
          .jpeg({ quality: 100 })
          .toBuffer(),
      HERO_RED,
    ],
    [
      'a greyscale JPEG',
      () =>
        sharp({ create: { width: 900, height: 700, channels: 3, background: HERO_GREY } })
          .grayscale()
          .jpeg({ quality: 100 })
          .toBuffer(),
      HERO_GREY,
    ],
    [
      'a PNG with alpha',
      () =>
        sharp({ create: { width: 900, height: 700, channels: 4, background: { ...HERO_RED, alpha: 1 } } })
          .png()
          .toBuffer(),
      HERO_RED,
    ],
  ];

  it.each(heroes)(
    'lays %s over the whole right-hand column, corner to corner, and nowhere else',
    async (_, make, colour) => {
      const { info, at } = await decoded(await drawSocialCard({ ...card, hero: await make() }, font));
      const { width, height } = LANDSCAPE_CARD;
      expect(info).toMatchObject({ width, height, channels: 3 });
      for (const [x, y] of [
        [width - CARD_HERO_WIDTH, 0],
        [width - 1, 0],
        [width - CARD_HERO_WIDTH, height - 1],
        [width - 1, height - 1],
        [width - CARD_HERO_WIDTH / 2, height / 2],
      ] as const) {
        const pixel = at(x, y);
        expect(
          Math.abs(pixel.r! - colour.r) + Math.abs(pixel.g! - colour.g) + Math.abs(pixel.b! - colour.b),
        ).toBeLessThan(12);
      }
      expect(at(width - CARD_HERO_WIDTH - 1, height / 2)).toEqual({ r: 255, g: 255, b: 255 });
    },
  );

  it('lays the hero’s pixels in their places, row by row and column by column, as sharp crops them', async () => {
    // Red grows to the right, green downwards: a pixel out of place shows in either channel.
    const width = 900;
    const height = 700;
    const raw = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        raw.set([Math.floor((x * 255) / width), Math.floor((y * 255) / height), 128], (y * width + x) * 3);
    const hero = await sharp(raw, { raw: { width, height, channels: 3 } })
      .png()
      .toBuffer();
    const crop = await sharp(hero).resize(CARD_HERO_WIDTH, LANDSCAPE_CARD.height, { fit: 'cover' }).raw().toBuffer();
    const { at } = await decoded(await drawSocialCard({ ...card, hero }, font));
    const left = LANDSCAPE_CARD.width - CARD_HERO_WIDTH;
    for (const [x, y] of [
      [0, 0],
      [CARD_HERO_WIDTH - 1, 0],
      [17, 311],
      [300, 450],
      [CARD_HERO_WIDTH - 1, LANDSCAPE_CARD.height - 1],
    ] as const) {
      const offset = (y * CARD_HERO_WIDTH + x) * 3;
      expect(at(left + x, y), `${x},${y}`).toEqual({ r: crop[offset], g: crop[offset + 1], b: crop[offset + 2] });
    }
  });

  it.each([
    ['landscape', LANDSCAPE_CARD],
    ['portrait', PORTRAIT_CARD],
  ])(
    'draws a %s card without a hero as an opaque RGB PNG of its size, white where the hero would be',
    async (_, format) => {
      const { info, at } = await decoded(await drawSocialCard(card, font, format));
      expect(info).toMatchObject({ format: 'raw', width: format.width, height: format.height, channels: 3 });
      expect(at(format.width - 2, Math.round(format.height / 2))).toEqual({ r: 255, g: 255, b: 255 });
    },
  );
});
