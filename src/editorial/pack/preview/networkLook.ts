import type { NetworkId } from '../../../lib/socialNetworks.ts';
import type { AccountRecord, PostRecord } from '../manifestSchema.ts';

/** What a network's frame draws: the post, the account it goes out from, the account's avatar (a data URI). */
export interface FrameProps {
  post: PostRecord;
  account: AccountRecord;
  avatar?: string | undefined;
}

/**
 * How each network shows a post to a reader, as far as the preview imitates it. Figures and sources:
 * docs/platform-limits.md, "How a post looks in the feed" (checked November 2026). No network documents its fold:
 * the figures are approximate, and the mobile apps fold earlier.
 */
export interface NetworkLook {
  /** Round photo, or the rounded square of a company page (LinkedIn). */
  avatar: 'round' | 'square';
  /** Whether the handle shows beside the name (not on Facebook and LinkedIn pages). */
  handle: boolean;
  /** Where the feed cuts the text behind "… plus": after `chars` characters or `lines` lines, whichever comes first. */
  fold?: { chars: number; lines: number; label: string };
  /** The link as the network writes it in the text (X and Mastodon shorten it). */
  showLink: (url: string) => string;
  /** The card drawn under a post that has a link and no media: X shows the image and the domain only. */
  card?: 'image' | 'full';
}

const asWritten = (url: string) => url;

/** X: t.co's display URL, the host and the first 15 characters of the path, then "…". */
export function xDisplayUrl(url: string): string {
  const { host, pathname, search, hash } = new URL(url);
  const path = `${pathname}${search}${hash}`;
  return path.length > 15 ? `${host}${path.slice(0, 15)}…` : `${host}${path === '/' ? '' : path}`;
}

/** Mastodon: without `https://` and `www.`, 30 characters, then "…" (app/lib/text_formatter.rb). */
export function mastodonDisplayUrl(url: string): string {
  const rest = url.replace(/^https?:\/\/(?:www\.)?/, '');
  return rest.length > 30 ? `${rest.slice(0, 30)}…` : rest;
}

export const NETWORK_LOOK: Record<NetworkId, NetworkLook> = {
  x: { avatar: 'round', handle: true, showLink: xDisplayUrl, card: 'image' },
  // Bluesky shows the text as the scheduler sends it: the full address, unless the scheduler shortens it.
  bluesky: { avatar: 'round', handle: true, showLink: asWritten, card: 'full' },
  mastodon: { avatar: 'round', handle: true, showLink: mastodonDisplayUrl, card: 'full' },
  threads: { avatar: 'round', handle: false, showLink: asWritten, card: 'full' },
  linkedin: {
    avatar: 'square',
    handle: false,
    fold: { chars: 140, lines: 3, label: '…plus' },
    showLink: asWritten,
    card: 'full',
  },
  facebook: {
    avatar: 'round',
    handle: false,
    fold: { chars: 480, lines: 5, label: '… Voir plus' },
    showLink: asWritten,
    card: 'full',
  },
  instagram: { avatar: 'round', handle: false, fold: { chars: 125, lines: 2, label: '… plus' }, showLink: asWritten },
  youtube: { avatar: 'round', handle: false, fold: { chars: 150, lines: 3, label: '…plus' }, showLink: asWritten },
};

/**
 * Where the feed cuts `text`: the index after which "… plus" hides the rest, or undefined when it shows whole. The
 * cut falls after `lines` line breaks or `chars` characters (graphemes), then back to the last space before it.
 */
export function foldAt(text: string, fold: NonNullable<NetworkLook['fold']>): number | undefined {
  let cut = text.length;
  let breaks = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    breaks += 1;
    if (breaks === fold.lines) {
      cut = index;
      break;
    }
  }
  let graphemes = 0;
  for (const { index } of new Intl.Segmenter('fr').segment(text)) {
    if (graphemes === fold.chars) {
      cut = Math.min(cut, index);
      break;
    }
    graphemes += 1;
  }
  if (cut >= text.trimEnd().length) return undefined;
  const space = text.slice(0, cut).search(/\s\S*$/);
  return space > 0 ? space : cut;
}
