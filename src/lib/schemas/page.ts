import { z } from 'zod';
import { fieldError } from './frenchErrors.ts';
import { localDate } from './localDate.ts';

/** A page of the institution (legal notice, privacy, accessibility): `content/pages/<lang>/<name>.md`. */
export const institutionPageSchema = z.strictObject({
  /** Title of the page. */
  title: z
    .string({ error: fieldError('title', 'le titre de la page') })
    .trim()
    .min(1),
  /** One sentence for search engines and the footer's readers. */
  description: z
    .string({ error: fieldError('description', 'une phrase de résumé') })
    .trim()
    .min(1),
  /** Date of the last change of substance, shown on the page. */
  updatedDate: localDate,
});
