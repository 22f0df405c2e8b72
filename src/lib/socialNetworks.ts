/**
 * The social networks Passerelle knows, read by the site config (the hospital's accounts), the site (links to them) and
 * the calendar engine (profiles, packs, desk). Kept below all of them so that none has to import another for a name.
 */

/** The networks a calendar entry can target, in the order packs, summaries and the desk list them. */
export const NETWORK_IDS = [
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'linkedin',
  'facebook',
  'instagram',
  'youtube',
] as const;
export type NetworkId = (typeof NETWORK_IDS)[number];

export interface NetworkBrand {
  /** The network's name as it writes it. */
  label: string;
  /** Brand colour for headers, badges and dots (readable with white text). */
  color: string;
}

export const NETWORK_BRAND: Record<NetworkId, NetworkBrand> = {
  x: { label: 'X', color: '#0f1419' },
  bluesky: { label: 'Bluesky', color: '#0a6bd1' },
  mastodon: { label: 'Mastodon', color: '#563acc' },
  threads: { label: 'Threads', color: '#101010' },
  linkedin: { label: 'LinkedIn', color: '#0a66c2' },
  facebook: { label: 'Facebook', color: '#166fe5' },
  instagram: { label: 'Instagram', color: '#c13584' },
  youtube: { label: 'YouTube', color: '#cc0000' },
};
