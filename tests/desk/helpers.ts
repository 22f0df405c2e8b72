import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Hand-built articles and calendar: see the comments in fixtures/calendar/2026-11.yaml for the planted gaps. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const CONTENT = join(FIXTURES, 'content');
export const CALENDAR = join(FIXTURES, 'calendar');

/** A scratch copy of the fixture calendar, for commands that write to it. */
export function calendarCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-desk-'));
  cpSync(CALENDAR, dir, { recursive: true });
  return dir;
}

export const load = (calendarDir = CALENDAR) => ({
  calendarDir,
  contentDir: CONTENT,
  root: FIXTURES,
  mediaDir: join(FIXTURES, 'media'),
});
