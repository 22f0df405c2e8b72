import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PackError } from './packError.ts';

/**
 * Writes `files` (paths inside the folder → content) as the folder `target`, whole or not at all:
 * everything goes into a temporary folder beside the target, which then takes the target's place by renaming
 * (the same file system, so the rename is atomic). An older folder at `target` is moved aside first and deleted
 * once the new one is in place; if the swap fails, it is put back. On any failure the temporary folder is removed.
 */
export async function writeDirectoryAtomically(target: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const parent = dirname(target);
  const name = basename(target);
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new PackError('out-not-writable', `Impossible de créer le dossier ${parent} : vérifiez le chemin donné à --out et vos droits d’écriture.`, { cause: error });
  }
  const temporary = await mkdtemp(join(parent, `.${name}.tmp-`));
  try {
    for (const path of [...files.keys()].sort()) {
      if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`Chemin de fichier hors du pack : ${path}`);
      const file = join(temporary, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, files.get(path)!);
    }
    await swapInto(temporary, target);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    if (error instanceof PackError) throw error;
    throw new PackError('out-not-writable', `Le pack n’a pas pu être écrit dans ${target} (${(error as Error).message}) : rien n’a été modifié ; vérifiez l’espace disque et vos droits d’écriture.`, { cause: error });
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
