import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { makeFolder, notWritable } from '../makeFolder.ts';
import { PackError } from './packError.ts';

/** What goes into one folder: paths inside it → content. */
export type FolderFiles = ReadonlyMap<string, string | Uint8Array>;

export interface WriteOptions {
  /** Whether the folder found at a target (links followed) may be replaced: it holds an earlier pack. */
  replaceable: (folder: string) => Promise<boolean>;
}

/** A target, checked before anything is written. */
interface Place {
  target: string;
  /** The folder the target links to now, to remove once the new one is in place. */
  previous?: string;
  /** The target is a real folder holding a pack (written before links were used): moved aside for the link. */
  realFolder?: boolean;
}

/**
 * Writes each of `targets` as a folder, all whole or none, and none ever absent or half-written:
 * - a target is a symbolic link to a sibling folder named after it, `.2026-W48.<process>-<random>`, that holds its
 *   files (the link is relative: the whole output folder can be moved or copied with its links);
 * - each target's files (asked of `filesOf` one target at a time, so a year of packs is never all in memory) go into
 *   a new such folder, created with the permissions of the user's umask;
 * - once every folder is written, a new link to each is made beside its target and renamed over it: `rename`
 *   replaces a link in one step (POSIX), so readers of the target see the old files or the new, never nothing;
 *   then the previous folder is removed.
 * Node has no `renameat2(RENAME_EXCHANGE)` to swap two real folders in one step; a link can be swapped. Before
 * anything is written, every target must be free or `replaceable` (nothing else is ever deleted), and the folders and
 * links that interrupted runs left beside a target (by processes no longer running) are removed. A target that is a
 * real folder, as packs were before links, is moved aside just before its link takes its place: the one moment it
 * is absent, once.
 */
export async function writeDirectoriesAtomically(
  targets: readonly string[],
  filesOf: (target: string, index: number) => Promise<FolderFiles>,
  { replaceable }: WriteOptions,
): Promise<void> {
  const places: Place[] = [];
  for (const target of targets) places.push(await checkPlace(target, replaceable));
  const written: string[] = [];
  try {
    for (const [index, { target }] of places.entries()) {
      const folder = await newFolderBeside(target);
      written.push(folder);
      await writeFiles(folder, target, await filesOf(target, index));
    }
  } catch (error) {
    await Promise.all(written.map((folder) => rm(folder, { recursive: true, force: true })));
    throw error;
  }
  for (const [index, place] of places.entries()) {
    try {
      await swapInto(written[index]!, place);
    } catch (error) {
      await Promise.all(written.slice(index).map((folder) => rm(folder, { recursive: true, force: true })));
      const before = index > 0 ? `les ${index} dossiers d’avant sont en place, ` : '';
      throw new PackError(
        'out-not-writable',
        `Le pack n’a pas pu prendre la place de ${place.target} (${(error as Error).message}) : ${before}celui-ci et les suivants n’ont pas été modifiés ; vérifiez vos droits d’écriture.`,
        { cause: error },
      );
    }
  }
}

/** `.2026-W48.` + what follows it in the names of the folders and links this writer leaves beside a target. */
const OWN_SUFFIX = /^(?:tmp-[A-Za-z0-9]{6}(?:\.previous)?|(\d+)-[0-9a-f]{8}(?:\.link|\.old)?)$/;

/** The process and random part of a folder written for `name`, when `entry` is one; the older runs' folders have none. */
function ownEntry(name: string, entry: string): { pid?: number } | undefined {
  const prefix = `.${name}.`;
  if (!entry.startsWith(prefix)) return undefined;
  const match = OWN_SUFFIX.exec(entry.slice(prefix.length));
  if (!match) return undefined;
  return match[1] === undefined ? {} : { pid: Number(match[1]) };
}

/**
 * Makes the target's parent, removes what interrupted runs left beside the target, and says what the target holds
 * now; refuses (a PackError, nothing written) a target that is not free and not a replaceable folder.
 */
async function checkPlace(target: string, replaceable: WriteOptions['replaceable']): Promise<Place> {
  const parent = dirname(target);
  const name = basename(target);
  await makeFolder(parent);
  const shown = await linkedFolder(target);
  await removeLeftovers(parent, name, shown);
  const stats = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw notWritable(parent, error);
  });
  if (!stats) return { target };
  if (shown !== undefined) {
    const exists = await lstat(join(parent, shown)).then(
      () => true,
      () => false,
    );
    // A link of ours whose folder is gone (removed by hand) is replaced as it is.
    if (!exists) return { target };
    if (await replaceable(join(parent, shown))) return { target, previous: join(parent, shown) };
  } else if (stats.isDirectory() && (await replaceable(target))) return { target, realFolder: true };
  const what = stats.isSymbolicLink()
    ? 'un lien qui ne mène pas à un pack'
    : stats.isDirectory()
      ? 'un dossier sans manifest.json de pack'
      : 'un fichier';
  throw new PackError(
    'out-occupied',
    `${target} existe déjà et n’est pas un pack (${what}) : le pack ne le remplace pas. Déplacez-le ou renommez-le, ou choisissez un autre dossier avec --out.`,
  );
}

/** The name of the sibling folder `target` links to, when it is one of ours. */
async function linkedFolder(target: string): Promise<string | undefined> {
  let link: string;
  try {
    link = await readlink(target);
  } catch {
    return undefined;
  }
  return ownEntry(basename(target), link) && !link.includes('/') ? link : undefined;
}

/** Folders and links beside `name` that runs no longer running left; never the folder the target shows. */
async function removeLeftovers(parent: string, name: string, shown: string | undefined): Promise<void> {
  const leftovers = (await readdir(parent)).filter((entry) => {
    const own = ownEntry(name, entry);
    if (!own || entry === shown) return false;
    return own.pid === undefined || !isRunning(own.pid);
  });
  await Promise.all(leftovers.map((entry) => rm(join(parent, entry), { recursive: true, force: true })));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function newFolderBeside(target: string): Promise<string> {
  const folder = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(folder);
  } catch (error) {
    throw notWritable(dirname(target), error);
  }
  return folder;
}

async function writeFiles(folder: string, target: string, files: FolderFiles): Promise<void> {
  try {
    for (const path of [...files.keys()].sort()) {
      if (path.startsWith('/') || path.split('/').includes('..'))
        throw new Error(`Chemin de fichier hors du pack : ${path}`);
      const file = join(folder, path);
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

/** Puts a link to `folder` in the target's place in one rename, then removes the folder the target showed before. */
async function swapInto(folder: string, { target, previous, realFolder }: Place): Promise<void> {
  const link = `${folder}.link`;
  await symlink(basename(folder), link);
  const aside = realFolder ? `${folder}.old` : undefined;
  try {
    if (aside) await rename(target, aside);
    await rename(link, target);
  } catch (error) {
    if (aside) await rename(aside, target).catch(() => undefined);
    await rm(link, { force: true });
    throw error;
  }
  const old = aside ?? previous;
  if (old) await rm(old, { recursive: true, force: true });
}
