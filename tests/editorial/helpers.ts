import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticleIndex } from '../../src/editorial/articleIndex.ts';
import type { CalendarError } from '../../src/editorial/errors.ts';
import { loadCalendar } from '../../src/editorial/loadCalendar.ts';

/** Fixture articles and media; media `src` in test calendars are relative to this folder. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const CONTENT = join(FIXTURES, 'content');
export const articles = loadArticleIndex(CONTENT);

/** A fresh calendar folder holding the given files. */
export function calendarDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-calendar-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Where the test calendars' media files are: `src: media/photo.jpg` from the fixtures folder. */
export const PLACES = { contentDir: CONTENT, root: FIXTURES, mediaDir: join(FIXTURES, 'media') };

export function load(files: Record<string, string>) {
  return loadCalendar({ calendarDir: calendarDir(files), ...PLACES });
}

/** `file:line:col code`, the part of an error a planner navigates by. */
export function where(errors: CalendarError[]): string[] {
  return errors.map((error) => `${basename(error.file)}:${error.line}:${error.col} ${error.code}`);
}
