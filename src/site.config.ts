import type { NetworkId } from './lib/socialNetworks.ts';

/** How often a network should hear from the hospital; read by the editors' desk coverage report (advice only). */
export interface NetworkRhythm {
  /** Posts per ISO week (Monday to Sunday, Zurich time) below which the week is reported as thin. */
  perWeek: number;
  /** Posts on one day above which the day is reported as crowded (followers tire, algorithms bury the rest). */
  maxPerDay: number;
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
  /** Hashtags added to every post unless the entry says otherwise. */
  defaultHashtags: string[];
  /** Where Instagram captions tell readers to find the link, per language. */
  linkInBio: { fr: string; de: string };
  /** Articles per page in category, tag and author lists. */
  pageSize: number;
  /** Publishing rhythm per network; a network left out has none (YouTube: one video when there is one). */
  rhythm: Partial<Record<NetworkId, NetworkRhythm>>;
  /** Where the CMS at /admin/ reads and writes the content: the hospital's Git host. */
  cms: CmsBackendConfig;
  /** What the images of articles may be: an article uses files of its own folder, or of this shared one. */
  images: {
    /** Folder of images any article may use (a logo, a recurring illustration), from the project root. */
    sharedFolder: string;
    /** Largest image accepted, in pixels (width × height): a 50-megapixel photo already takes 200 MB to decode. */
    maxPixels: number;
  };
}

/** The Git host behind the CMS. Editors sign in with their account there; their changes become branches and merge requests. */
export interface CmsBackendConfig {
  /** `gitlab` (GitLab.com or the hospital's own instance) or `github`. */
  host: 'gitlab' | 'github';
  /** The repository, `group/project` on GitLab, `owner/name` on GitHub. */
  repo: string;
  /** The branch the site is built from; merge requests target it. */
  branch: string;
  /** A self-hosted GitLab's address, e.g. `https://git.hopital.ch`; GitLab.com or GitHub when left out. */
  baseUrl?: string;
  /** GitLab: the Application ID of the OAuth application (PKCE, no secret) registered for the CMS. */
  appId?: string;
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
  // A hospital usually runs its own GitLab; the application id is created under Admin → Applications (scope: api).
  cms: {
    host: 'gitlab',
    repo: 'communication/blog',
    branch: 'main',
    baseUrl: 'https://git.hopital-valclair.ch',
    appId: 'a-remplacer-par-l-application-id-gitlab',
  },
};
