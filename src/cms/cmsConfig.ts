import { CATEGORIES, CATEGORY_IDS, CONSENT_CATEGORY } from '../lib/categories.ts';
import { INSTITUTION_PAGES, type InstitutionPageKind, LANGS, type Lang, useTranslations } from '../lib/i18n.ts';
import { DESCRIPTION_MAX, TITLE_MAX } from '../lib/schemas/article.ts';
import type { CmsBackendConfig, SiteConfig } from '../site.config.ts';
import type { CmsCollection, CmsConfig, CmsField } from './decapTypes.ts';
import { EDITOR_COMPONENTS } from './editorComponents.ts';

/** Names of the custom formats and widgets the admin page registers before Decap starts. */
export const FORMATS = { article: 'passerelle-article', author: 'passerelle-auteur', page: 'passerelle-page' } as const;
export const WIDGETS = { translation: 'traduction', tags: 'mots-cles' } as const;
/** The entry value the admin page fills with the project's own slug of the title, for the file's name. */
export const SLUG_KEY = 'passerelleSlug';

/** The environment variable through which the admin page learns where the local proxy listens (see startCms). */
export const PROXY_VARIABLE = 'PASSERELLE_CMS_PROXY';

export const COLLECTIONS = { fr: 'articles', de: 'artikel', authors: 'auteurs', pages: 'pages' } as const;

const ZURICH_DATE = 'YYYY-MM-DD HH:mm';
/** A day, without time: Decap's date picker writes it `2026-10-20`. */
const DAY = { widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, default: '' } as const;
const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'français', de: 'allemand' };

/** A choice among the authors' files, by their name. */
const AUTHOR_CHOICE = {
  widget: 'relation',
  collection: COLLECTIONS.authors,
  value_field: '{{slug}}',
  search_fields: ['name'],
  display_fields: ['name'],
} as const;

function articleFields(lang: Lang, site: SiteConfig): CmsField[] {
  const fields: CmsField[] = [
    {
      name: 'title',
      label: 'Titre',
      widget: 'string',
      check: 'title',
      hint: `${TITLE_MAX} caractères au plus. Il apparaît en tête de l’article, dans les listes, les flux et sur les réseaux.`,
    },
    {
      name: 'description',
      label: 'Résumé',
      widget: 'text',
      check: 'description',
      hint: `Une ou deux phrases, ${DESCRIPTION_MAX} caractères au plus : dans les listes, dans Google et comme texte des publications sur les réseaux.`,
    },
    {
      name: 'category',
      label: 'Rubrique',
      widget: 'select',
      check: 'category',
      options: CATEGORY_IDS.map((id) => ({ label: CATEGORIES[id].label.fr, value: id })),
      hint: `${CATEGORIES[CONSENT_CATEGORY].label.fr} : la personne qui témoigne doit avoir donné son accord écrit (champ « Consentement » plus bas).`,
    },
    {
      name: 'pubDate',
      label: 'Date de publication',
      widget: 'datetime',
      check: 'pubDate',
      format: ZURICH_DATE,
      default: '{{now}}',
      hint: 'Heure de Zurich. Une date future programme l’article : il reste invisible jusqu’à la première construction du site après cette heure.',
    },
    {
      name: 'updatedDate',
      label: 'Date de mise à jour',
      widget: 'datetime',
      check: 'updatedDate',
      format: ZURICH_DATE,
      required: false,
      default: '',
      hint: 'Seulement après une mise à jour importante du contenu ; jamais avant la date de publication.',
    },
    {
      name: 'authors',
      label: 'Auteurs',
      ...AUTHOR_CHOICE,
      check: 'authors',
      multiple: true,
      min: 1,
      hint: 'Une ou plusieurs personnes de l’hôpital ; une nouvelle personne s’ajoute dans « Auteurs ».',
    },
    {
      name: 'tags',
      label: 'Mots-clés',
      widget: WIDGETS.tags,
      check: 'tags',
      required: false,
      hint: 'Séparés par des virgules, écrits comme les lecteurs les liront : vaccination, santé mentale.',
    },
    {
      name: 'hero',
      label: 'Image d’en-tête',
      widget: 'object',
      required: false,
      collapsed: false,
      hint: 'Facultative. Seulement une image dont l’hôpital a les droits, et jamais un patient ou un collaborateur sans son accord écrit.',
      fields: [
        {
          name: 'src',
          label: 'Image',
          widget: 'image',
          required: false,
          choose_url: false,
          check: 'hero.src',
          hint: 'Elle est enregistrée dans le dossier de l’article ; format paysage, 1440 pixels de large au moins.',
        },
        {
          name: 'alt',
          label: 'Texte alternatif',
          widget: 'string',
          required: false,
          check: 'hero.alt',
          hint: 'Obligatoire avec une image : ce qu’elle montre, pour les personnes qui ne la voient pas.',
        },
        {
          name: 'credit',
          label: 'Crédit',
          widget: 'string',
          required: false,
          check: 'hero.credit',
          hint: 'Auteur ou source, par exemple « Photo : Service communication ».',
        },
      ],
    },
    {
      name: 'draft',
      label: 'Brouillon',
      widget: 'boolean',
      default: true,
      required: false,
      hint: 'Tant que la case est cochée, l’article n’est jamais publié. Le service communication la décoche après relecture.',
    },
  ];
  const original: Lang = lang === 'fr' ? 'de' : 'fr';
  fields.push({
    name: 'translationOf',
    label: 'Original',
    widget: WIDGETS.translation,
    check: 'translationOf',
    required: false,
    collection: COLLECTIONS[original],
    language: LANGUAGE_NAMES[original],
    hint:
      lang === 'de'
        ? 'L’article français dont celui-ci est la traduction : les deux pages se lient l’une à l’autre.'
        : 'Seulement si cet article traduit un original allemand : les deux pages se lient l’une à l’autre.',
  });
  fields.push(
    {
      name: 'service',
      label: 'Service de l’hôpital',
      widget: 'select',
      check: 'service',
      required: false,
      options: Object.entries(site.services).map(([id, service]) => ({ label: service.name.fr, value: id })),
      hint: 'Le service dont parle l’article : les lecteurs trouvent à la fin le lien vers sa page et vers un rendez-vous.',
    },
    {
      name: 'reviewedBy',
      label: 'Relu par',
      ...AUTHOR_CHOICE,
      check: 'reviewedBy',
      required: false,
      hint: 'Le médecin qui a vérifié le contenu médical (sa fiche dans « Auteurs »), avec la date de sa relecture.',
    },
    {
      name: 'lastReviewed',
      label: 'Date de la relecture médicale',
      ...DAY,
      check: 'lastReviewed',
      required: false,
      hint: 'Le jour où le médecin a relu l’article ; affiché aux lecteurs.',
    },
    {
      name: 'nextReview',
      label: 'Prochaine relecture médicale',
      ...DAY,
      check: 'nextReview',
      required: false,
      hint: 'Après la relecture : l’article est signalé « à relire » 30 jours avant cette date.',
    },
    {
      name: 'corrections',
      label: 'Corrections',
      label_singular: 'correction',
      widget: 'list',
      required: false,
      // Without it, Decap opens a new article with one empty correction, whose required fields then block saving.
      default: [],
      summary: '{{fields.date}}',
      hint: 'Une erreur publiée puis corrigée : ce qui était faux, ce qui est juste. Affichée en fin d’article ; sa date devient celle de la mise à jour.',
      fields: [
        { name: 'date', label: 'Date de la correction', ...DAY, hint: 'Pas avant la date de publication.' },
        { name: 'text', label: 'Ce qui a été corrigé', widget: 'text', hint: 'Une ou deux phrases.' },
      ],
    },
    {
      name: 'testimony',
      label: 'La personne qui témoigne',
      widget: 'object',
      required: false,
      collapsed: true,
      hint: 'Pour un témoignage seulement : présentée aux lecteurs en tête de l’article.',
      fields: [
        {
          name: 'name',
          label: 'Prénom',
          widget: 'string',
          required: false,
          check: 'testimony.name',
          hint: 'Le prénom seul, sauf si la personne a demandé davantage.',
        },
        {
          name: 'role',
          label: 'Qui elle est',
          widget: 'string',
          required: false,
          check: 'testimony.role',
          hint: 'En quelques mots : « 58 ans, greffée du rein ».',
        },
        {
          name: 'quote',
          label: 'Sa phrase',
          widget: 'text',
          required: false,
          check: 'testimony.quote',
          hint: 'Une phrase de la personne, affichée en grand : le cœur du témoignage.',
        },
        {
          name: 'portrait',
          label: 'La photo d’en-tête la montre',
          widget: 'boolean',
          required: false,
          hint: 'Cochée, l’image d’en-tête devient son portrait (avec son accord écrit).',
        },
      ],
    },
    {
      name: 'consent',
      label: 'Consentement',
      widget: 'string',
      check: 'consent',
      required: false,
      hint: 'Obligatoire pour publier un témoignage : la référence du consentement écrit, délivrée par le service communication (CONS-2026-014).',
    },
    {
      name: 'body',
      label: 'Texte',
      widget: 'richtext',
      buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
      editor_components: EDITOR_COMPONENTS.map((component) => component.id),
      hint: 'Les intertitres commencent au niveau 2. Les encadrés, figures et vidéos s’ajoutent avec le bouton « + ».',
    },
  );
  return fields;
}

function articleCollection(lang: Lang, site: SiteConfig): CmsCollection {
  const language = LANGUAGE_NAMES[lang];
  return {
    name: COLLECTIONS[lang],
    label: `Articles en ${language}`,
    label_singular: `Article en ${language}`,
    description:
      lang === 'fr'
        ? 'Les articles du blog. Un nouvel article est un brouillon jusqu’à la relecture du service communication.'
        : 'Les traductions allemandes, publiées sous /de/ ; chacune indique son original français.',
    folder: `content/articles/${lang}`,
    // Every new article gets its own folder, so that its images sit beside it.
    path: '{{slug}}/index',
    slug: `{{${SLUG_KEY}}}`,
    extension: 'md',
    format: FORMATS.article,
    create: true,
    media_folder: '',
    public_folder: '',
    summary: "{{draft | ternary('Brouillon · ', '')}}{{title}}",
    sortable_fields: ['pubDate', 'title', 'category'],
    view_filters: [
      ...CATEGORY_IDS.map((id) => ({ label: CATEGORIES[id].label.fr, field: 'category', pattern: id })),
      { label: 'Brouillons', field: 'draft', pattern: true },
    ],
    fields: articleFields(lang, site),
  };
}

const authorCollection: CmsCollection = {
  name: COLLECTIONS.authors,
  label: 'Auteurs',
  label_singular: 'Auteur',
  description: 'Les personnes qui signent les articles, avec leur fonction et leur service.',
  folder: 'content/authors',
  slug: `{{${SLUG_KEY}}}`,
  extension: 'yaml',
  format: FORMATS.author,
  create: true,
  identifier_field: 'name',
  media_folder: '',
  public_folder: '',
  summary: '{{name}} · {{role}}',
  fields: [
    {
      name: 'name',
      label: 'Prénom et nom',
      widget: 'string',
      check: 'name',
      hint: 'Tels que les lecteurs les voient.',
    },
    {
      name: 'honorific',
      label: 'Titre',
      widget: 'object',
      required: false,
      collapsed: true,
      hint: 'Pour un médecin : le titre devant le nom, dans chaque langue.',
      fields: [
        { name: 'fr', label: 'En français', widget: 'string', required: false, check: 'honorific', hint: 'Dr, Pr…' },
        {
          name: 'de',
          label: 'En allemand',
          widget: 'string',
          required: false,
          check: 'honorific',
          hint: 'Dr. med., Prof.…',
        },
      ],
    },
    { name: 'role', label: 'Fonction', widget: 'string', check: 'role', hint: 'Par exemple « Infirmière cheffe ».' },
    {
      name: 'service',
      label: 'Service',
      widget: 'string',
      check: 'service',
      hint: 'Par exemple « Service de pédiatrie ».',
    },
    {
      name: 'bio',
      label: 'Présentation',
      widget: 'text',
      required: false,
      check: 'bio',
      hint: 'Une ou deux phrases.',
    },
    {
      name: 'photo',
      label: 'Portrait',
      widget: 'image',
      required: false,
      choose_url: false,
      check: 'photo',
      hint: 'Seulement avec l’accord écrit de la personne (champ suivant).',
    },
    {
      name: 'photoConsent',
      label: 'Consentement pour le portrait',
      widget: 'string',
      required: false,
      check: 'photoConsent',
      hint: 'La référence du consentement écrit de la personne : CONS-2026-031.',
    },
  ],
};

/** The institution's pages, each file by its name in both languages: they exist once each, none is created. */
const pageCollection: CmsCollection = {
  name: COLLECTIONS.pages,
  label: 'Pages de l’hôpital',
  label_singular: 'Page',
  description: 'Mentions légales, protection des données et accessibilité, en français et en allemand.',
  extension: 'md',
  format: FORMATS.page,
  files: LANGS.flatMap((lang) =>
    (Object.keys(INSTITUTION_PAGES) as InstitutionPageKind[]).map((kind) => ({
      name: `${kind}-${lang}`,
      label: `${useTranslations('fr').institutionPage[kind]} (${LANGUAGE_NAMES[lang]})`,
      file: `content/pages/${lang}/${INSTITUTION_PAGES[kind][lang]}.md`,
      fields: [
        { name: 'title', label: 'Titre', widget: 'string', check: 'title', hint: 'Le titre de la page.' },
        {
          name: 'description',
          label: 'Résumé',
          widget: 'text',
          check: 'description',
          hint: 'Une phrase, pour les moteurs de recherche.',
        },
        {
          name: 'updatedDate',
          label: 'Date de mise à jour',
          ...DAY,
          check: 'updatedDate',
          hint: 'Le jour du dernier changement de fond, affiché sur la page.',
        },
        { name: 'body', label: 'Texte', widget: 'richtext', editor_components: [], hint: 'Intertitres de niveau 2.' },
      ],
    })),
  ),
};

/** Decap's backend for the hospital's Git host: merge requests from editors' branches on GitLab, pull requests on GitHub. */
function backend(cms: CmsBackendConfig): Record<string, unknown> {
  const commitMessages = {
    create: '{{collection}} « {{slug}} » : création',
    update: '{{collection}} « {{slug}} » : modification',
    delete: '{{collection}} « {{slug}} » : suppression',
    uploadMedia: 'Image « {{path}} » : ajout',
    deleteMedia: 'Image « {{path}} » : suppression',
  };
  const common = { repo: cms.repo, branch: cms.branch, commit_messages: commitMessages };
  if (cms.host === 'github') return { name: 'github', ...common, ...(cms.baseUrl ? { base_url: cms.baseUrl } : {}) };
  const base = cms.baseUrl ?? 'https://gitlab.com';
  return {
    name: 'gitlab',
    ...common,
    auth_type: 'pkce',
    app_id: cms.appId,
    api_root: `${base}/api/v4`,
    base_url: base,
    auth_endpoint: 'oauth/authorize',
  };
}

/** With `npm run cms`: where `decap-server` listens, and where the dev server shows the site. */
export interface LocalCms {
  proxy: string;
  siteUrl: string;
}

/**
 * The whole configuration of Decap CMS, built from the schemas, categories and site config so that the form and the
 * build never disagree. With `local` (`npm run cms`), the CMS writes to the working tree through the local proxy;
 * without it, to the Git host, through drafts, reviews and merge requests.
 */
export function cmsConfig(site: SiteConfig, local?: LocalCms): CmsConfig {
  return {
    backend: backend(site.cms),
    ...(local ? { local_backend: { url: local.proxy } } : { publish_mode: 'editorial_workflow' as const }),
    locale: 'fr',
    load_config_file: false,
    // The shared images (see SITE.images); each article's own images go to its folder (media_folder '' below).
    media_folder: 'content/images',
    public_folder: '/content/images',
    site_url: local?.siteUrl ?? site.url,
    logo_url: site.logo,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [articleCollection('fr', site), articleCollection('de', site), authorCollection, pageCollection],
  };
}
