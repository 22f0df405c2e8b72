import type { NetworkId } from './lib/socialNetworks.ts';

/** How often a network should hear from the hospital; read by the editors' desk coverage report (advice only). */
export interface NetworkRhythm {
  /** Posts per ISO week (Monday to Sunday, Zurich time) below which the week is reported as thin. */
  perWeek: number;
  /** Posts on one day above which the day is reported as crowded (followers tire, algorithms bury the rest). */
  maxPerDay: number;
}

/** Text per language. */
type Localized = { fr: string; de: string };

/** A way to reach a person or a team. */
export interface Contact {
  /** Who answers, per language (a team rather than a named person, so the page outlives staff changes). */
  name: Localized;
  email: string;
  /** As printed, with spaces: `+41 26 555 01 00`; links use it without them. */
  phone?: string;
}

/** A service of the hospital that articles can point readers to. */
export interface HospitalService {
  name: Localized;
  /** The service's page on the hospital's main website. */
  url: string;
  /** Where readers make an appointment (a page or a `tel:` link); the service's page when absent. */
  appointmentUrl?: string;
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
  /** Postal address, as printed in the footer and the legal notice. */
  address: { street: string; postalCode: string; locality: string; country: Localized };
  /** The hospital's switchboard, as printed (`+41 26 555 01 00`). */
  phone: string;
  /** The emergency number shown in every page's header. */
  emergencyNumber: string;
  /** The hospital's main website. */
  website: string;
  /** Legal form and register number, for the legal notice. */
  legalEntity: Localized;
  /** The communication service, which publishes the blog and answers readers. */
  communication: Contact;
  /** The data-protection officer (nLPD art. 10). */
  dataProtection: Contact;
  /** Who hosts the blog and where, for the privacy statement. */
  hosting: Localized;
  /** The hospital's services, by the id articles give in their `service` field. */
  services: Record<string, HospitalService>;
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
  address: {
    street: 'Avenue de l’Hôpital 1',
    postalCode: '1999',
    locality: 'Val-Clair',
    country: { fr: 'Suisse', de: 'Schweiz' },
  },
  phone: '+41 26 555 01 00',
  emergencyNumber: '144',
  website: 'https://www.hopital-valclair.ch',
  legalEntity: {
    fr: 'Établissement autonome de droit public cantonal, IDE CHE-999.111.222',
    de: 'Selbstständige öffentlich-rechtliche Anstalt des Kantons, UID CHE-999.111.222',
  },
  communication: {
    name: { fr: 'Service communication', de: 'Kommunikationsdienst' },
    email: 'communication@hopital-valclair.ch',
    phone: '+41 26 555 01 20',
  },
  dataProtection: {
    name: { fr: 'Conseiller à la protection des données', de: 'Datenschutzberater' },
    email: 'protection.donnees@hopital-valclair.ch',
    phone: '+41 26 555 01 30',
  },
  hosting: {
    fr: 'les serveurs du Service informatique de l’hôpital, dans son centre de données en Suisse',
    de: 'den Servern der Informatikabteilung des Spitals, in seinem Rechenzentrum in der Schweiz',
  },
  services: {
    angiologie: {
      name: { fr: 'Service d’angiologie', de: 'Angiologie' },
      url: 'https://www.hopital-valclair.ch/services/angiologie',
    },
    maternite: {
      name: { fr: 'Maternité', de: 'Geburtshilfe' },
      url: 'https://www.hopital-valclair.ch/services/maternite',
      appointmentUrl: 'tel:+41265550150',
    },
    radiologie: {
      name: { fr: 'Service de radiologie', de: 'Radiologie' },
      url: 'https://www.hopital-valclair.ch/services/radiologie',
    },
    pediatrie: {
      name: { fr: 'Service de pédiatrie', de: 'Pädiatrie' },
      url: 'https://www.hopital-valclair.ch/services/pediatrie',
    },
    gastroenterologie: {
      name: { fr: 'Service de gastro-entérologie', de: 'Gastroenterologie' },
      url: 'https://www.hopital-valclair.ch/services/gastroenterologie',
    },
    anesthesiologie: {
      name: { fr: 'Service d’anesthésiologie', de: 'Anästhesiologie' },
      url: 'https://www.hopital-valclair.ch/services/anesthesiologie',
    },
    nephrologie: {
      name: { fr: 'Service de néphrologie et transplantation', de: 'Nephrologie und Transplantation' },
      url: 'https://www.hopital-valclair.ch/services/nephrologie',
    },
    'medecine-des-voyages': {
      name: { fr: 'Consultation de médecine des voyages', de: 'Reisemedizinische Sprechstunde' },
      url: 'https://www.hopital-valclair.ch/services/medecine-des-voyages',
    },
  },
  images: { sharedFolder: 'content/images', maxPixels: 50_000_000 },
};
