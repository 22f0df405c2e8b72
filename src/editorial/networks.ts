import { NETWORK_BRAND, type NetworkId } from '../lib/socialNetworks.ts';
import {
  graphemeCount,
  hashtagsAtMost,
  hashtagsIn,
  linkCount,
  linksAtMost,
  mastodonLength,
  threadsLength,
  utf8Bytes,
  utf16Length,
  xWeightedLength,
} from './textMeasures.ts';

/** How a network counts a text: X's weights, graphemes, code points, UTF-16 code units or UTF-8 bytes. */
export const COUNT_UNITS = ['weighted', 'graphemes', 'characters', 'utf16', 'bytes'] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

/** How a unit reads to planners, in messages and in the pack (a grapheme is what they call a character). */
export const UNIT_LABEL: Record<CountUnit, string> = {
  weighted: 'caractères pondérés',
  graphemes: 'caractères',
  characters: 'caractères',
  utf16: 'caractères',
  bytes: 'octets',
};

export const MEDIA_KINDS = ['image', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export interface ImageSize {
  width: number;
  height: number;
  /** As platforms write it, e.g. `16:9` or `1.91:1`. */
  ratio: string;
}

export interface NetworkProfile {
  id: NetworkId;
  label: string;
  /** Longest post text (for YouTube: the description), in `unit`. */
  limit: number;
  unit: CountUnit;
  /** The network's own count of a text, in `unit`. */
  count: (text: string) => number;
  /** A second ceiling on the UTF-8 size of the same text (Bluesky). */
  byteLimit?: number;
  /** Most hashtags a post may carry, written in the text or added. */
  maxHashtags?: number;
  /** Most links a post may carry. */
  maxLinks?: number;
  /** False where links in the text are not clickable: the text then names where to find the article instead. */
  clickableLinks: boolean;
  /** Longest image description, in UTF-16 code units (the safe reading of "characters"). */
  altLimit?: number;
  /** Most media files in one post. */
  maxMedia: number;
  /** Media a post can carry; a network listed here with `required` refuses a post without one. */
  media: { kinds: readonly MediaKind[]; required: boolean };
  /** Sizes for the pack's crops, preferred first. */
  images: readonly ImageSize[];
  /** Video title (YouTube). */
  title?: { limit: number; unit: CountUnit; count: (text: string) => number };
  /** Who reads the hospital there, and how to write for them (hospitals' practice). */
  audience: string;
  tone: string;
}

const LANDSCAPE: ImageSize = { width: 1200, height: 675, ratio: '16:9' };
const LINK_CARD: ImageSize = { width: 1200, height: 630, ratio: '1.91:1' };
const PORTRAIT: ImageSize = { width: 1080, height: 1350, ratio: '4:5' };
const SQUARE: ImageSize = { width: 1080, height: 1080, ratio: '1:1' };
const IMAGE_OR_VIDEO = { kinds: ['image', 'video'], required: false } as const;

/**
 * Figures from docs/platform-limits.md, where each has its source and the date it was last checked; each profile
 * names its sources too, so that they can be checked again.
 */
export const NETWORKS: Record<NetworkId, NetworkProfile> = {
  // docs.x.com "Counting characters"; twitter-text config/v3.json, implemented by npm twitter-text 3.1 parseTweet.
  // Alt text 1,000 and 1200×675 (16:9): X media best practices.
  x: {
    id: 'x',
    label: NETWORK_BRAND.x.label,
    limit: 280,
    unit: 'weighted',
    count: xWeightedLength,
    clickableLinks: true,
    altLimit: 1000,
    maxMedia: 4,
    media: IMAGE_OR_VIDEO,
    images: [LANDSCAPE],
    audience: 'Journalistes, institutions, milieux politiques et santé publique.',
    tone: 'Factuel et bref : une information, un chiffre, un lien.',
  },
  // bluesky-social/social-app src/lib/constants.ts (MAX_GRAPHEME_LENGTH 300, 3,000 bytes, alt 2,000, 4 images);
  // AT Protocol lexicon app.bsky.richtext.facet: a link's visible text is part of the post, so it counts.
  bluesky: {
    id: 'bluesky',
    label: NETWORK_BRAND.bluesky.label,
    limit: 300,
    unit: 'graphemes',
    count: graphemeCount,
    byteLimit: 3000,
    maxHashtags: 8,
    clickableLinks: true,
    altLimit: 2000,
    maxMedia: 4,
    media: IMAGE_OR_VIDEO,
    images: [LINK_CARD, LANDSCAPE],
    audience: 'Journalistes, chercheurs et communauté scientifique venus de X.',
    tone: 'Informatif et conversationnel, sans jargon.',
  },
  // mastodon/mastodon app/validators/status_length_validator.rb (graphemes, links 23, @user@domain as @user);
  // each server sets configuration.statuses.max_characters (instance API): use profileFor(…, { mastodonLimit }).
  mastodon: {
    id: 'mastodon',
    label: NETWORK_BRAND.mastodon.label,
    limit: 500,
    unit: 'graphemes',
    count: mastodonLength,
    clickableLinks: true,
    altLimit: 1500,
    maxMedia: 4,
    media: IMAGE_OR_VIDEO,
    images: [LANDSCAPE],
    audience: 'Public technophile, administrations et universités suisses.',
    tone: 'Sobre et transparent ; une description d’image est attendue pour chaque média.',
  },
  // Meta developer docs, Threads posts and text attachments: 500 characters, emoji count their UTF-8 bytes,
  // one topic tag, more than 5 links fails (since 2025-12-22), carousels of up to 20 items.
  threads: {
    id: 'threads',
    label: NETWORK_BRAND.threads.label,
    limit: 500,
    unit: 'characters',
    count: threadsLength,
    maxHashtags: 1,
    maxLinks: 5,
    clickableLinks: true,
    maxMedia: 20,
    media: IMAGE_OR_VIDEO,
    images: [PORTRAIT, SQUARE],
    audience: 'Public large et plus jeune, souvent venu d’Instagram.',
    tone: 'Conversationnel, une question ouverte marche bien.',
  },
  // LinkedIn/Ayrshare limits: post text 3,000, link image 1200×627. LinkedIn does not say how it counts, hence UTF-16 units.
  linkedin: {
    id: 'linkedin',
    label: NETWORK_BRAND.linkedin.label,
    limit: 3000,
    unit: 'utf16',
    count: utf16Length,
    clickableLinks: true,
    maxMedia: 20,
    media: IMAGE_OR_VIDEO,
    images: [{ width: 1200, height: 627, ratio: '1.91:1' }],
    audience: 'Professionnels de santé, partenaires, candidates et candidats (recrutement).',
    tone: 'Professionnel : les équipes, les métiers, l’innovation, les postes ouverts.',
  },
  // Meta sharing docs: 63,206 characters, link preview ≥ 1200×630 (1.91:1); Postiz uses 63,206 too.
  facebook: {
    id: 'facebook',
    label: NETWORK_BRAND.facebook.label,
    limit: 63206,
    unit: 'utf16',
    count: utf16Length,
    clickableLinks: true,
    maxMedia: 10,
    media: IMAGE_OR_VIDEO,
    images: [LINK_CARD, SQUARE],
    audience: 'Grand public de la région, patients et proches, collaborateurs.',
    tone: 'Chaleureux et pratique : ce que cela change pour vous.',
  },
  // Meta content-publishing docs (caption 2,200, alt_text 1,000, 4:5 to 1.91:1, width 320–1440, carousels of 10);
  // Instagram announcement of December 2025: at most 5 hashtags. Links in captions are not clickable.
  instagram: {
    id: 'instagram',
    label: NETWORK_BRAND.instagram.label,
    limit: 2200,
    unit: 'utf16',
    count: utf16Length,
    maxHashtags: 5,
    clickableLinks: false,
    altLimit: 1000,
    maxMedia: 10,
    media: { kinds: ['image', 'video'], required: true },
    images: [PORTRAIT, SQUARE, { width: 1080, height: 566, ratio: '1.91:1' }],
    audience: 'Grand public, jeunes parents, futurs collaborateurs ; les équipes de l’hôpital.',
    tone: 'Visuel et humain : les coulisses, les visages (avec consentement), un conseil.',
  },
  // YouTube Data API, videos resource `snippet`: title 100 characters, description 5,000 bytes without < or >;
  // custom thumbnails 1280×720 (YouTube Help, "Add video thumbnails").
  youtube: {
    id: 'youtube',
    label: NETWORK_BRAND.youtube.label,
    limit: 5000,
    unit: 'bytes',
    count: utf8Bytes,
    clickableLinks: true,
    maxMedia: 1,
    media: { kinds: ['video'], required: true },
    images: [{ width: 1280, height: 720, ratio: '16:9' }],
    title: { limit: 100, unit: 'utf16', count: utf16Length },
    audience: 'Patients qui préparent un examen ou une opération ; le grand public qui cherche une explication.',
    tone: 'Pédagogique : un médecin ou une soignante explique, sous-titres compris.',
  },
};

export interface ProfileOptions {
  /** The hospital's Mastodon server limit (`configuration.statuses.max_characters`), 500 when not given. */
  mastodonLimit?: number;
}

/** A network's profile with the options that vary per account applied. */
export function profileFor(network: NetworkId, options: ProfileOptions = {}): NetworkProfile {
  const profile = NETWORKS[network];
  return network === 'mastodon' && options.mastodonLimit !== undefined
    ? { ...profile, limit: options.mastodonLimit }
    : profile;
}

/** A text's length as the network counts it, in the network's unit. */
export function countForNetwork(network: NetworkId, text: string): number {
  return NETWORKS[network].count(text);
}

export interface TextCount {
  used: number;
  limit: number;
  unit: CountUnit;
}

/** The count that binds: for Bluesky, graphemes or bytes, whichever is nearer its ceiling. */
export function measureFor(profile: NetworkProfile, text: string): TextCount {
  const main: TextCount = { used: profile.count(text), limit: profile.limit, unit: profile.unit };
  if (profile.byteLimit === undefined) return main;
  const bytes: TextCount = { used: utf8Bytes(text), limit: profile.byteLimit, unit: 'bytes' };
  return bytes.used / bytes.limit > main.used / main.limit ? bytes : main;
}

/** Whether the network would accept the text: length, bytes, links and hashtags. */
export function fitsNetwork(profile: NetworkProfile, text: string): boolean {
  if (profile.count(text) > profile.limit) return false;
  if (profile.byteLimit !== undefined && utf8Bytes(text) > profile.byteLimit) return false;
  // Extracting links and hashtags costs more than counting: the cheap bound settles most texts.
  if (profile.maxLinks !== undefined && linksAtMost(text) > profile.maxLinks && linkCount(text) > profile.maxLinks)
    return false;
  if (
    profile.maxHashtags !== undefined &&
    hashtagsAtMost(text) > profile.maxHashtags &&
    hashtagsIn(text).length > profile.maxHashtags
  )
    return false;
  return true;
}
