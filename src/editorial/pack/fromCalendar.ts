import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { type IsoWeek, inWeek, TIME_ZONE, zurichDay, zurichIso } from '../../lib/zurichTime.ts';
import { findArticle } from '../articleIndex.ts';
import { composeSnippet } from '../composeSnippet.ts';
import type { Calendar, CalendarEntry } from '../loadCalendar.ts';
import { NETWORKS, type ProfileOptions } from '../networks.ts';
import { publishability } from '../publishability.ts';
import {
  type HeldBackRecord,
  MANIFEST_VERSION,
  type PackManifest,
  type PackMedia,
  type PostRecord,
} from './manifestSchema.ts';
import { byTimeThenNetwork, compareText } from './presentation.ts';

/**
 * The one place where the pack reads the calendar engine: it turns a loaded, error-free calendar into the manifest.
 * Every writer of the pack works from the manifest alone.
 */

/** A file of `media/` to produce: where it comes from and, for an image, the size to crop it to. */
export interface MediaJob {
  file: string;
  source: string;
  crop: { width: number; height: number } | null;
}

export interface ManifestBuild {
  manifest: PackManifest;
  media: MediaJob[];
}

export interface FromCalendarOptions extends ProfileOptions {
  week: IsoWeek;
  /** Folder media `src` paths start from (the repository root). */
  root: string;
  /** Files the calendar was read from, hashed as inputs. */
  calendarFiles: string[];
}

export function manifestFromCalendar(calendar: Calendar, options: FromCalendarOptions): ManifestBuild {
  const { week, root } = options;
  const ofWeek = calendar.entries.filter((entry) => inWeek(week, entry.date));
  const posts: PostRecord[] = [];
  const heldBack: HeldBackRecord[] = [];
  const jobs = new Map<string, MediaJob>();
  const articleFiles = new Set<string>();

  for (const entry of ofWeek) {
    const verdict = publishability(entry);
    if (!verdict.publishable) {
      heldBack.push({
        id: entry.id,
        networks: [...entry.networks],
        scheduledAt: zurichIso(entry.date),
        status: entry.status,
        code: verdict.code,
        reason: verdict.reason,
        source: `${posix(relative(root, resolve(root, entry.source.file)))}:${entry.source.line}`,
      });
      continue;
    }
    const article = entry.article === undefined ? undefined : findArticle(calendar.articles, entry.lang, entry.article);
    if (article) articleFiles.add(article.file);
    for (const network of entry.networks) {
      const snippet = composeSnippet(entry, network, { ...options, articles: calendar.articles });
      const size = NETWORKS[network].images[0];
      const media = snippet.media.map((item, index): PackMedia => {
        const isImage = item.kind === 'image';
        const file = `media/${entry.id}-${network}-${index + 1}${isImage ? '.jpg' : extname(item.src).toLowerCase()}`;
        jobs.set(file, {
          file,
          source: item.src,
          crop: isImage && size ? { width: size.width, height: size.height } : null,
        });
        return {
          kind: item.kind,
          file,
          source: item.src,
          alt: item.alt,
          width: isImage && size ? size.width : null,
          height: isImage && size ? size.height : null,
          ratio: isImage && size ? size.ratio : null,
          credit: item.credit ?? null,
        };
      });
      posts.push({
        id: entry.id,
        network,
        scheduledAt: zurichIso(entry.date),
        day: zurichDay(entry.date),
        lang: entry.lang,
        text: snippet.text,
        link: snippet.link ?? null,
        hashtags: snippet.hashtags,
        mentions: snippet.mentions,
        media,
        article: article ? { slug: article.slug, lang: article.lang, url: article.url } : null,
        campaign: entry.campaign ?? null,
        status: 'approved',
        count: { used: snippet.count.used, limit: snippet.count.limit, unit: snippet.count.unit },
        truncated: snippet.truncated,
        title: snippet.title ?? null,
        firstComment: snippet.firstComment ?? null,
      });
    }
  }

  posts.sort(byTimeThenNetwork);
  heldBack.sort((a, b) => Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt) || compareText(a.id, b.id));
  const media = [...jobs.values()].sort((a, b) => compareText(a.file, b.file));
  const inputs = [...options.calendarFiles, ...articleFiles, ...new Set(media.map((job) => resolve(root, job.source)))];
  const manifest: PackManifest = {
    version: MANIFEST_VERSION,
    week: { id: week.id, start: zurichIso(week.start), end: zurichIso(week.end), timeZone: TIME_ZONE },
    inputsHash: hashInputs(root, week.id, inputs),
    posts,
    heldBack,
  };
  return { manifest, media };
}

/**
 * SHA-256 over the format version, the week, and each input file (path from the root, then its bytes), in path order:
 * the same inputs give the same hash wherever the repository is checked out.
 */
export function hashInputs(root: string, weekId: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`passerelle-pack ${MANIFEST_VERSION}\0${weekId}\0`);
  const named = [...new Set(files.map((file) => resolve(root, file)))]
    .map((file) => ({ file, name: posix(relative(root, file)) }))
    .sort((a, b) => compareText(a.name, b.name));
  for (const { file, name } of named) {
    const bytes = readFileSync(file);
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return `sha256:${hash.digest('hex')}`;
}

function posix(path: string): string {
  return path.split(sep).join('/');
}

export type { CalendarEntry };
