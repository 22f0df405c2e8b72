import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../lib/userError.ts';

/** An output folder that cannot be made or written; the message names it and says what to check, in French. */
export function notWritable(folder: string, cause?: unknown): UserError<'out-not-writable'> {
  return new UserError(
    'out-not-writable',
    `Impossible de créer ou d’écrire le dossier ${folder} : vérifiez le chemin donné à --out (un dossier à vous, pas sous /proc ni sur un disque en lecture seule) et vos droits d’écriture.`,
    { cause },
  );
}

/**
 * Makes `folder` and its missing parents, one `mkdir` a level, with the permissions the user's umask gives; the first
 * refusal ends it with `notWritable`. Node's `mkdir(…, { recursive: true })` is not used: on some paths it never
 * returns (under /proc, where `mkdir` answers "no such file" for a parent that exists, it retries at 100 % CPU).
 */
export async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let path = resolve(folder); !(await existsAsFolder(path, folder)); path = dirname(path)) {
    missing.unshift(path);
    if (dirname(path) === path) break;
  }
  for (const path of missing) {
    try {
      await mkdir(path);
    } catch (error) {
      // Another run may have made it in the meantime.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw notWritable(folder, error);
    }
  }
}

/** Whether `path` is a folder, false when nothing is there; `notWritable(folder)` when it is a file or unreadable. */
async function existsAsFolder(path: string, folder: string): Promise<boolean> {
  try {
    if ((await stat(path)).isDirectory()) return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw notWritable(folder, error);
  }
  throw notWritable(folder);
}
