import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { inspectImage, tooLargeMessage } from '../inspectImage.ts';
import { isInside } from '../isInside.ts';

/** Where an article's images may live and how large they may be (see `SITE.images`). */
export interface ImageRules {
  /** Folder of images any article may use, besides those in its own folder. */
  sharedFolder: string;
  /** Largest image accepted, in pixels (width × height). */
  maxPixels: number;
}

/** Formats the site resizes and serves; sharp's names. */
const FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'gif']);

/**
 * Why the image `src` of the article at `articleFile` cannot be published, in French, or undefined when it can: it
 * must be a file in the article's own folder or in the shared images folder (after following links, so a link
 * cannot reach elsewhere), that decodes as an image of a served format, within the pixel budget.
 */
export async function checkArticleImage(
  articleFile: string,
  src: string,
  rules: ImageRules,
): Promise<string | undefined> {
  const shared = resolve(rules.sharedFolder);
  const placeHint = `placez l’image à côté de l’article (src: ./image.jpg) ou dans ${relative(process.cwd(), shared)}/`;
  if (src.trim() === '') return 'Indiquez le fichier de l’image (par exemple ./image.jpg).';
  if (isAbsolute(src) || /^[a-z][a-z0-9+.-]*:/i.test(src))
    return `« ${src} » n’est pas un fichier à côté de l’article : ${placeHint}.`;
  let file: string;
  try {
    file = realpathSync(resolve(dirname(articleFile), src));
  } catch {
    return `L’image « ${src} » est introuvable à côté de l’article : vérifiez le nom du fichier (majuscules et extension comprises).`;
  }
  const ownFolder = realpathSync(dirname(articleFile));
  const sharedFolder = (() => {
    try {
      return realpathSync(shared);
    } catch {
      return undefined;
    }
  })();
  if (!isInside(ownFolder, file) && !(sharedFolder && isInside(sharedFolder, file)))
    return `L’image « ${src} » est hors du dossier de l’article : ${placeHint}.`;
  const image = await inspectImage(file, { formats: FORMATS, maxPixels: rules.maxPixels, decode: false });
  if (image.problem === 'empty' || image.problem === 'unreadable')
    return `« ${src} » n’est pas une image lisible : enregistrez-la de nouveau en JPEG, PNG, WebP ou AVIF.`;
  if (image.problem === 'format')
    return `« ${src} » est au format ${image.format} : enregistrez-la en JPEG, PNG, WebP ou AVIF.`;
  if (image.problem === 'too-large') return tooLargeMessage(src, image.width, image.height, rules.maxPixels);
  return undefined;
}
