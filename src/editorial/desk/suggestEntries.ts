import { TZDate } from '@date-fns/tz';
import type { CategoryId } from '../../lib/categories.ts';
import type { NetworkId } from '../../lib/socialNetworks.ts';
import { parseZurichTime, TIME_ZONE, zurichDay } from '../../lib/zurichTime.ts';
import type { ArticleIndex, IndexedArticle } from '../articleIndex.ts';
import { composeSnippet } from '../composeSnippet.ts';
import { entrySchema } from '../entrySchema.ts';

/**
 * Which networks announce an article of each category, from the audiences in networks.ts:
 * - médecine et soins: Facebook (patients and relatives), LinkedIn (health professionals), Bluesky (journalists and
 *   researchers), Mastodon (Swiss public bodies and universities);
 * - prévention et conseils: Facebook (the region's general public), Threads (a younger public), Mastodon, Bluesky —
 *   advice is shared by the public, less by professionals;
 * - actualités et événements: Facebook, LinkedIn (partners), X (journalists, institutions, politics), Mastodon;
 * - témoignages: Facebook, LinkedIn (the professions, recruiting), Threads (human stories travel there).
 * Instagram and YouTube never: they refuse a post without a picture or a video, whose rights and consent only a person
 * can vouch for. Planners add them by hand, with the media.
 */
export const NETWORKS_BY_CATEGORY: Record<CategoryId, readonly NetworkId[]> = {
  'medecine-et-soins': ['facebook', 'linkedin', 'bluesky', 'mastodon'],
  'prevention-et-conseils': ['facebook', 'threads', 'mastodon', 'bluesky'],
  'actualites-et-evenements': ['facebook', 'linkedin', 'x', 'mastodon'],
  temoignages: ['facebook', 'linkedin', 'threads'],
};

interface Slot {
  /** Zurich wall-clock time; all between 07:00 and 19:00, far from the 02:00–03:00 clock-change gap. */
  time: string;
  /** Monday to Friday only. */
  workingDay: boolean;
  /** Not the day the article comes out, but the next possible one (a second wave). */
  nextDay: boolean;
}

/** When each network's readers are there: lunchtime for Facebook, commute for X, the working morning for LinkedIn. */
export const SLOTS: Record<NetworkId, Slot> = {
  x: { time: '08:00', workingDay: false, nextDay: false },
  bluesky: { time: '10:00', workingDay: false, nextDay: false },
  mastodon: { time: '14:00', workingDay: false, nextDay: false },
  facebook: { time: '12:00', workingDay: false, nextDay: false },
  threads: { time: '18:00', workingDay: false, nextDay: false },
  linkedin: { time: '08:30', workingDay: true, nextDay: true },
  instagram: { time: '17:00', workingDay: false, nextDay: false },
  youtube: { time: '12:00', workingDay: false, nextDay: false },
};

/** An entry as written to the calendar file, fields in the order the sample calendar uses. */
export interface SuggestedEntry {
  id: string;
  date: string;
  networks: [NetworkId];
  article: string;
  /** Written only for German: French is the default. */
  lang?: 'de';
  text: string;
  status: 'draft';
  notes: string;
}

export interface SuggestInput {
  article: IndexedArticle & { valid: true };
  /** Every id already in the calendar, in any file. */
  takenIds: ReadonlySet<string>;
  /** Networks that already announce this article: left out. */
  announcedOn: ReadonlySet<NetworkId>;
  /** Posts are never planned before this instant (an article already out is announced from now on). */
  now: Date;
  articles: ArticleIndex;
}

/** One draft per network suited to the article's category, at the first good slot after its publication. */
export function suggestEntries({ article, takenIds, announcedOn, now, articles }: SuggestInput): SuggestedEntry[] {
  const { data, slug, lang } = article;
  const earliest = new Date(Math.max(data.pubDate.getTime(), now.getTime()));
  const ids = new Set(takenIds);
  return NETWORKS_BY_CATEGORY[data.category]
    .filter((network) => !announcedOn.has(network))
    .map((network) => {
      const id = uniqueId(`${slug}-${network}`, ids);
      ids.add(id);
      const entry: SuggestedEntry = {
        id,
        date: firstSlot(SLOTS[network], earliest),
        networks: [network],
        article: slug,
        ...(lang === 'de' ? { lang } : {}),
        text: `${data.title}${/[.?!…»]$/.test(data.title) ? '' : '.'} ${data.description}`,
        status: 'draft',
        notes:
          'Proposé par calendar:suggest : relisez le texte, ajoutez une image (avec alt et rights), puis passez en review.',
      };
      return fits(entry, articles) ? entry : { ...entry, text: data.title };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whether the network takes title and description whole; otherwise the title alone is posted (short networks). */
function fits(entry: SuggestedEntry, articles: ArticleIndex): boolean {
  const parsed = entrySchema.parse(entry);
  return !composeSnippet(parsed, entry.networks[0], { articles }).truncated;
}

/** `2026-11-24 12:00`: the first day at or after `earliest` whose slot time is not past (and a working day if asked). */
export function firstSlot(slot: Slot, earliest: Date): string {
  const start = new TZDate(earliest.getTime(), TIME_ZONE);
  for (let offset = slot.nextDay ? 1 : 0; ; offset++) {
    const day = new TZDate(start.getFullYear(), start.getMonth(), start.getDate() + offset, TIME_ZONE);
    const weekday = day.getDay();
    if (slot.workingDay && (weekday === 0 || weekday === 6)) continue;
    const written = `${zurichDay(day)} ${slot.time}`;
    if (parseZurichTime(written) >= earliest) return written;
  }
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  // Ids become utm_campaign values: keep them readable, at most 60 characters, never ending in a hyphen.
  const stem = base.slice(0, 60).replace(/-+$/, '');
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
