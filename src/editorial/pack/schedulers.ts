import { stringify } from 'csv-stringify/sync';
import { NETWORK_IDS } from '../../lib/socialNetworks.ts';
import { zurichParts } from '../../lib/zurichTime.ts';
import { PUBLER_SEPARATOR } from '../entrySchema.ts';
import type { PackMedia, PackNetwork, PostRecord } from './manifestSchema.ts';
import { byTimeThenNetwork, compareText } from './presentation.ts';

/**
 * The schedulers' bulk files. Figures and their sources: docs/platform-limits.md, "Schedulers' bulk formats"; what is not confirmed
 * there (Hootsuite's lead time, its sample file) is handled so that the file is right either way.
 *
 * Both take one file per account: Hootsuite and Publer post every row of a file to the accounts picked at upload, and
 * their templates have no account column. Rows already past when the pack is made (or too close for an upload) stay
 * out of both: Hootsuite refuses the whole file for one bad row, Publer would take a past row without a word.
 * Texts are written exactly as approved, even when a spreadsheet would read them as a formula: both importers read the
 * cell as the post, so a neutralising apostrophe would be published (the pack lists such cells and writes a separate
 * copy for spreadsheets, spreadsheetCopy.ts).
 */

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

/** One scheduler file: the account it is for, and its posts in order. */
export interface SchedulerFile {
  path: string;
  /** Id of the account (site config) to pick at upload. */
  account: string;
  posts: PostRecord[];
}

/**
 * How long before its time a post can still go into a scheduler file: Hootsuite refuses a row less than 10 minutes
 * ahead (the figure comparable tools document; unconfirmed for Hootsuite), and the team needs time to upload.
 */
export const SCHEDULER_LEAD_MINUTES = 30;

/** Hootsuite's documented minimum, counted back from the first row for the "upload before" time. */
export const HOOTSUITE_MINIMUM_MINUTES = 10;
export const HOOTSUITE_MAX_ROWS = 350;
export const HOOTSUITE_STEP_MINUTES = 5;

/**
 * Hootsuite's bulk composer: rows `date and time, message, link`, no header row, no BOM, UTF-8; the date format is
 * chosen at upload (we write `DD/MM/YYYY HH:mm`, 24-hour: pick the day-first format); times on a multiple of 5 minutes;
 * at most 350 rows; no column for media, alt text, first comment or video title (attached by hand at review,
 * hootsuiteAttachments). A time that is not a multiple of 5 minutes moves LATER (12:02 → 12:05), never earlier, so no
 * post leaves before its planned time; the manifest keeps the planned time and the summary lists each move.
 * The link column stays empty: the text already carries the link, and Hootsuite would add it a second time.
 */
export function hootsuiteTime(instant: Date): Date {
  const step = HOOTSUITE_STEP_MINUTES * 60_000;
  return new Date(Math.ceil(instant.getTime() / step) * step);
}

/** `24/11/2026 12:05`: Zurich wall-clock time, day first, 24-hour. */
export function hootsuiteDate(instant: Date): string {
  const { year, month, day, hour, minute } = zurichParts(instant);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** The posts a scheduler file may carry, by account in network order, each account's posts in time order. */
function byAccount(records: readonly PostRecord[]): { account: string; posts: PostRecord[] }[] {
  const groups = Map.groupBy(
    records.filter((post) => !post.past),
    (post) => post.account,
  );
  return [...groups.entries()]
    .map(([account, posts]) => ({ account, posts: posts.sort(byTimeThenNetwork) }))
    .sort(
      (a, b) =>
        NETWORK_IDS.indexOf(a.posts[0]!.network) - NETWORK_IDS.indexOf(b.posts[0]!.network) ||
        compareText(a.account, b.account),
    );
}

/** `hootsuite/<account>.csv`, split into `hootsuite/<account>-2.csv`… beyond 350 rows. */
export function hootsuiteFiles(records: readonly PostRecord[]): SchedulerFile[] {
  return byAccount(records).flatMap(({ account, posts }) =>
    chunks(posts, HOOTSUITE_MAX_ROWS).map((part, index) => ({
      path: `hootsuite/${account}${index === 0 ? '' : `-${index + 1}`}.csv`,
      account,
      posts: part,
    })),
  );
}

export function hootsuiteCsv(file: SchedulerFile): string {
  return csv(file.posts.map((post) => [hootsuiteDate(hootsuiteTime(new Date(post.scheduledAt))), post.text, '']));
}

/** The posts whose Hootsuite time differs from the planned one, by time. */
export function hootsuiteAdjustments(files: readonly SchedulerFile[]): TimeAdjustment[] {
  return files
    .flatMap((file) => file.posts)
    .filter((post) => hootsuiteTime(new Date(post.scheduledAt)).getTime() !== Date.parse(post.scheduledAt))
    .sort(byTimeThenNetwork)
    .map((post) => ({
      id: post.id,
      network: post.network,
      planned: hootsuiteDate(new Date(post.scheduledAt)),
      scheduled: hootsuiteDate(hootsuiteTime(new Date(post.scheduledAt))),
    }));
}

/** What Hootsuite's CSV cannot carry, to add to a row by hand in the bulk composer's review step. */
export interface Attachments {
  /** Files of `media/` to attach, each with the alt text to paste. */
  media: PackMedia[];
  firstComment: string | null;
  /** Video title (YouTube). */
  title: string | null;
}

/** The attachments a Hootsuite row needs, or undefined when its text is the whole post. */
export function hootsuiteAttachments(post: PostRecord): Attachments | undefined {
  if (post.media.length === 0 && post.firstComment === null && post.title === null) return undefined;
  return { media: post.media, firstComment: post.firstComment, title: post.title };
}

/**
 * Publer's CSV template, header line verbatim as its downloadable template writes it: twelve columns, all kept even
 * when empty. Date `YYYY-MM-DD HH:MM` with a colon (a hyphen in the time makes an unscheduled draft), 24-hour, in the
 * workspace's time zone; never empty (an empty date means "auto-schedule"). Link(s) makes a link post: filled only
 * for a post without media, since a post is either a link card or a photo and Publer does not say which wins (the
 * link stays in the text either way). Media URL(s) must be public addresses (`--media-url`), separated by commas,
 * with their alt texts separated by `||` in the same order; Comment(s) is the first comment.
 */
export const PUBLER_COLUMNS = [
  'Date - Intl. format or prompt',
  'Text',
  'Link(s) - Separated by comma for FB carousels',
  'Media URL(s) - Separated by comma',
  'Title - For the video, pin, PDF ..',
  'Label(s) - Separated by comma',
  `Alt text(s) - Separated by ${PUBLER_SEPARATOR}`,
  `Comment(s) - Separated by ${PUBLER_SEPARATOR}`,
  'Pin board, FB album, or Google category',
  'Post subtype - I.e. story, reel, PDF ..',
  'CTA - For Facebook links or Google',
  'Reminder - For stories, reels, shorts, and TikToks',
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

/** `publer/<account>.csv`: one per account. */
export function publerFiles(records: readonly PostRecord[]): SchedulerFile[] {
  return byAccount(records).map(({ account, posts }) => ({ path: `publer/${account}.csv`, account, posts }));
}

/** The public addresses of a post's media, when the media folder is published. */
export function publerMediaUrls(post: PostRecord, options: PublerOptions): string[] {
  const base = options.mediaBaseUrl;
  if (base === undefined) return [];
  return post.media.map((media) => new URL(media.file, base.endsWith('/') ? base : `${base}/`).href);
}

export function publerCsv(file: SchedulerFile, options: PublerOptions = {}): string {
  const rows = file.posts.map((post) => {
    const mediaUrls = publerMediaUrls(post, options);
    return [
      publerDate(new Date(post.scheduledAt)),
      post.text,
      post.media.length === 0 ? (post.link ?? '') : '',
      mediaUrls.join(','),
      post.title ?? '',
      post.campaign ?? '',
      mediaUrls.length > 0 ? post.media.map((media) => media.alt).join(PUBLER_SEPARATOR) : '',
      post.firstComment ?? '',
      '',
      '',
      '',
      '',
    ];
  });
  return csv([[...PUBLER_COLUMNS], ...rows]);
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

/** The scheduler files of a pack, which the LISEZMOI, the summary and the preview describe. */
export interface SchedulerPlan extends PublerOptions {
  hootsuite: SchedulerFile[];
  publer: SchedulerFile[];
}
