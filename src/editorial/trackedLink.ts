import type { Entry } from './entrySchema.ts';
import type { NetworkId } from './networks.ts';

/** The article's address with the UTM parameters the hospital's analytics group visits by: network, social, campaign (or the post's id). */
export function trackedLink(articleUrl: string, network: NetworkId, entry: Pick<Entry, 'id' | 'campaign'>): string {
  const url = new URL(articleUrl);
  url.searchParams.set('utm_source', network);
  url.searchParams.set('utm_medium', 'social');
  url.searchParams.set('utm_campaign', entry.campaign ?? entry.id);
  return url.href;
}
