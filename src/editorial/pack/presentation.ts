import { NETWORK_IDS } from '../../lib/socialNetworks.ts';
import { UNIT_LABEL } from '../networks.ts';
import type { PackNetwork, PostRecord } from './manifestSchema.ts';

// `fr`, not `fr-CH`: recent ICU groups fr-CH digits with a straight apostrophe (63'206), a typewriter mark in French.
const NUMBER = new Intl.NumberFormat('fr');

/** `182 / 280 caractères pondérés` */
export function formatCount(count: PostRecord['count']): string {
  return `${NUMBER.format(count.used)} / ${NUMBER.format(count.limit)} ${UNIT_LABEL[count.unit]}`;
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
