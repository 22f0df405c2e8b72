import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { isInside } from '../lib/isInside.ts';
import { suggestion } from './suggest.ts';

/** Where a calendar's media files are: `src` paths start from `root`, and must lead into `mediaDir`. */
export interface MediaPlaces {
  /** Folder media `src` paths start from (the repository root). */
  root: string;
  /** Folder every media file must be in once links are followed (`editorial/media`). */
  mediaDir: string;
}

/** The real path of a media file, or why a planner's `src` cannot be used, in French. */
export type MediaPlace = { file: string } | { code: 'media-not-found' | 'media-outside'; message: string };

/**
 * Finds the file a media `src` names: a relative path from the repository root that leads, after following links,
 * to a file inside the media folder. An absolute path, a `../` path out of the folder, or a link in the folder to a
 * file elsewhere would put any file of the machine into a pack, byte for byte.
 */
export function mediaPlace(src: string, { root, mediaDir }: MediaPlaces): MediaPlace {
  const folder = relative(root, mediaDir) || '.';
  const outside = {
    code: 'media-outside',
    message: `« ${src} » est hors de ${folder}/ : placez le fichier dans ce dossier et écrivez src: ${folder}/nom.jpg.`,
  } as const;
  if (isAbsolute(src) || /^[a-z][a-z0-9+.-]*:/i.test(src)) return outside;
  const path = resolve(root, src);
  if (!isInside(resolve(mediaDir), path)) return outside;
  let file: string;
  try {
    file = realpathSync(path);
  } catch {
    return notFound(src, path);
  }
  if (!isInside(realpathSync(mediaDir), file))
    return {
      code: 'media-outside',
      message: `« ${src} » est un lien vers un fichier hors de ${folder}/ : copiez le fichier lui-même dans ce dossier.`,
    };
  if (!statSync(file).isFile()) return notFound(src, path);
  return { file };
}

function notFound(src: string, path: string): MediaPlace {
  const folder = dirname(path);
  const near = existsSync(folder) ? suggestion(basename(path), readdirSync(folder)) : '';
  return {
    code: 'media-not-found',
    message: `Le fichier ${src} est introuvable (chemin depuis la racine du dépôt) : vérifiez son nom ou ajoutez-le.${near}`,
  };
}
