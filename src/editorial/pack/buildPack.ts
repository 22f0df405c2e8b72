import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkArticleImage } from '../../lib/articles/checkArticleImage.ts';
import type { IsoWeek } from '../../lib/zurichTime.ts';
import { SITE } from '../../site.config.ts';
import { checkLoadedCalendar, loadCheckedCalendar } from '../calendarCheck.ts';
import type { Calendar, LoadOptions } from '../loadCalendar.ts';
import { accountAvatars } from './accountAvatars.ts';
import { drawArticleCards } from './articleCards.ts';
import { cropMedia, cropSources } from './cropMedia.ts';
import { readEarlierPacks } from './earlierPacks.ts';
import { type HeroUse, type MediaJob, manifestFromCalendar } from './fromCalendar.ts';
import { manifestSchema, type PackManifest } from './manifestSchema.ts';
import { writeNetworkMarkdown } from './networkMarkdown.ts';
import { PackError } from './packError.ts';
import { holdsPackManifest } from './packFolder.ts';
import { parseWeek } from './parseWeek.ts';
import { networksOf } from './presentation.ts';
import { previewHtml } from './previewHtml.ts';
import { readme } from './readme.ts';
import {
  hootsuiteAdjustments,
  hootsuiteCsv,
  hootsuiteFiles,
  publerCsv,
  publerFiles,
  type TimeAdjustment,
} from './schedulers.ts';
import { spreadsheetCopy, spreadsheetCopyPath } from './spreadsheetCopy.ts';
import { formatSummary } from './summary.ts';
import { weekIcs } from './weekIcs.ts';
import { type FolderFiles, writeDirectoriesAtomically } from './writeDirectory.ts';

export interface PacksOptions extends PackSettings {
  /** The weeks, each `2026-W48`, `current` or `next`. */
  weeks: readonly string[];
}

interface PackSettings extends LoadOptions {
  /** Reference time for `current`, `next`, and the posts too late for a scheduler (left out of its files). */
  now: Date;
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

/**
 * Makes the weeks' packs from one reading and one check of the calendar, exactly as calendar:check does (a year of
 * posts takes seconds to check; any error: a CalendarInvalidError carrying its report). Each week's manifest is built,
 * every file rendered from it; nothing is written unless every week's pack could be made, then all the weeks'
 * folders take their places together.
 */
export async function buildPacks({ weeks, ...options }: PacksOptions): Promise<PackResult[]> {
  const parsed = weeks.map((week) => parseWeek(week, options.now));
  const calendar = await loadCheckedCalendar(options);
  const check = checkLoadedCalendar(calendar, options);
  if (check.exitCode !== 0) {
    throw new CalendarInvalidError(check.report);
  }
  const calendarFiles = readdirSync(options.calendarDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => resolve(options.calendarDir, name));
  const results: PackResult[] = [];
  await writeDirectoriesAtomically(
    parsed.map((week) => resolve(options.outDir, week.id)),
    async (_, index) => {
      const week = parsed[index]!;
      try {
        const { files, result } = await renderPack(calendar, week, { ...options, calendarFiles });
        results.push(result);
        return files;
      } catch (error) {
        if (!(error instanceof PackError) || parsed.length === 1) throw error;
        throw new PackError(
          error.code,
          `Semaine ${week.id} : ${error.message} Aucun des ${parsed.length} packs demandés n’a été écrit.`,
          { cause: error },
        );
      }
    },
    { replaceable: holdsPackManifest },
  );
  return results;
}

/** The week's pack as files (path → content), and what the command says of it. */
async function renderPack(
  calendar: Calendar,
  week: IsoWeek,
  options: PackSettings & { calendarFiles: string[] },
): Promise<{ files: FolderFiles; result: PackResult }> {
  const earlier = readEarlierPacks(options.outDir, week);
  const built = manifestFromCalendar(calendar, { ...options, week, earlierPosts: earlier.lastWeekPosts });
  const manifest = manifestSchema.parse(built.manifest);
  await checkHeroes(built.heroes, options.root);
  const schedulers = {
    hootsuite: hootsuiteFiles(manifest.posts),
    publer: publerFiles(manifest.posts),
    ...(options.mediaBaseUrl === undefined ? {} : { mediaBaseUrl: options.mediaBaseUrl }),
  };

  const files = new Map<string, string | Uint8Array>();
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  files.set('index.html', previewHtml(manifest, { schedulers, avatars: accountAvatars(manifest.accounts) }));
  files.set(
    'week.ics',
    weekIcs(manifest.week, manifest.posts, {
      previous: earlier.revisions,
      changedAt: (post) => built.changedAt.get(post.id) ?? new Date(0),
    }),
  );
  for (const network of networksOf(manifest.posts))
    files.set(`${network}.md`, writeNetworkMarkdown(manifest.week, network, manifest.posts, manifest.accounts));
  for (const file of schedulers.hootsuite) files.set(file.path, hootsuiteCsv(file));
  for (const file of schedulers.publer) files.set(file.path, publerCsv(file, schedulers));
  files.set(spreadsheetCopyPath(manifest.week.id), spreadsheetCopy(manifest));
  files.set('LISEZMOI.md', readme(manifest, schedulers));
  for (const [file, bytes] of await mediaFiles(options.root, built.media)) files.set(file, bytes);
  for (const [file, bytes] of await drawArticleCards(built.cards)) files.set(file, bytes);

  const shown = join(options.outDir, week.id);
  const adjustments = hootsuiteAdjustments(schedulers.hootsuite);
  return {
    files,
    result: {
      week,
      target: resolve(options.outDir, week.id),
      manifest,
      files: [...files.keys()].sort(),
      adjustments,
      summary: formatSummary({ manifest, target: shown, adjustments, schedulers }),
    },
  };
}

/**
 * The heroes posts borrow from their articles must pass the site's own check: inside the article's folder or the
 * shared images folder (from the repository root), readable, within the pixel budget.
 */
async function checkHeroes(heroes: readonly HeroUse[], root: string): Promise<void> {
  const rules = { ...SITE.images, sharedFolder: resolve(root, SITE.images.sharedFolder) };
  for (const hero of heroes) {
    const problem = await checkArticleImage(hero.articleFile, hero.src, rules);
    if (problem !== undefined) throw new PackError('media-unreadable', `${hero.articleFile} : ${problem}`);
  }
}

/** The calendar has errors: `report` is what calendar:check prints for them. */
export class CalendarInvalidError extends PackError {
  readonly report: string;
  constructor(report: string) {
    super(
      'calendar-invalid',
      `${report}\nLe pack n’a pas été créé, et aucun dossier de packs n’a été modifié : corrigez ces erreurs (npm run calendar:check), puis relancez npm run pack.`,
    );
    this.name = 'CalendarInvalidError';
    this.report = report;
  }
}

/** The pack's media files: each image source cropped for all its networks at once, a few sources at a time. */
async function mediaFiles(root: string, jobs: readonly MediaJob[]): Promise<Map<string, Uint8Array>> {
  const bySource = Map.groupBy(jobs, (job) => job.source);
  const made = await cropSources([...bySource.keys()], (source) =>
    filesOfSource(resolve(root, source), bySource.get(source)!),
  );
  return new Map(made.flat());
}

async function filesOfSource(source: string, jobs: readonly MediaJob[]): Promise<[string, Uint8Array][]> {
  const crops = jobs.flatMap((job) => (job.crop ? [{ file: job.file, crop: job.crop }] : []));
  const copies = jobs.filter((job) => !job.crop);
  const cropped =
    crops.length === 0
      ? []
      : await cropMedia(
          source,
          crops.map((job) => job.crop),
        );
  const entries: [string, Uint8Array][] = crops.map((job, index) => [job.file, cropped[index]!]);
  if (copies.length === 0) return entries;
  // Videos are copied as they are: sharp does not read them.
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (error) {
    throw new PackError(
      'media-unreadable',
      `Impossible de lire la vidéo ${copies[0]!.source} : vérifiez qu’elle existe et lancez npm run calendar:check.`,
      { cause: error },
    );
  }
  return [...entries, ...copies.map((job): [string, Uint8Array] => [job.file, bytes])];
}
