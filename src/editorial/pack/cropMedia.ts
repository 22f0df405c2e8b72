import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { PackError } from './packError.ts';

export interface CropSize {
  width: number;
  height: number;
}

/** JPEG settings of every crop: fixed, so the same source gives the same bytes on every run. */
const JPEG = { quality: 82, progressive: false, chromaSubsampling: '4:2:0', mozjpeg: false } as const;

/**
 * The image cropped to the network's recommended size and aspect ratio: turned upright from its EXIF orientation,
 * then covered and cropped around its most salient part (sharp's `attention` strategy, which keeps faces and
 * contrast), encoded as a baseline JPEG without metadata (no camera data or location leaves the hospital).
 */
export async function cropMedia(source: string, size: CropSize): Promise<Buffer> {
  let input: Buffer;
  try {
    input = await readFile(source);
  } catch (error) {
    throw new PackError('media-unreadable', `Impossible de lire l’image ${source} : vérifiez qu’elle existe et lancez npm run calendar:check.`, { cause: error });
  }
  try {
    return await sharp(input, { failOn: 'error' })
      .rotate()
      .resize(size.width, size.height, { fit: 'cover', position: sharp.strategy.attention })
      .flatten({ background: '#ffffff' })
      .jpeg(JPEG)
      .toBuffer();
  } catch (error) {
    throw new PackError('media-unreadable', `L’image ${source} est illisible ou abîmée : exportez-la à nouveau en JPEG ou PNG.`, { cause: error });
  }
}
