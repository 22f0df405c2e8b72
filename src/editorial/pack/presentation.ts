import type { PackNetwork, PostRecord } from './manifestSchema.ts';

/**
 * What the pack's readable files need to know about a network, kept here so the writers depend on the manifest only,
 * not on the calendar engine.
 */
export interface NetworkLook {
  label: string;
  /** Brand colour for headers and badges (readable with white text). */
  color: string;
  /** Background of the card in the preview. */
  surface: string;
}

export const NETWORK_LOOK: Record<PackNetwork, NetworkLook> = {
  x: { label: 'X', color: '#0f1419', surface: '#ffffff' },
  bluesky: { label: 'Bluesky', color: '#0a6bd1', surface: '#ffffff' },
  mastodon: { label: 'Mastodon', color: '#563acc', surface: '#282c37' },
  threads: { label: 'Threads', color: '#101010', surface: '#ffffff' },
  linkedin: { label: 'LinkedIn', color: '#0a66c2', surface: '#ffffff' },
  facebook: { label: 'Facebook', color: '#1877f2', surface: '#ffffff' },
  instagram: { label: 'Instagram', color: '#c13584', surface: '#ffffff' },
  youtube: { label: 'YouTube', color: '#cc0000', surface: '#0f0f0f' },
};

/** Order in which the pack lists networks (the engine's order). */
export const NETWORK_ORDER: readonly PackNetwork[] = [
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'linkedin',
  'facebook',
  'instagram',
  'youtube',
];

const UNIT_FR: Record<PostRecord['count']['unit'], string> = {
  weighted: 'caractères pondérés',
  graphemes: 'caractères',
  characters: 'caractères',
  utf16: 'caractères',
  bytes: 'octets',
};

const ZONE = 'Europe/Zurich';
const NUMBER = new Intl.NumberFormat('fr-CH');
const DAY = new Intl.DateTimeFormat('fr-CH', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const SHORT_DAY = new Intl.DateTimeFormat('fr-CH', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const TIME = new Intl.DateTimeFormat('fr-CH', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `182 / 280 caractères pondérés` */
export function formatCount(count: PostRecord['count']): string {
  return `${NUMBER.format(count.used)} / ${NUMBER.format(count.limit)} ${UNIT_FR[count.unit]}`;
}

/** `mardi 24 novembre 2026` for a `YYYY-MM-DD` day. */
export function dayHeading(day: string): string {
  // fr-CH writes « mardi, 24 novembre 2026 »; French prose has no comma there, and writes « 1er » for the first.
  return DAY.format(new Date(`${day}T00:00:00Z`))
    .replace(',', '')
    .replace(/ 1 /, ' 1er ');
}

/** `mar. 24 nov.` */
export function shortDay(day: string): string {
  return SHORT_DAY.format(new Date(`${day}T00:00:00Z`)).replace(',', '');
}

/** `12:00`, Zurich wall-clock time of an ISO 8601 instant with offset. */
export function timeOf(iso: string): string {
  return TIME.format(new Date(iso));
}

// Made once: building an Intl.DateTimeFormat costs a hundred times more than using it.
const ZURICH_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Wall-clock parts of an ISO 8601 instant in Zurich, for the schedulers' date formats. */
export function zurichParts(instant: Date): { year: string; month: string; day: string; hour: string; minute: string } {
  const parts = Object.fromEntries(ZURICH_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    hour: parts['hour']!,
    minute: parts['minute']!,
  };
}

/** Posts in the pack's reading order: by time, then network, then id. */
export function byTimeThenNetwork(a: PostRecord, b: PostRecord): number {
  return (
    Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt) ||
    NETWORK_ORDER.indexOf(a.network) - NETWORK_ORDER.indexOf(b.network) ||
    compareText(a.id, b.id)
  );
}

/** Code-point order, the same on every machine (localeCompare depends on the ICU data). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The networks that have posts, in the pack's order. */
export function networksOf(posts: readonly PostRecord[]): PackNetwork[] {
  return NETWORK_ORDER.filter((network) => posts.some((post) => post.network === network));
}

/** French plural: `0 post`, `1 post`, `3 posts` (French keeps 0 and 1 singular). */
export function plural(count: number, one: string, many: string): string {
  return `${NUMBER.format(count)} ${count < 2 ? one : many}`;
}
