import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import sharp from 'sharp';
import { imageInput, imagesAtOnce } from '../../lib/inspectImage.ts';
import { SITE } from '../../site.config.ts';
import { PackError } from './packError.ts';

export interface CropSize {
  width: number;
  height: number;
}

/** JPEG settings of every crop: fixed, so the same source gives the same bytes on every run. */
const JPEG = { quality: 82, progressive: false, chromaSubsampling: '4:2:0', mozjpeg: false } as const;

/**
 * The image cropped to each size asked, in that order: turned upright from its EXIF orientation, then covered and
 * cropped around its most salient part (sharp's `attention` strategy, which keeps faces and contrast), encoded as a
 * baseline JPEG without metadata (no camera data or location leaves the hospital). The source is decoded once for
 * all its sizes (a post goes to up to seven networks), and the crops run side by side on libuv's threads.
 */
export async function cropMedia(source: string, sizes: readonly CropSize[]): Promise<Buffer[]> {
  let input: Buffer;
  try {
    input = await readFile(source);
  } catch (error) {
    throw new PackError(
      'media-unreadable',
      `Impossible de lire l’image ${source} : vérifiez qu’elle existe et lancez npm run calendar:check.`,
      { cause: error },
    );
  }
  try {
    const upright = await sharp(input, imageInput(SITE.images.maxPixels))
      .rotate()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: upright.info.width, height: upright.info.height, channels: upright.info.channels } };
    // Threads and Instagram share 1080×1350, X and Mastodon 1200×675: each size is made once.
    const made = new Map<string, Promise<Buffer>>();
    const crop = ({ width, height }: CropSize) =>
      sharp(upright.data, raw)
        .resize(width, height, { fit: 'cover', position: sharp.strategy.attention })
        .flatten({ background: '#ffffff' })
        .jpeg(JPEG)
        .toBuffer();
    return await Promise.all(
      sizes.map((size) => {
        const key = `${size.width}×${size.height}`;
        if (!made.has(key)) made.set(key, crop(size));
        return made.get(key)!;
      }),
    );
  } catch (error) {
    throw new PackError(
      'media-unreadable',
      `L’image ${source} est illisible ou abîmée : exportez-la à nouveau en JPEG ou PNG.`,
      { cause: error },
    );
  }
}

/**
 * Runs `crop` on each source, as many at a time as `imagesAtOnce` allows: each source is decoded whole (up to the
 * pixel budget, 4 bytes a pixel), so the number in flight, not the number of cores, bounds the memory a pack takes.
 */
export function cropSources<T>(sources: readonly string[], crop: (source: string) => Promise<T>): Promise<T[]> {
  return pLimit(imagesAtOnce(SITE.images.maxPixels)).map(sources, crop);
}
