import { z } from 'zod';
import { CATEGORY_IDS, CONSENT_CATEGORY } from '../categories.ts';
import { fieldError } from './frenchErrors.ts';
import { localDate } from './localDate.ts';
import { tagSchema } from './tag.ts';

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 200;
/** A written-consent reference as the communication service files it, e.g. `CONS-2026-014`. */
export const CONSENT_PATTERN = /^CONS-\d{4}-\d{3,}$/;

/**
 * Article frontmatter. The site passes Astro's `image()` and `reference('authors')`;
 * the calendar engine, which runs without Astro, passes plain strings. One shape either way.
 */
export function articleSchema<Image extends z.ZodType, Author extends z.ZodType>(fields: {
  image: Image;
  author: Author;
  /** The hospital's services (the site config's ids); without them, any id is taken as written. */
  services?: readonly string[];
}) {
  const services = fields.services?.join(', ') ?? '';
  return z
    .strictObject({
      /** Title shown on the page, in lists and feeds (at most 120 characters). */
      title: z
        .string({ error: fieldError('title', 'le titre de l’article') })
        .trim()
        .min(1, 'Donnez un titre à l’article.')
        .max(TITLE_MAX, `Le titre dépasse ${TITLE_MAX} caractères : raccourcissez-le.`),
      /** One or two sentences for lists, search engines and the default social text (at most 200 characters). */
      description: z
        .string({ error: fieldError('description', 'une ou deux phrases de résumé') })
        .trim()
        .min(1, 'Ajoutez une description d’une ou deux phrases.')
        .max(DESCRIPTION_MAX, `La description dépasse ${DESCRIPTION_MAX} caractères : raccourcissez-la.`),
      /** One of the four categories: medecine-et-soins, prevention-et-conseils, actualites-et-evenements, temoignages. */
      category: z.enum(CATEGORY_IDS, {
        error: `Rubrique inconnue ou manquante. Choisissez une rubrique parmi : ${CATEGORY_IDS.join(', ')}.`,
      }),
      /** Publication date, Zurich time: `2026-11-24` or `2026-11-24 09:00`. A future date keeps the article offline until then. */
      pubDate: localDate,
      /** Date of the last significant update, Zurich time. */
      updatedDate: localDate.optional(),
      /** Authors, by the name of their file in content/authors/ (without .yaml). */
      authors: z
        .array(fields.author, { error: 'Indiquez les auteurs sous forme de liste : authors: [prenom-nom].' })
        .min(1, 'Indiquez au moins un auteur (authors: [prenom-nom]).'),
      /** Keywords as readers should see them: `[santé mentale, don d'organes]`; each gets a page at its slug. */
      tags: z
        .array(tagSchema, { error: fieldError('tags', 'des mots-clés comme [vaccination, santé mentale]') })
        .default([]),
      /** Image at the top of the article, with its description for blind readers and its credit. */
      hero: z
        .strictObject(
          {
            /** Image file beside the article, e.g. `./hero.jpg`. */
            src: fields.image,
            /** What the image shows, for readers who cannot see it. Required. */
            alt: z
              .string({ error: 'Décrivez l’image dans « alt » pour les personnes qui ne la voient pas.' })
              .trim()
              .min(1, 'Décrivez l’image dans « alt » pour les personnes qui ne la voient pas.'),
            /** Author or source of the image, e.g. `Photo : Service communication`. */
            credit: z
              .string({ error: fieldError('credit', 'l’auteur ou la source de l’image') })
              .trim()
              .min(1)
              .optional(),
          },
          { error: fieldError('hero', 'src, alt et credit de l’image en tête') },
        )
        .optional(),
      /** `true` while the article is being written: it is never published. */
      draft: z
        .boolean({ error: fieldError('draft', 'true tant que l’article est en cours d’écriture') })
        .default(false),
      /** On a translation: the slug of the original article in the other language. */
      translationOf: z.string({ error: fieldError('translationOf', 'le slug de l’article original') }).optional(),
      /** The hospital's service the article is about, by its id in the site config: readers get a link to it and to an appointment. */
      service: z
        .string({ error: fieldError('service', `l’identifiant d’un service : ${services}`) })
        .refine((id) => !fields.services || fields.services.includes(id), {
          message: `Service inconnu : écrivez l’un des services de src/site.config.ts (${services}).`,
        })
        .optional(),
      /** Who checked the medical content: an author id (a physician), with `lastReviewed`. */
      reviewedBy: fields.author.optional(),
      /** When the content was last checked, Zurich time. */
      lastReviewed: localDate.optional(),
      /** When it must be checked again; `calendar:check` lists it as « à relire » 30 days before. */
      nextReview: localDate.optional(),
      /** Corrections of published errors, shown at the end of the article; the latest date becomes the update date. */
      corrections: z
        .array(
          z.strictObject(
            {
              /** Day of the correction, Zurich time. */
              date: localDate,
              /** What was wrong and what is right now, in one or two sentences. */
              text: z
                .string({ error: fieldError('corrections', 'le texte de la correction') })
                .trim()
                .min(1, 'Écrivez ce qui a été corrigé.'),
            },
            { error: fieldError('corrections', 'date et text de chaque correction') },
          ),
          { error: fieldError('corrections', 'une liste de corrections : - date: AAAA-MM-JJ, text: "…"') },
        )
        .default([]),
      /** On a témoignage: the person who speaks, as readers meet them at the top of the page. */
      testimony: z
        .strictObject(
          {
            /** First name only, unless the person asked for more. */
            name: z
              .string({ error: fieldError('name', 'le prénom de la personne') })
              .trim()
              .min(1),
            /** Who they are, in a few words: `58 ans, greffée du rein`. */
            role: z
              .string({ error: fieldError('role', 'qui est la personne, en quelques mots') })
              .trim()
              .min(1),
            /** A sentence of theirs, shown large: the heart of the testimony. */
            quote: z
              .string({ error: fieldError('quote', 'une phrase de la personne') })
              .trim()
              .min(1),
            /** `true` when the hero photo shows the person: it is then shown as their portrait. */
            portrait: z.boolean().default(false),
          },
          { error: fieldError('testimony', 'name, role et quote de la personne qui témoigne') },
        )
        .optional(),
      /** Reference of the written consent of the person named (required to publish a témoignage), e.g. `CONS-2026-014`. */
      consent: z
        .string({ error: fieldError('consent', 'la référence CONS-AAAA-NNN') })
        .regex(CONSENT_PATTERN, 'La référence de consentement s’écrit CONS-AAAA-NNN (ex. CONS-2026-014).')
        .optional(),
    })
    .superRefine((article, ctx) => {
      if (article.category === CONSENT_CATEGORY && !article.consent && !article.draft) {
        ctx.addIssue({
          code: 'custom',
          path: ['consent'],
          message:
            'Un témoignage nomme une personne réelle : ajoutez la référence de son consentement écrit (consent: CONS-AAAA-NNN), délivrée par le service communication.',
        });
      }
      if ((article.reviewedBy === undefined) !== (article.lastReviewed === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [article.reviewedBy === undefined ? 'reviewedBy' : 'lastReviewed'],
          message:
            'Une relecture se signale par qui et quand : indiquez reviewedBy (l’identifiant du médecin) et lastReviewed (la date).',
        });
      }
      if (article.nextReview && (!article.lastReviewed || article.nextReview <= article.lastReviewed)) {
        ctx.addIssue({
          code: 'custom',
          path: ['nextReview'],
          message:
            'La prochaine relecture (nextReview) suit une relecture : indiquez lastReviewed, à une date antérieure.',
        });
      }
      for (const [index, correction] of article.corrections.entries()) {
        if (correction.date < article.pubDate)
          ctx.addIssue({
            code: 'custom',
            path: ['corrections', index, 'date'],
            message: 'Une correction ne peut précéder la publication : vérifiez sa date.',
          });
      }
      if (article.updatedDate && article.updatedDate < article.pubDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message: 'La date de mise à jour est antérieure à la date de publication : corrigez l’une des deux.',
        });
      }
    })
    .transform((article) => {
      // A correction is an update: readers, search engines and feeds see its date as the article's.
      const latest = article.corrections.reduce<Date | undefined>(
        (last, { date }) => (last && last >= date ? last : date),
        article.updatedDate,
      );
      return latest === undefined ? article : { ...article, updatedDate: latest };
    });
}

/** Frontmatter as read without Astro: image paths and author ids stay strings. */
export const plainArticleSchema = articleSchema({ image: z.string(), author: z.string() });
export type PlainArticle = z.output<typeof plainArticleSchema>;
