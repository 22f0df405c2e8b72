import { statSync } from 'node:fs';

/**
 * When the newest of `files` was last modified: the time an agenda event's inputs changed (icalendar.ts). A file's
 * modification time is read from the inputs, not from the clock, so writing the same calendar again gives the same
 * time; it moves forward whenever the file is edited or a pull changes it.
 */
export function lastChanged(files: readonly string[], cache = new Map<string, number>()): Date {
  let newest = 0;
  for (const file of files) {
    let time = cache.get(file);
    if (time === undefined) {
      time = statSync(file).mtimeMs;
      cache.set(file, time);
    }
    newest = Math.max(newest, time);
  }
  return new Date(newest);
}
