import { stat } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import pLimit from 'p-limit';
import { imagesAtOnce, inspectImage, tooLargeMessage } from '../lib/inspectImage.ts';
import { byPosition, type CalendarError } from './errors.ts';
import type { Calendar, MediaUse } from './loadCalendar.ts';

/** Image formats the pack crops and the networks take; sharp's names. */
const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif']);
/** Video containers the networks take, by the type their first bytes give. */
const VIDEO_TYPES = new Set(['video/mp4', 'video/quicktime', 'video/webm']);

interface MediaProblem {
  code: 'media-empty' | 'media-not-image' | 'media-not-video' | 'media-too-large';
  /** The French message for the file as one entry names it. */
  message: (src: string) => string;
}

/**
 * The calendar with its media files' contents checked, as calendar:check and the pack do before anything is written:
 * an image must decode (whole, in a format the networks take) within the pixel budget, a video must start with the
 * signature of an MP4, QuickTime or WebM container. A file's extension says nothing: a text file named `.jpg`, an
 * empty file, a page of a web site saved as `.mp4` are all refused here, at the line of each `src` naming them. Each
 * file is read once however many entries use it, a few at a time (`imagesAtOnce`). Entries using a refused file leave
 * `entries` and `holds`, as any entry with an error does.
 */
export async function checkMediaContents(calendar: Calendar, maxPixels: number): Promise<Calendar> {
  const byFile = Map.groupBy(calendar.media, (use) => `${use.kind}:${use.file}`);
  const limit = pLimit(imagesAtOnce(maxPixels));
  const checked = await limit.map([...byFile.values()], async (uses) => ({
    uses,
    problem: await problemOf(uses[0]!, maxPixels),
  }));
  const errors: CalendarError[] = checked.flatMap(({ uses, problem }) =>
    problem ? uses.map(({ at, id, src }) => ({ ...at, id, code: problem.code, message: problem.message(src) })) : [],
  );
  if (errors.length === 0) return calendar;
  const refused = new Set(errors.map((error) => error.id));
  return {
    ...calendar,
    entries: calendar.entries.filter((entry) => !refused.has(entry.id)),
    holds: calendar.holds.filter((hold) => !refused.has(hold.id)),
    errors: [...calendar.errors, ...errors].sort(byPosition),
  };
}

async function problemOf({ file, kind }: MediaUse, maxPixels: number): Promise<MediaProblem | undefined> {
  if ((await stat(file)).size === 0)
    return {
      code: 'media-empty',
      message: (src) => `Le fichier ${src} est vide (0 octet) : copiez-le de nouveau depuis son original.`,
    };
  if (kind === 'video') {
    const type = await fileTypeFromFile(file);
    if (type && VIDEO_TYPES.has(type.mime)) return undefined;
    const seen = type ? `son contenu est du type ${type.ext}` : 'son contenu n’est pas reconnu';
    return {
      code: 'media-not-video',
      message: (src) =>
        `« ${src} » n’est pas une vidéo (${seen}) : exportez la vidéo en MP4, MOV ou WebM depuis son logiciel de montage.`,
    };
  }
  const image = await inspectImage(file, { formats: IMAGE_FORMATS, maxPixels, decode: true });
  if (image.problem === 'too-large') {
    const { width, height } = image;
    return { code: 'media-too-large', message: (src) => tooLargeMessage(src, width, height, maxPixels) };
  }
  if (image.problem === 'format') {
    const { format } = image;
    return {
      code: 'media-not-image',
      message: (src) => `« ${src} » est une image au format ${format} : exportez-la en JPEG, PNG, WebP ou GIF.`,
    };
  }
  if (image.problem)
    return {
      code: 'media-not-image',
      message: (src) =>
        `« ${src} » n’est pas une image lisible (fichier d’un autre type, ou image abîmée) : exportez-la de nouveau en JPEG ou PNG.`,
    };
  return undefined;
}
