import { stringify } from 'csv-stringify/sync';
import { NETWORK_IDS } from '../../lib/socialNetworks.ts';
import { zurichParts } from '../../lib/zurichTime.ts';
import type { PackNetwork, PostRecord } from './manifestSchema.ts';
import { byTimeThenNetwork, compareText, networksOf } from './presentation.ts';

/** A file of the pack, by its path inside the pack. */
export interface PackFile {
  path: string;
  content: string;
}

/** A post whose time had to change for a scheduler, reported in the summary. */
export interface TimeAdjustment {
  id: string;
  network: PackNetwork;
  planned: string;
  scheduled: string;
}

/**
 * Hootsuite's bulk composer (Publisher › Bulk composer; help.hootsuite.com, "Schedule posts in bulk"; rules repeated on
 * its upload screen, and in docs/platform-limits.md with the date each was checked):
 * - a CSV of rows `date and time, message, link (optional)`, no header row (Hootsuite's sample file starts with a post);
 * - the date format is chosen at upload among day-first and month-first ones: we write `DD/MM/YYYY HH:mm`, 24-hour,
 *   so pick « JJ/MM/AAAA » (Day/Month/Year) when uploading;
 * - times on a multiple of 5 minutes, at least 10 minutes in the future;
 * - at most 350 posts per upload (kim-iverson-headlee.blogspot.com, 2016, quotes the screen: "up to 350 messages");
 * - every row goes to the social accounts picked at upload ("HootSuite requires a separate CSV for each property",
 *   gussetbeard.com), hence one file per network;
 * - UTF-8, so accents and emoji survive; no byte-order mark, which would end up in the first date.
 *
 * Decision on times: a time that is not a multiple of 5 minutes is moved LATER to the next one (12:02 → 12:05), never
 * earlier, so that no post leaves before the time the team planned (embargoes, an article going online at 12:02).
 * The manifest keeps the planned time; the summary lists every post moved.
 * The link column stays empty: the engine's text already carries the link, and Hootsuite would add it a second time.
 */
export const HOOTSUITE_MAX_ROWS = 350;
export const HOOTSUITE_STEP_MINUTES = 5;

/** The planned time moved to the next multiple of 5 minutes (unchanged when already on one). */
export function hootsuiteTime(instant: Date): Date {
  const step = HOOTSUITE_STEP_MINUTES * 60_000;
  return new Date(Math.ceil(instant.getTime() / step) * step);
}

/** `24/11/2026 12:05`: Zurich wall-clock time, day first, 24-hour. */
export function hootsuiteDate(instant: Date): string {
  const { year, month, day, hour, minute } = zurichParts(instant);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** `24/11/2026 12:05` → `2026/11/24 12:05`, which sorts by time. */
function hootsuiteSortKey(date: string): string {
  return `${date.slice(6, 10)}/${date.slice(3, 5)}/${date.slice(0, 2)}${date.slice(10)}`;
}

/** `hootsuite/<network>.csv`, split in `hootsuite/<network>-2.csv`… beyond 350 rows. */
export function hootsuiteCsv(records: readonly PostRecord[]): { files: PackFile[]; adjustments: TimeAdjustment[] } {
  const files: PackFile[] = [];
  const adjustments: TimeAdjustment[] = [];
  for (const network of networksOf(records)) {
    const posts = records.filter((post) => post.network === network).sort(byTimeThenNetwork);
    const rows = posts.map((post) => {
      const planned = new Date(post.scheduledAt);
      const scheduled = hootsuiteTime(planned);
      if (scheduled.getTime() !== planned.getTime())
        adjustments.push({
          id: post.id,
          network,
          planned: hootsuiteDate(planned),
          scheduled: hootsuiteDate(scheduled),
        });
      return [hootsuiteDate(scheduled), post.text, ''];
    });
    chunks(rows, HOOTSUITE_MAX_ROWS).forEach((chunk, index) => {
      files.push({ path: `hootsuite/${network}${index === 0 ? '' : `-${index + 1}`}.csv`, content: csv(chunk) });
    });
  }
  adjustments.sort(
    (a, b) =>
      compareText(hootsuiteSortKey(a.planned), hootsuiteSortKey(b.planned)) ||
      NETWORK_IDS.indexOf(a.network) - NETWORK_IDS.indexOf(b.network) ||
      compareText(a.id, b.id),
  );
  return { files, adjustments };
}

/**
 * Publer's CSV template (publer.com/help/en/article/how-to-use-a-csv-file-18qhxcq and
 * publer.com/blog/ultimate-csv-bulk-scheduler-social-media/): twelve columns, all kept even when empty, in this order;
 * Date as `YYYY-MM-DD HH:MM` (24-hour, the workspace's time zone: set it to Europe/Zurich); Link(s) makes a link post
 * (on Instagram, the link-in-bio page); Media URL(s) must be public addresses, so they are filled only when the
 * pack's media folder is published somewhere (`mediaBaseUrl`), with their alt texts separated by `||`;
 * Comment(s) is the first comment. Like Hootsuite, every row goes to the accounts picked at import: one file per network.
 */
export const PUBLER_COLUMNS = [
  'Date',
  'Text',
  'Link(s)',
  'Media URL(s)',
  'Title',
  'Label(s)',
  'Alt text(s)',
  'Comment(s)',
  'Board/Album',
  'Post subtype',
  'CTA',
  'Reminder',
] as const;

/** `2026-11-24 12:00`, Zurich wall-clock time. */
export function publerDate(instant: Date): string {
  const { year, month, day, hour, minute } = zurichParts(instant);
  return `${year}-${month}-${day} ${hour}:${minute}`;
}

export interface PublerOptions {
  /** Public address where the pack's `media/` folder is published, e.g. `https://intranet.example/packs/2026-W48/`. */
  mediaBaseUrl?: string;
}

/** `publer/<network>.csv` with Publer's header row. */
export function publerCsv(records: readonly PostRecord[], options: PublerOptions = {}): PackFile[] {
  return networksOf(records).map((network) => {
    const rows = records
      .filter((post) => post.network === network)
      .sort(byTimeThenNetwork)
      .map((post) => {
        const base = options.mediaBaseUrl;
        const mediaUrls =
          base === undefined
            ? []
            : post.media.map((media) => new URL(media.file, base.endsWith('/') ? base : `${base}/`).href);
        const row: Record<(typeof PUBLER_COLUMNS)[number], string> = {
          Date: publerDate(new Date(post.scheduledAt)),
          Text: post.text,
          'Link(s)': post.link ?? '',
          'Media URL(s)': mediaUrls.join(','),
          Title: post.title ?? '',
          'Label(s)': post.campaign ?? '',
          'Alt text(s)': mediaUrls.length > 0 ? post.media.map((media) => media.alt).join(' || ') : '',
          'Comment(s)': post.firstComment ?? '',
          'Board/Album': '',
          'Post subtype': '',
          CTA: '',
          Reminder: '',
        };
        return PUBLER_COLUMNS.map((column) => row[column]);
      });
    return { path: `publer/${network}.csv`, content: csv([[...PUBLER_COLUMNS], ...rows]) };
  });
}

/** RFC 4180: CRLF between records, quotes where needed (texts have commas, quotes and line breaks). */
function csv(rows: string[][]): string {
  return stringify(rows, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
