import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITE } from '../../site.config.ts';
import { checkCalendar } from '../calendarCheck.ts';
import { loadCalendar } from '../loadCalendar.ts';
import { cropMedia } from './cropMedia.ts';
import { manifestFromCalendar, type MediaJob } from './fromCalendar.ts';
import { parseWeek, type IsoWeek } from './isoWeek.ts';
import { manifestSchema, type PackManifest } from './manifestSchema.ts';
import { writeNetworkMarkdown } from './networkMarkdown.ts';
import { PackError } from './packError.ts';
import { readme } from './readme.ts';
import { networksOf } from './presentation.ts';
import { previewHtml } from './previewHtml.ts';
import { hootsuiteCsv, publerCsv, type TimeAdjustment } from './schedulers.ts';
import { formatSummary } from './summary.ts';
import { weekIcs } from './weekIcs.ts';
import { writeDirectoryAtomically } from './writeDirectory.ts';

export interface PackOptions {
  /** `2026-W48`, `current` or `next`. */
  week: string;
  /** Reference time for `current`, `next` and the warnings about past posts. */
  now: Date;
  calendarDir: string;
  contentDir: string;
  /** Folder media `src` paths start from (the repository root). */
  root: string;
  /** Folder that receives `<week>/`. */
  outDir: string;
  mastodonLimit?: number;
  /** Public address of the published pack folder, to fill Publer's Media URL(s). */
  mediaBaseUrl?: string;
}

export interface PackResult {
  week: IsoWeek;
  /** The pack folder. */
  target: string;
  manifest: PackManifest;
  /** Paths of the pack's files, sorted. */
  files: string[];
  adjustments: TimeAdjustment[];
  /** What the command prints. */
  summary: string;
}

/** Hootsuite refuses posts less than this far in the future. */
const SCHEDULER_LEAD_MS = 10 * 60_000;

/**
 * Makes the week's pack: checks the calendar exactly as calendar:check does (any error: a PackError carrying its
 * report, and nothing written), builds the manifest, renders every file from it, then writes the folder whole.
 */
export async function buildPack(options: PackOptions): Promise<PackResult> {
  const week = parseWeek(options.week, options.now);
  const load = { calendarDir: options.calendarDir, contentDir: options.contentDir, root: options.root, ...(options.mastodonLimit === undefined ? {} : { mastodonLimit: options.mastodonLimit }) };
  const check = checkCalendar({ ...load, now: options.now });
  if (check.exitCode !== 0) {
    throw new CalendarInvalidError(check.report);
  }
  const calendar = loadCalendar(load);
  const calendarFiles = readdirSync(options.calendarDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => resolve(options.calendarDir, name));
  const built = manifestFromCalendar(calendar, { ...load, week, calendarFiles });
  const manifest = manifestSchema.parse(built.manifest);

  const files = new Map<string, string | Uint8Array>();
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  files.set('index.html', previewHtml(manifest, { name: SITE.name.fr, initials: initialsOf(SITE.shortName), handle: `@${handleOf()}` }));
  files.set('week.ics', weekIcs(manifest.week, manifest.posts));
  for (const network of networksOf(manifest.posts)) files.set(`${network}.md`, writeNetworkMarkdown(manifest.week, network, manifest.posts));
  const hootsuite = hootsuiteCsv(manifest.posts);
  for (const file of hootsuite.files) files.set(file.path, file.content);
  for (const file of publerCsv(manifest.posts, options.mediaBaseUrl === undefined ? {} : { mediaBaseUrl: options.mediaBaseUrl })) files.set(file.path, file.content);
  files.set('LISEZMOI.md', readme(manifest));
  for (const job of built.media) files.set(job.file, await mediaFile(options.root, job));

  const target = resolve(options.outDir, week.id);
  await writeDirectoryAtomically(target, files);

  const late = manifest.posts.filter((post) => Date.parse(post.scheduledAt) < options.now.getTime() + SCHEDULER_LEAD_MS);
  const shown = join(options.outDir, week.id);
  return {
    week,
    target,
    manifest,
    files: [...files.keys()].sort(),
    adjustments: hootsuite.adjustments,
    summary: formatSummary({ manifest, target: shown, adjustments: hootsuite.adjustments, late }),
  };
}

/** The calendar has errors: `report` is what calendar:check prints for them. */
export class CalendarInvalidError extends PackError {
  readonly report: string;
  constructor(report: string) {
    super('calendar-invalid', `${report}\nLe pack n’a pas été créé, et aucun dossier de packs n’a été modifié : corrigez ces erreurs (npm run calendar:check), puis relancez npm run pack.`);
    this.name = 'CalendarInvalidError';
    this.report = report;
  }
}

async function mediaFile(root: string, job: MediaJob): Promise<Uint8Array> {
  const source = resolve(root, job.source);
  if (job.crop) return cropMedia(source, job.crop);
  // Videos are copied as they are: sharp does not read them.
  try {
    return await readFile(source);
  } catch (error) {
    throw new PackError('media-unreadable', `Impossible de lire la vidéo ${job.source} : vérifiez qu’elle existe et lancez npm run calendar:check.`, { cause: error });
  }
}

function initialsOf(name: string): string {
  const letters = name.split(/[\s-]+/).filter(Boolean).map((word) => word[0]!.toUpperCase());
  return letters.slice(0, 2).join('') || '?';
}

/** The account name shown on the cards: the last part of the hospital's first social address. */
function handleOf(): string {
  const first = SITE.social[0];
  return first ? (new URL(first.url).pathname.split('/').filter(Boolean).pop() ?? SITE.shortName).replace(/^@/, '') : SITE.shortName;
}
