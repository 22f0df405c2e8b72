import type { Lang } from './lib/i18n.ts';
import type { NetworkId } from './lib/socialNetworks.ts';

/** How often a network should hear from the hospital; read by the editors' desk coverage report (advice only). */
export interface NetworkRhythm {
  /** Posts per ISO week (Monday to Sunday, Zurich time) below which the week is reported as thin. */
  perWeek: number;
  /** Posts on one day above which the day is reported as crowded (followers tire, algorithms bury the rest). */
  maxPerDay: number;
}

/** An account the hospital publishes from: the pack writes one scheduler file per account, and its preview shows it. */
export interface SocialAccount {
  /** Stable name, also the scheduler files' name (`hootsuite/facebook-de.csv`): lowercase letters, digits, hyphens. */
  id: string;
  /** Network the account is on. */
  network: NetworkId;
  /** Name as the network shows it above a post (page name, display name). */
  name: string;
  /** Handle without `@`, as the network writes it: `hopitalvalclair`, `hopital-valclair.ch`, `hopitalvalclair@mastodon.social`. */
  handle: string;
  /** Languages whose posts go out from this account; every language a network is used in needs exactly one account. */
  langs: readonly Lang[];
  /** Avatar image (SVG, PNG or JPEG) from the project root, embedded in the pack's preview so it makes no request. */
  avatar: string;
}

/** The institution that publishes the blog. Change this file to run Passerelle for another hospital. */
export interface SiteConfig {
  /** Name of the institution, per language. */
  name: { fr: string; de: string };
  /** Short name for tight places (header on phones, social cards). */
  shortName: string;
  /** Public address of the blog, without trailing slash; used for canonical URLs, feeds and UTM links. */
  url: string;
  /** One sentence under the name, per language. */
  tagline: { fr: string; de: string };
  /** Logo in public/, shown in the header and on social cards. */
  logo: string;
  /** Brand colours; each pair was checked for WCAG AA contrast against white text or background. */
  colors: { primary: string; primaryDark: string; accent: string };
  /** The hospital's own accounts, linked from every page as "follow us" under the network's name. */
  social: {
    network: NetworkId;
    url: string;
  }[];
  /** The accounts posts go out from, per network and language (a bilingual hospital may have one page per language). */
  accounts: readonly SocialAccount[];
  /** Hashtags added to every post unless the entry says otherwise; they come after the entry's own, so a network's cap drops them first. */
  defaultHashtags: string[];
  /** Where Instagram captions tell readers to find the link, per language. */
  linkInBio: { fr: string; de: string };
  /** Articles per page in category, tag and author lists. */
  pageSize: number;
  /** Publishing rhythm per network; a network left out has none (YouTube: one video when there is one). */
  rhythm: Partial<Record<NetworkId, NetworkRhythm>>;
  /** What the images of articles may be: an article uses files of its own folder, or of this shared one. */
  images: {
    /** Folder of images any article may use (a logo, a recurring illustration), from the project root. */
    sharedFolder: string;
    /** Largest image accepted, in pixels (width × height): a 50-megapixel photo already takes 200 MB to decode. */
    maxPixels: number;
  };
}

export const SITE: SiteConfig = {
  name: { fr: 'Hôpital du Val-Clair', de: 'Spital Val-Clair' },
  shortName: 'Val-Clair',
  url: 'https://blog.hopital-valclair.ch',
  tagline: { fr: 'Le blog santé de l’Hôpital du Val-Clair', de: 'Der Gesundheitsblog des Spitals Val-Clair' },
  logo: '/logo.svg',
  colors: { primary: '#0b6e74', primaryDark: '#084f54', accent: '#c2410c' },
  social: [
    { network: 'facebook', url: 'https://www.facebook.com/hopitalvalclair' },
    { network: 'instagram', url: 'https://www.instagram.com/hopitalvalclair' },
    { network: 'linkedin', url: 'https://www.linkedin.com/company/hopital-valclair' },
    { network: 'bluesky', url: 'https://bsky.app/profile/hopital-valclair.ch' },
    { network: 'mastodon', url: 'https://mastodon.social/@hopitalvalclair' },
    { network: 'youtube', url: 'https://www.youtube.com/@hopitalvalclair' },
  ],
  // One Facebook page and one Instagram account per language; one LinkedIn page and one account elsewhere for both.
  accounts: [
    {
      id: 'x',
      network: 'x',
      name: 'Hôpital du Val-Clair',
      handle: 'hopitalvalclair',
      langs: ['fr', 'de'],
      avatar: 'public/logo.svg',
    },
    {
      id: 'bluesky',
      network: 'bluesky',
      name: 'Hôpital du Val-Clair',
      handle: 'hopital-valclair.ch',
      langs: ['fr', 'de'],
      avatar: 'public/logo.svg',
    },
    {
      id: 'mastodon',
      network: 'mastodon',
      name: 'Hôpital du Val-Clair',
      handle: 'hopitalvalclair@mastodon.social',
      langs: ['fr', 'de'],
      avatar: 'public/logo.svg',
    },
    {
      id: 'threads',
      network: 'threads',
      name: 'Hôpital du Val-Clair',
      handle: 'hopitalvalclair',
      langs: ['fr', 'de'],
      avatar: 'public/logo.svg',
    },
    {
      id: 'linkedin',
      network: 'linkedin',
      name: 'Hôpital du Val-Clair – Spital Val-Clair',
      handle: 'hopital-valclair',
      langs: ['fr', 'de'],
      avatar: 'public/logo.svg',
    },
    {
      id: 'facebook-fr',
      network: 'facebook',
      name: 'Hôpital du Val-Clair',
      handle: 'hopitalvalclair',
      langs: ['fr'],
      avatar: 'public/logo.svg',
    },
    {
      id: 'facebook-de',
      network: 'facebook',
      name: 'Spital Val-Clair',
      handle: 'spitalvalclair',
      langs: ['de'],
      avatar: 'public/logo.svg',
    },
    {
      id: 'instagram-fr',
      network: 'instagram',
      name: 'Hôpital du Val-Clair',
      handle: 'hopitalvalclair',
      langs: ['fr'],
      avatar: 'public/logo.svg',
    },
    {
      id: 'instagram-de',
      network: 'instagram',
      name: 'Spital Val-Clair',
      handle: 'spitalvalclair',
      langs: ['de'],
      avatar: 'public/logo.svg',
    },
    {
      id: 'youtube',
      network: 'youtube',
      name: 'Hôpital du Val-Clair',
      handle: 'hopitalvalclair',
      langs: ['fr', 'de'],
      avatar: 'public/logo.svg',
    },
  ],
  defaultHashtags: ['ValClair'],
  linkInBio: { fr: 'Article complet : lien en bio.', de: 'Ganzer Artikel: Link in der Bio.' },
  pageSize: 6,
  // Usual hospital practice: daily-ish on X, a few times a week on the general-public networks, weekly on LinkedIn.
  rhythm: {
    x: { perWeek: 5, maxPerDay: 3 },
    bluesky: { perWeek: 3, maxPerDay: 2 },
    mastodon: { perWeek: 3, maxPerDay: 2 },
    facebook: { perWeek: 3, maxPerDay: 2 },
    instagram: { perWeek: 2, maxPerDay: 1 },
    linkedin: { perWeek: 1, maxPerDay: 1 },
  },
  images: { sharedFolder: 'content/images', maxPixels: 50_000_000 },
};
