import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import sharp, { type Metadata, type SharpOptions } from 'sharp';

/** What an image file holds, or why it cannot be used. Formats are sharp's names (`jpeg`, `png`, `webp`…). */
export type ImageInspection =
  | { problem: 'empty' | 'unreadable' }
  | { problem: 'format'; format: string }
  | { problem: 'too-large'; width: number; height: number }
  | { problem?: undefined; format: string; width: number; height: number };

export interface ImageRequirements {
  /** Formats accepted, in sharp's names. */
  formats: ReadonlySet<string>;
  /** Largest image accepted, in pixels (width × height). */
  maxPixels: number;
  /** Whether to decode the pixels too, not only the header: a truncated or corrupt file is found now, not later. */
  decode: boolean;
}

/**
 * sharp's options for reading a person's image: fail on corrupt data instead of painting it grey, and never decode
 * more pixels than the budget (sharp checks the header before allocating). Used to check an image and to process it,
 * so that an image that passed the check is processed without surprise.
 */
export function imageInput(maxPixels: number): SharpOptions {
  return { failOn: 'error', limitInputPixels: maxPixels };
}

/** Memory for images decoded at the same time: at 4 bytes a pixel, two images at the 50-megapixel budget. */
const DECODING_MEMORY = 512 * 1024 * 1024;

/** How many images to decode at once so that, at the pixel budget, they fit in `DECODING_MEMORY` whatever the cores. */
export function imagesAtOnce(maxPixels: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(DECODING_MEMORY / (maxPixels * 4))));
}

/**
 * Reads an image's header: its format must be one of `formats`, its size within the budget (checked before any pixel
 * is decoded, so a huge image costs nothing); with `decode`, its pixels are then decoded at a small scale, which reads
 * the whole file.
 */
export async function inspectImage(file: string, requirements: ImageRequirements): Promise<ImageInspection> {
  const { formats, maxPixels, decode } = requirements;
  if ((await stat(file)).size === 0) return { problem: 'empty' };
  let metadata: Metadata;
  try {
    metadata = await sharp(file).metadata();
  } catch {
    return { problem: 'unreadable' };
  }
  const { format, width = 0, height = 0 } = metadata;
  if (!formats.has(format)) return { problem: 'format', format };
  if (width * height > maxPixels) return { problem: 'too-large', width, height };
  if (decode) {
    try {
      await sharp(file, imageInput(maxPixels)).resize(256, 256, { fit: 'inside' }).raw().toBuffer();
    } catch {
      return { problem: 'unreadable' };
    }
  }
  return { format, width, height };
}

/**
 * The French sentence for an image above the budget: its size in pixels and megapixels, the budget, and a width that
 * would fit (at most 4,000 pixels, more than any screen or network uses).
 */
export function tooLargeMessage(src: string, width: number, height: number, maxPixels: number): string {
  const megapixels = (width * height) / 1e6;
  const fitWidth = Math.floor(Math.sqrt((maxPixels * width) / height));
  return `L’image « ${src} » mesure ${width} × ${height} pixels (${megapixels.toFixed(1)} mégapixels) : Passerelle en accepte ${maxPixels / 1e6} au plus. Réduisez-la, par exemple à ${Math.min(fitWidth, 4000)} pixels de large.`;
}
