import type { Lang } from './i18n.ts';

/** The four categories, in the order readers see them. Ids are the French slugs editors write in frontmatter. */
export const CATEGORY_IDS = [
  'medecine-et-soins',
  'prevention-et-conseils',
  'actualites-et-evenements',
  'temoignages',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

interface Category {
  /** Path segment of the category's pages, per language. */
  slug: Record<Lang, string>;
  /** Name shown to readers, per language. */
  label: Record<Lang, string>;
  /** One line under the name on the home page. */
  blurb: Record<Lang, string>;
}

export const CATEGORIES: Record<CategoryId, Category> = {
  'medecine-et-soins': {
    slug: { fr: 'medecine-et-soins', de: 'medizin-und-pflege' },
    label: { fr: 'Médecine et soins', de: 'Medizin und Pflege' },
    blurb: {
      fr: 'Maladies, traitements et examens expliqués par nos équipes.',
      de: 'Krankheiten, Behandlungen und Untersuchungen, erklärt von unseren Teams.',
    },
  },
  'prevention-et-conseils': {
    slug: { fr: 'prevention-et-conseils', de: 'praevention-und-tipps' },
    label: { fr: 'Prévention et conseils', de: 'Prävention und Tipps' },
    blurb: {
      fr: 'Les bons gestes pour rester en bonne santé, à chaque âge.',
      de: 'Was Sie in jedem Alter für Ihre Gesundheit tun können.',
    },
  },
  'actualites-et-evenements': {
    slug: { fr: 'actualites-et-evenements', de: 'aktuelles-und-veranstaltungen' },
    label: { fr: 'Actualités et événements', de: 'Aktuelles und Veranstaltungen' },
    blurb: {
      fr: "La vie de l'hôpital, ses nouveautés et ses rendez-vous.",
      de: 'Neuigkeiten und Termine aus dem Spital.',
    },
  },
  temoignages: {
    slug: { fr: 'temoignages', de: 'erfahrungsberichte' },
    label: { fr: 'Témoignages', de: 'Erfahrungsberichte' },
    blurb: {
      fr: 'Patients et soignants racontent, avec leur accord écrit.',
      de: 'Patientinnen, Patienten und Pflegende erzählen, mit schriftlicher Einwilligung.',
    },
  },
};

/** The category whose readers' testimonies name real people, and so need written consent. */
export const CONSENT_CATEGORY: CategoryId = 'temoignages';

/** Categories whose articles are health content: their pages are `MedicalWebPage`s and show who reviewed them. */
export const HEALTH_CATEGORIES: readonly CategoryId[] = ['medecine-et-soins', 'prevention-et-conseils'];
