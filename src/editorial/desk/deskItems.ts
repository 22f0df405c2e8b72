import type { CategoryId } from '../../lib/categories.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { NetworkId } from '../../lib/socialNetworks.ts';
import { zurichClock, zurichDay } from '../../lib/zurichTime.ts';
import type { ArticleIndex } from '../articleIndex.ts';
import type { CalendarEntry } from '../loadCalendar.ts';
import { policyHolds } from '../publishability.ts';
import type { Status } from '../statuses.ts';

/** Where an article stands: draft (never published), scheduled (pubDate still ahead), published. */
export type ArticleState = 'draft' | 'scheduled' | 'published';

/** How each state reads in French, wherever planners see it (desk view, calendar feed). */
export const ARTICLE_STATE_LABEL: Record<ArticleState, string> = {
  draft: 'article en brouillon',
  scheduled: 'article programmé',
  published: 'article publié',
};

interface Dated {
  /** `YYYY-MM-DD`, Zurich. */
  day: string;
  /** `HH:MM`, Zurich; absent for an article dated by its day only. */
  time?: string;
  at: Date;
}

export interface ArticleItem extends Dated {
  kind: 'article';
  /** `fr/varices-quand-consulter` */
  key: string;
  lang: Lang;
  slug: string;
  title: string;
  category: CategoryId;
  state: ArticleState;
  url: string;
}

/** One entry on one network: an entry for three networks is three posts. */
export interface PostItem extends Dated {
  kind: 'post';
  /** `varices-hiver/facebook` */
  key: string;
  id: string;
  network: NetworkId;
  status: Status;
  campaign?: string;
  article?: string;
  /** The text written for this network, or the article it announces when there is none yet. */
  text: string;
  owner?: string;
  notes?: string;
  /** Why the pack holds it back (consent), when it does. */
  held?: string;
}

export type DeskItem = ArticleItem | PostItem;

/** The articles (valid ones, by pubDate) and posts of the calendar, in time order. */
export function deskItems(entries: readonly CalendarEntry[], articles: ArticleIndex, now: Date): DeskItem[] {
  const items: DeskItem[] = [];
  for (const article of articles.values()) {
    if (!article.valid) continue;
    const { data } = article;
    const time = zurichClock(data.pubDate);
    items.push({
      kind: 'article',
      key: `${article.lang}/${article.slug}`,
      lang: article.lang,
      slug: article.slug,
      title: data.title,
      category: data.category,
      state: data.draft ? 'draft' : data.pubDate > now ? 'scheduled' : 'published',
      url: article.url,
      day: zurichDay(data.pubDate),
      ...(time === '00:00' ? {} : { time }),
      at: data.pubDate,
    });
  }
  for (const entry of entries) {
    const [hold] = policyHolds(entry);
    for (const network of entry.networks) {
      const text = entry.variants[network] ?? entry.text ?? (entry.article ? `Article : ${entry.article}` : '');
      items.push({
        kind: 'post',
        key: `${entry.id}/${network}`,
        id: entry.id,
        network,
        status: entry.status,
        text,
        day: zurichDay(entry.date),
        time: zurichClock(entry.date),
        at: entry.date,
        ...(entry.campaign === undefined ? {} : { campaign: entry.campaign }),
        ...(entry.article === undefined ? {} : { article: entry.article }),
        ...(entry.owner === undefined ? {} : { owner: entry.owner }),
        ...(entry.notes === undefined ? {} : { notes: entry.notes }),
        ...(hold ? { held: hold.reason } : {}),
      });
    }
  }
  return items.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      (a.kind === b.kind ? 0 : a.kind === 'article' ? -1 : 1) ||
      (a.key < b.key ? -1 : 1),
  );
}
