import { z } from 'zod';
import { slugify } from '../slugify.ts';
import { fieldError } from './frenchErrors.ts';

/** Longest keyword an editor may write: a few words, not a sentence. */
export const TAG_MAX = 40;

/** A keyword as its editor wrote it (`santé mentale`, `don d'organes`), with the slug of its address (`sante-mentale`). */
export const tagSchema = z
  .string({ error: fieldError('tags', 'des mots-clés comme [santé mentale, vaccination]') })
  .transform((written) => written.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'Un mot-clé est vide : retirez-le de la liste.')
      .max(TAG_MAX, `Un mot-clé dépasse ${TAG_MAX} caractères : gardez quelques mots.`)
      .refine((label) => slugify(label) !== '', {
        message: 'Un mot-clé doit contenir des lettres ou des chiffres (ex. santé mentale).',
      }),
  )
  .transform((label) => ({ label, slug: slugify(label) }));

export type Tag = z.output<typeof tagSchema>;
