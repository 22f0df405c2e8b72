import { LANGS, type Lang } from '../../lib/i18n.ts';
import { NETWORK_IDS, type NetworkId } from '../../lib/socialNetworks.ts';
import { type IndexedTag, tagIndex } from '../../lib/tagIndex.ts';
import { weekContaining, zurichDay } from '../../lib/zurichTime.ts';
import type { NetworkRhythm } from '../../site.config.ts';
import type { ArticleIndex } from '../articleIndex.ts';
import type { Entry } from '../entrySchema.ts';

/** What the coverage report looks at in an entry. */
export type CoveredEntry = Pick<Entry, 'id' | 'date' | 'networks' | 'status' | 'article' | 'lang'>;

export interface ThinWeek {
  /** `2026-W48` */
  week: string;
  /** Monday of the week, `YYYY-MM-DD`. */
  monday: string;
  network: NetworkId;
  planned: number;
  expected: number;
}

export interface CrowdedDay {
  /** `YYYY-MM-DD`, Zurich. */
  day: string;
  network: NetworkId;
  planned: number;
  max: number;
  ids: string[];
}

export interface UnannouncedArticle {
  lang: Lang;
  slug: string;
  title: string;
  pubDate: Date;
}

export interface Coverage {
  thinWeeks: ThinWeek[];
  crowdedDays: CrowdedDay[];
  unannounced: UnannouncedArticle[];
  /** « À relire »: published articles whose next review falls before `now` + 30 days. */
  toReview: ReviewDue[];
  /** Tags written in several ways in one language (the site shows the most frequent spelling). */
  tagVariants: IndexedTag[];
}

/** A health article whose `nextReview` is past or near: its medical content must be checked again. */
export interface ReviewDue {
  lang: Lang;
  slug: string;
  title: string;
  nextReview: Date;
  /** Whether the review date has already passed. */
  overdue: boolean;
  /** Author id of the last reviewer. */
  reviewedBy?: string;
}

/** How far ahead an article due for review is announced. */
export const REVIEW_NOTICE_DAYS = 30;

export interface CoverageInput {
  entries: readonly CoveredEntry[];
  articles: ArticleIndex;
  /** Period looked at: every ISO week that overlaps it, every article published in it. */
  from: Date;
  /** End of the period, excluded. */
  to: Date;
  rhythm: Partial<Record<NetworkId, NetworkRhythm>>;
  /** Today, for the articles due for review. */
  now: Date;
}

/**
 * An idea has no text yet and may never be written: it fills no slot and announces nothing. Every other status counts,
 * so a week planned in drafts is covered (the pack and calendar:check take care of approval).
 */
export function fillsSlot(entry: Pick<Entry, 'status'>): boolean {
  return entry.status !== 'idea';
}

/**
 * Weeks × networks below their rhythm, days with more posts on one network than its maximum, and articles with no
 * post announcing them (a post with `article: <slug>` in the same language, dated on or after the article's pubDate).
 * Advice for planners: it never makes a calendar invalid.
 */
export function coverage({ entries, articles, from, to, rhythm, now }: CoverageInput): Coverage {
  const posts = entries.filter(fillsSlot);
  const rhythmNetworks = NETWORK_IDS.filter((network) => rhythm[network] !== undefined);

  const thinWeeks: ThinWeek[] = [];
  for (let week = weekContaining(from); week.start < to; week = weekContaining(week.end)) {
    for (const network of rhythmNetworks) {
      const expected = rhythm[network]!.perWeek;
      const planned = posts.filter(
        (entry) => entry.networks.includes(network) && entry.date >= week.start && entry.date < week.end,
      ).length;
      if (planned < expected) thinWeeks.push({ week: week.id, monday: week.days[0]!, network, planned, expected });
    }
  }

  const perDay = new Map<string, { day: string; network: NetworkId; ids: string[] }>();
  for (const entry of posts) {
    if (entry.date < from || entry.date >= to) continue;
    const day = zurichDay(entry.date);
    for (const network of entry.networks) {
      const slot = perDay.get(`${day} ${network}`) ?? { day, network, ids: [] };
      slot.ids.push(entry.id);
      perDay.set(`${day} ${network}`, slot);
    }
  }
  const crowdedDays = [...perDay.values()]
    .filter(({ network, ids }) => rhythm[network] !== undefined && ids.length > rhythm[network].maxPerDay)
    .map(({ day, network, ids }) => ({ day, network, planned: ids.length, max: rhythm[network]!.maxPerDay, ids }))
    .sort((a, b) =>
      a.day < b.day ? -1 : a.day > b.day ? 1 : NETWORK_IDS.indexOf(a.network) - NETWORK_IDS.indexOf(b.network),
    );

  const unannounced = [...articles.values()]
    .flatMap((article) =>
      article.valid && !article.data.draft && article.data.pubDate >= from && article.data.pubDate < to
        ? [{ ...article, data: article.data }]
        : [],
    )
    .filter(
      ({ lang, slug, data }) =>
        !posts.some((entry) => entry.article === slug && entry.lang === lang && entry.date >= data.pubDate),
    )
    .map(({ lang, slug, data }) => ({ lang, slug, title: data.title, pubDate: data.pubDate }))
    .sort((a, b) => a.pubDate.getTime() - b.pubDate.getTime() || (a.slug < b.slug ? -1 : 1));

  const reviewBy = now.getTime() + REVIEW_NOTICE_DAYS * 86_400_000;
  const valid = [...articles.values()].flatMap((article) =>
    article.valid ? [{ ...article, data: article.data }] : [],
  );
  const toReview = valid
    .filter(({ data }) => !data.draft && data.nextReview !== undefined && data.nextReview.getTime() <= reviewBy)
    .map(({ lang, slug, data }) => ({
      lang,
      slug,
      title: data.title,
      nextReview: data.nextReview!,
      overdue: data.nextReview! < now,
      ...(data.reviewedBy === undefined ? {} : { reviewedBy: data.reviewedBy }),
    }))
    .sort((a, b) => a.nextReview.getTime() - b.nextReview.getTime());
  const tagVariants = LANGS.flatMap((lang) =>
    [
      ...tagIndex(
        valid
          .filter((article) => article.lang === lang)
          .map(({ slug, data }) => ({ id: `${lang}/${slug}`, tags: data.tags })),
      ).values(),
    ].filter((tag) => tag.variants.length > 1),
  );

  return { thinWeeks, crowdedDays, unannounced, toReview, tagVariants };
}
