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
}) {
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
      if (article.updatedDate && article.updatedDate < article.pubDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message: 'La date de mise à jour est antérieure à la date de publication : corrigez l’une des deux.',
        });
      }
    });
}

/** Frontmatter as read without Astro: image paths and author ids stay strings. */
export const plainArticleSchema = articleSchema({ image: z.string(), author: z.string() });
export type PlainArticle = z.output<typeof plainArticleSchema>;
