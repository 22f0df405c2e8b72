import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import { CATEGORIES } from '../../lib/categories.ts';
import type { Lang } from '../../lib/i18n.ts';
import { NETWORK_IDS } from '../../lib/socialNetworks.ts';
import { type IsoWeek, inWeek, TIME_ZONE, zurichDay, zurichIso } from '../../lib/zurichTime.ts';
import { SITE } from '../../site.config.ts';
import { accountFor } from '../accounts.ts';
import { findArticle, type IndexedArticle } from '../articleIndex.ts';
import { composeSnippet } from '../composeSnippet.ts';
import { lastChanged } from '../lastChanged.ts';
import type { Calendar, CalendarEntry } from '../loadCalendar.ts';
import { NETWORKS, type ProfileOptions } from '../networks.ts';
import { publishability } from '../publishability.ts';
import type { CropSize } from './cropMedia.ts';
import {
  type HeldBackRecord,
  MANIFEST_VERSION,
  type PackManifest,
  type PackMedia,
  type PostRecord,
} from './manifestSchema.ts';
import { byTimeThenNetwork, compareText } from './presentation.ts';
import { NETWORK_LOOK } from './preview/networkLook.ts';
import { SCHEDULER_LEAD_MINUTES } from './schedulers.ts';

/**
 * The one place where the pack reads the calendar engine: it turns a loaded, error-free calendar into the manifest.
 * Every writer of the pack works from the manifest alone.
 */

/** A file of `media/` to produce: where it comes from and, for an image, the size to crop it to. */
export interface MediaJob {
  file: string;
  /** From the repository root, or absolute (an article's hero). */
  source: string;
  crop: CropSize | null;
}

/** An article card to draw like the site's social card: the picture of a post (`media/`) or a link card (`apercu/`). */
export interface CardJob {
  file: string;
  title: string;
  /** The category's name in the article's language. */
  category: string;
  lang: Lang;
  /** The article's hero, absolute, laid beside the text on a link card; none on a post's picture. */
  hero?: string;
  /** The size to draw; a link card is drawn at the site's size, then halved for the preview. */
  size: CropSize;
}

/** An article's hero that a post uses: checked like the site checks it before it is cropped. */
export interface HeroUse {
  articleFile: string;
  src: string;
}

/** A post of an earlier pack, to tell a text the network would refuse as a duplicate. */
export interface EarlierPost {
  id: string;
  account: string;
  text: string;
  week: string;
}

export interface ManifestBuild {
  manifest: PackManifest;
  media: MediaJob[];
  cards: CardJob[];
  heroes: HeroUse[];
  /** When each post's inputs (calendar file, article) last changed, by entry id: the revision time of its event. */
  changedAt: ReadonlyMap<string, Date>;
}

export interface FromCalendarOptions extends ProfileOptions {
  week: IsoWeek;
  /** The time of the export: posts planned before it, or too soon after it for a scheduler, are marked past. */
  now: Date;
  /** Folder media `src` paths start from (the repository root). */
  root: string;
  /** Files the calendar was read from, hashed as inputs. */
  calendarFiles: string[];
  /** The posts of last week's pack, when it is in the packs folder. */
  earlierPosts?: readonly EarlierPost[];
}

/** A link card in the preview: the site's card, drawn at 1200×630 and shown at half size. */
const LINK_CARD: CropSize = { width: 1200, height: 630 };

/** The article's link card (`apercu/<lang>-<slug>.jpg`), to draw once whatever the number of posts showing it. */
function linkCard(
  article: IndexedArticle & { valid: true },
  cards: Map<string, CardJob>,
  heroes: Map<string, HeroUse>,
): string {
  const file = `apercu/${article.lang}-${article.slug}.jpg`;
  const hero = article.data.hero;
  cards.set(file, {
    file,
    title: article.data.title,
    category: CATEGORIES[article.data.category].label[article.lang],
    lang: article.lang,
    ...(hero ? { hero: resolve(dirname(article.file), hero.src) } : {}),
    size: LINK_CARD,
  });
  if (hero) heroes.set(article.file, { articleFile: article.file, src: hero.src });
  return file;
}

export function manifestFromCalendar(calendar: Calendar, options: FromCalendarOptions): ManifestBuild {
  const { week, root } = options;
  const ofWeek = calendar.entries.filter((entry) => inWeek(week, entry.date));
  const posts: PostRecord[] = [];
  const heldBack: HeldBackRecord[] = [];
  const jobs = new Map<string, MediaJob>();
  const cards = new Map<string, CardJob>();
  const heroes = new Map<string, HeroUse>();
  const articleFiles = new Set<string>();
  const changedAt = new Map<string, Date>();
  const mtimes = new Map<string, number>();
  const tooLate = options.now.getTime() + SCHEDULER_LEAD_MINUTES * 60_000;
  const sourceOf = (entry: CalendarEntry) =>
    `${posix(relative(root, resolve(root, entry.source.file)))}:${entry.source.line}`;

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
        source: sourceOf(entry),
      });
      continue;
    }
    const article = entry.article === undefined ? undefined : findArticle(calendar.articles, entry.lang, entry.article);
    const articleData = article?.valid ? article : undefined;
    if (article) articleFiles.add(article.file);
    changedAt.set(entry.id, lastChanged([entry.source.file, ...(article ? [article.file] : [])], mtimes));
    for (const network of entry.networks) {
      const account = accountFor(network, entry.lang);
      // calendar:check reports an approved entry without an account as an error: the pack never gets here without one.
      if (!account) throw new Error(`No account for ${network} in ${entry.lang}`);
      const snippet = composeSnippet(entry, network, { ...options, articles: calendar.articles });
      const size = NETWORKS[network].images[0];
      const media = snippet.media.map((item, index): PackMedia => {
        const isImage = item.kind === 'image';
        const file = `media/${entry.id}-${network}-${index + 1}${isImage ? '.jpg' : extname(item.src).toLowerCase()}`;
        const crop = isImage && size ? { width: size.width, height: size.height } : null;
        if (item.origin === 'article-card' && articleData && crop)
          cards.set(file, {
            file,
            title: articleData.data.title,
            category: CATEGORIES[articleData.data.category].label[articleData.lang],
            lang: articleData.lang,
            size: crop,
          });
        else jobs.set(file, { file, source: item.src, crop });
        if (item.origin === 'article-hero' && articleData?.data.hero)
          heroes.set(articleData.file, { articleFile: articleData.file, src: articleData.data.hero.src });
        return {
          kind: item.kind,
          file,
          source: item.origin === 'calendar' ? item.src : posix(relative(root, item.src)),
          alt: item.alt,
          width: crop?.width ?? null,
          height: crop?.height ?? null,
          ratio: isImage && size ? size.ratio : null,
          credit: item.credit ?? null,
          origin: item.origin,
        };
      });
      const scheduledAt = zurichIso(entry.date);
      // Only a post without media shows its article's card, and only where the network draws one.
      const card =
        articleData && media.length === 0 && NETWORK_LOOK[network].card !== undefined
          ? linkCard(articleData, cards, heroes)
          : null;
      posts.push({
        id: entry.id,
        network,
        account: account.id,
        scheduledAt,
        day: zurichDay(entry.date),
        lang: entry.lang,
        text: snippet.text,
        link: snippet.link ?? null,
        hashtags: snippet.hashtags,
        droppedHashtags: snippet.droppedHashtags,
        mentions: snippet.mentions,
        media,
        article: articleData
          ? {
              slug: articleData.slug,
              lang: articleData.lang,
              url: articleData.url,
              title: articleData.data.title,
              card,
            }
          : null,
        campaign: entry.campaign ?? null,
        owner: entry.owner ?? null,
        status: 'approved',
        count: { used: snippet.count.used, limit: snippet.count.limit, unit: snippet.count.unit },
        truncated: snippet.truncated,
        title: snippet.title ?? null,
        firstComment: snippet.firstComment ?? null,
        source: sourceOf(entry),
        past: entry.date.getTime() < tooLate,
        sameTextAs: (options.earlierPosts ?? [])
          .filter((earlier) => earlier.account === account.id && earlier.text === snippet.text)
          .map((earlier) => `${earlier.id} (${earlier.week})`),
      });
    }
  }

  posts.sort(byTimeThenNetwork);
  heldBack.sort((a, b) => Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt) || compareText(a.id, b.id));
  const media = [...jobs.values()].sort((a, b) => compareText(a.file, b.file));
  const drawn = [...cards.values()].sort((a, b) => compareText(a.file, b.file));
  const inputs = [
    ...options.calendarFiles,
    ...articleFiles,
    ...media.map((job) => resolve(root, job.source)),
    ...drawn.flatMap((job) => (job.hero ? [job.hero] : [])),
  ];
  const used = new Set(posts.map((post) => post.account));
  const manifest: PackManifest = {
    version: MANIFEST_VERSION,
    week: { id: week.id, start: zurichIso(week.start), end: zurichIso(week.end), timeZone: TIME_ZONE },
    inputsHash: hashInputs(root, week.id, inputs),
    accounts: SITE.accounts
      .filter((account) => used.has(account.id))
      .sort((a, b) => NETWORK_IDS.indexOf(a.network) - NETWORK_IDS.indexOf(b.network))
      .map(({ id, network, name, handle, langs }) => ({ id, network, name, handle, langs: [...langs] })),
    posts,
    heldBack,
  };
  return {
    manifest,
    media,
    cards: drawn,
    heroes: [...heroes.values()],
    changedAt,
  };
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
