import { NETWORK_IDS } from '../../lib/socialNetworks.ts';
import { TIME_ZONE } from '../../lib/zurichTime.ts';
import type { PackNetwork, PostRecord } from './manifestSchema.ts';

const UNIT_FR: Record<PostRecord['count']['unit'], string> = {
  weighted: 'caractères pondérés',
  graphemes: 'caractères',
  characters: 'caractères',
  utf16: 'caractères',
  bytes: 'octets',
};

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
const TIME = new Intl.DateTimeFormat('fr-CH', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

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

/** Posts in the pack's reading order: by time, then network, then id. */
export function byTimeThenNetwork(a: PostRecord, b: PostRecord): number {
  return (
    Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt) ||
    NETWORK_IDS.indexOf(a.network) - NETWORK_IDS.indexOf(b.network) ||
    compareText(a.id, b.id)
  );
}

/** Code-point order, the same on every machine (localeCompare depends on the ICU data). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The networks that have posts, in the pack's order. */
export function networksOf(posts: readonly PostRecord[]): PackNetwork[] {
  return NETWORK_IDS.filter((network) => posts.some((post) => post.network === network));
}

/** French plural: `0 post`, `1 post`, `3 posts` (French keeps 0 and 1 singular). */
export function plural(count: number, one: string, many: string): string {
  return `${NUMBER.format(count)} ${count < 2 ? one : many}`;
}
