/** Languages of the site; French is served at the root, the others under `/<lang>/`. */
export const LANGS = ['fr', 'de'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** BCP 47 tags for `<html lang>`, `hreflang` and `Intl` formatting. */
export const LOCALE: Record<Lang, string> = { fr: 'fr-CH', de: 'de-CH' };

/** Translated path segments, so German readers get German URLs. */
export const SEGMENTS = {
  article: { fr: 'articles', de: 'artikel' },
  author: { fr: 'auteurs', de: 'autoren' },
  tag: { fr: 'tags', de: 'tags' },
  search: { fr: 'recherche', de: 'suche' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The institution's pages, by kind: their address in each language, which is also their file name in content/pages/. */
export const INSTITUTION_PAGES = {
  legal: { fr: 'mentions-legales', de: 'impressum' },
  privacy: { fr: 'protection-des-donnees', de: 'datenschutz' },
  accessibility: { fr: 'accessibilite', de: 'barrierefreiheit' },
} as const satisfies Record<string, Record<Lang, string>>;

export type InstitutionPageKind = keyof typeof INSTITUTION_PAGES;

const UI = {
  fr: {
    skipToContent: 'Aller au contenu',
    home: 'Accueil',
    categories: 'Rubriques',
    rssCategory: 'Flux RSS de cette rubrique',
    followUs: 'Nous suivre',
    by: 'Par',
    publishedOn: 'Publié le',
    updatedOn: 'Mis à jour le',
    readingTime: (minutes: number) => `${minutes} min de lecture`,
    tags: 'Mots-clés',
    related: 'À lire aussi',
    previous: 'Article précédent',
    next: 'Article suivant',
    share: 'Partager',
    shareByEmail: 'Par e-mail',
    readInOther: 'Lire cet article en allemand',
    page: (n: number) => `Page ${n}`,
    newer: 'Articles plus récents',
    older: 'Articles plus anciens',
    pagination: 'Pagination',
    articlesTagged: (tag: string) => `Articles sur « ${tag} »`,
    articlesBy: (name: string) => `Articles de ${name}`,
    allArticles: 'Tous les articles',
    notFoundTitle: 'Page introuvable',
    notFoundText: "Cette page n'existe pas ou a été déplacée. Revenez à l'accueil ou choisissez une rubrique.",
    emergency: 'Urgence vitale :',
    emergencyCall: (number: string) => `appelez le ${number}`,
    menu: 'Rubriques',
    archiveIntro: 'Tous les articles du blog, du plus récent au plus ancien.',
    archivePages: 'Les articles par période',
    leadArticle: 'À la une',
    latestByCategory: 'Dans chaque rubrique',
    footerContact: 'Nous contacter',
    footerSwitchboard: 'Standard',
    footerWebsite: 'Site de l’hôpital',
    footerLegal: 'Informations légales',
    institutionPage: {
      legal: 'Mentions légales',
      privacy: 'Protection des données',
      accessibility: 'Déclaration d’accessibilité',
    },
    publisher: 'Éditeur',
    contactBlock: {
      legal: 'Contact',
      privacy: 'Conseiller à la protection des données',
      accessibility: 'Signaler un obstacle',
    },
    hostedOn: (hosting: string) => `Le blog est hébergé sur ${hosting}.`,
    email: 'E-mail',
    phone: 'Téléphone',
    serviceLead: 'Cet article concerne le service suivant de l’hôpital :',
    appointment: 'Prendre rendez-vous',
    serviceWebsite: 'Le service sur le site de l’hôpital',
    reviewedBy: 'Relu par',
    reviewedOn: 'le',
    nextReview: 'Prochaine relecture',
    corrections: 'Corrections',
    correctionOf: (date: string) => `Correction du ${date}`,
    testimonyConsent: (name: string) => `Témoignage publié avec l’accord écrit de ${name}.`,
    notFoundLatest: 'Nos derniers articles',
    credit: 'Crédit',
    playVideo: 'Lire la vidéo',
    videoNotice: (host: string) =>
      `La vidéo est hébergée par ${host}. En cliquant, vous acceptez qu'elle soit chargée depuis ce service.`,
    languageSwitch: 'Deutsch',
    footerNote:
      'Les articles de ce blog informent ; ils ne remplacent pas une consultation. En cas de doute, parlez-en à votre médecin.',
    callout: { conseil: 'Conseil', attention: 'Attention', urgence: 'Urgence' },
    breadcrumb: 'Fil d’Ariane',
    search: 'Rechercher',
    searchLabel: 'Rechercher dans le blog',
    searchTitle: 'Rechercher un article',
    searchIntro: 'Tapez un ou plusieurs mots : maladie, examen, service, événement.',
    /** Filled in by the search page's script: `{query}` and `{count}`. */
    searchResults: {
      none: 'Aucun article ne correspond à « {query} ».',
      one: '1 article correspond à « {query} ».',
      many: '{count} articles correspondent à « {query} ».',
    },
    searchNeedsScript: 'La recherche a besoin de JavaScript. Vous pouvez aussi parcourir les rubriques.',
    searchUnavailable: 'La recherche est momentanément indisponible. Parcourez les rubriques.',
  },
  de: {
    skipToContent: 'Zum Inhalt springen',
    home: 'Startseite',
    categories: 'Rubriken',
    rssCategory: 'RSS-Feed dieser Rubrik',
    followUs: 'Folgen Sie uns',
    by: 'Von',
    publishedOn: 'Veröffentlicht am',
    updatedOn: 'Aktualisiert am',
    readingTime: (minutes: number) => `${minutes} Min. Lesezeit`,
    tags: 'Schlagwörter',
    related: 'Weitere Artikel',
    previous: 'Vorheriger Artikel',
    next: 'Nächster Artikel',
    share: 'Teilen',
    shareByEmail: 'Per E-Mail',
    readInOther: 'Diesen Artikel auf Französisch lesen',
    page: (n: number) => `Seite ${n}`,
    newer: 'Neuere Artikel',
    older: 'Ältere Artikel',
    pagination: 'Seitennavigation',
    articlesTagged: (tag: string) => `Artikel zu «${tag}»`,
    articlesBy: (name: string) => `Artikel von ${name}`,
    allArticles: 'Alle Artikel',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText:
      'Diese Seite existiert nicht oder wurde verschoben. Gehen Sie zur Startseite oder wählen Sie eine Rubrik.',
    emergency: 'Bei Lebensgefahr:',
    emergencyCall: (number: string) => `Notruf ${number}`,
    menu: 'Rubriken',
    archiveIntro: 'Alle Artikel des Blogs, vom neuesten zum ältesten.',
    archivePages: 'Die Artikel nach Zeitraum',
    leadArticle: 'Im Fokus',
    latestByCategory: 'Aus jeder Rubrik',
    footerContact: 'Kontakt',
    footerSwitchboard: 'Zentrale',
    footerWebsite: 'Website des Spitals',
    footerLegal: 'Rechtliches',
    institutionPage: { legal: 'Impressum', privacy: 'Datenschutz', accessibility: 'Erklärung zur Barrierefreiheit' },
    publisher: 'Herausgeber',
    contactBlock: { legal: 'Kontakt', privacy: 'Datenschutzberater', accessibility: 'Eine Barriere melden' },
    hostedOn: (hosting: string) => `Der Blog läuft auf ${hosting}.`,
    email: 'E-Mail',
    phone: 'Telefon',
    serviceLead: 'Dieser Artikel betrifft folgende Abteilung des Spitals:',
    appointment: 'Termin vereinbaren',
    serviceWebsite: 'Die Abteilung auf der Website des Spitals',
    reviewedBy: 'Geprüft von',
    reviewedOn: 'am',
    nextReview: 'Nächste Prüfung',
    corrections: 'Korrekturen',
    correctionOf: (date: string) => `Korrektur vom ${date}`,
    testimonyConsent: (name: string) => `Veröffentlicht mit schriftlicher Einwilligung von ${name}.`,
    notFoundLatest: 'Unsere neuesten Artikel',
    credit: 'Bild',
    playVideo: 'Video abspielen',
    videoNotice: (host: string) =>
      `Das Video wird von ${host} bereitgestellt. Mit dem Klick stimmen Sie zu, dass es von diesem Dienst geladen wird.`,
    languageSwitch: 'Français',
    footerNote:
      'Die Artikel dieses Blogs informieren; sie ersetzen keine ärztliche Beratung. Sprechen Sie im Zweifel mit Ihrer Ärztin oder Ihrem Arzt.',
    callout: { conseil: 'Tipp', attention: 'Achtung', urgence: 'Notfall' },
    breadcrumb: 'Brotkrümelnavigation',
    search: 'Suchen',
    searchLabel: 'Im Blog suchen',
    searchTitle: 'Artikel suchen',
    searchIntro: 'Geben Sie ein oder mehrere Wörter ein: Krankheit, Untersuchung, Abteilung, Veranstaltung.',
    searchResults: {
      none: 'Kein Artikel passt zu «{query}».',
      one: '1 Artikel passt zu «{query}».',
      many: '{count} Artikel passen zu «{query}».',
    },
    searchNeedsScript: 'Die Suche braucht JavaScript. Sie können auch die Rubriken durchsehen.',
    searchUnavailable: 'Die Suche ist vorübergehend nicht verfügbar. Sehen Sie die Rubriken durch.',
  },
} satisfies Record<Lang, unknown>;

export type UiStrings = (typeof UI)['fr'];

/** Interface strings for a language; German must provide every French key. */
export function useTranslations(lang: Lang): UiStrings {
  return UI[lang] satisfies UiStrings;
}

/** Astro's i18n routing: French at the root, German under /de/. Shared by the site config and the feed renderer. */
export const ASTRO_I18N = { locales: [...LANGS], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } };
