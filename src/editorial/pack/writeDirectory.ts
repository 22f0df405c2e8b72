import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PackError } from './packError.ts';

/** What goes into one folder: paths inside it → content. */
export type FolderFiles = ReadonlyMap<string, string | Uint8Array>;

/**
 * Writes each of `targets` as a folder, all of them whole or none: the files of each (asked of `filesOf` one folder at
 * a time, so that a year of weekly packs is never all in memory) go into a temporary folder beside its target; once
 * every folder is written, each takes its target's place by renaming (the same file system, so the rename is atomic).
 * An older folder at a target is moved aside first and deleted once the new one is in place; if the swap fails, it is
 * put back. On any failure before the swaps, every temporary folder is removed and no target has changed.
 */
export async function writeDirectoriesAtomically(
  targets: readonly string[],
  filesOf: (target: string, index: number) => Promise<FolderFiles>,
): Promise<void> {
  const written: { temporary: string; target: string }[] = [];
  try {
    for (const [index, target] of targets.entries()) {
      const temporary = await temporaryBeside(target);
      written.push({ temporary, target });
      await writeFiles(temporary, target, await filesOf(target, index));
    }
  } catch (error) {
    await Promise.all(written.map(({ temporary }) => rm(temporary, { recursive: true, force: true })));
    throw error;
  }
  for (const [index, { temporary, target }] of written.entries()) {
    try {
      await swapInto(temporary, target);
    } catch (error) {
      await Promise.all(written.slice(index).map((left) => rm(left.temporary, { recursive: true, force: true })));
      const before = index > 0 ? `les ${index} dossiers d’avant sont en place, ` : '';
      throw new PackError(
        'out-not-writable',
        `Le pack n’a pas pu prendre la place de ${target} (${(error as Error).message}) : ${before}celui-ci et les suivants n’ont pas été modifiés ; vérifiez vos droits d’écriture.`,
        { cause: error },
      );
    }
  }
}

async function temporaryBeside(target: string): Promise<string> {
  const parent = dirname(target);
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new PackError(
      'out-not-writable',
      `Impossible de créer le dossier ${parent} : vérifiez le chemin donné à --out et vos droits d’écriture.`,
      { cause: error },
    );
  }
  return mkdtemp(join(parent, `.${basename(target)}.tmp-`));
}

async function writeFiles(temporary: string, target: string, files: FolderFiles): Promise<void> {
  try {
    for (const path of [...files.keys()].sort()) {
      if (path.startsWith('/') || path.split('/').includes('..'))
        throw new Error(`Chemin de fichier hors du pack : ${path}`);
      const file = join(temporary, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, files.get(path)!);
    }
  } catch (error) {
    throw new PackError(
      'out-not-writable',
      `Le pack n’a pas pu être écrit dans ${target} (${(error as Error).message}) : rien n’a été modifié ; vérifiez l’espace disque et vos droits d’écriture.`,
      { cause: error },
    );
  }
}

async function swapInto(temporary: string, target: string): Promise<void> {
  const previous = `${temporary}.previous`;
  let moved = false;
  try {
    await rename(target, previous);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    if (moved) await rename(previous, target);
    throw error;
  }
  if (moved) await rm(previous, { recursive: true, force: true });
}
