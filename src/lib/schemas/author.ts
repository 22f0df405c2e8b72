import { z } from 'zod';
import './frenchErrors.ts';
import { CONSENT_PATTERN } from './article.ts';

/** A collaborator who signs articles: `content/authors/<id>.yaml`. */
export function authorSchema<Image extends z.ZodType>(fields: { image: Image }) {
  return z.strictObject({
    /** First and last name as readers see it. */
    name: z.string().trim().min(1, 'Indiquez le nom de l’auteur (name).'),
    /** Job title, e.g. `Infirmière cheffe`. */
    role: z.string().trim().min(1, 'Indiquez la fonction de l’auteur (role).'),
    /** Service or department, e.g. `Service de pédiatrie`. */
    service: z.string().trim().min(1, 'Indiquez le service de l’auteur (service).'),
    /** One or two sentences presenting the person. */
    bio: z.string().trim().optional(),
    /** Portrait beside the file, e.g. `./claire-morand.jpg`, only with the person's written consent. */
    photo: fields.image.optional(),
    /** Reference of the written consent to publish the portrait, e.g. `CONS-2026-031`. */
    photoConsent: z.string().regex(CONSENT_PATTERN, 'La référence de consentement s’écrit CONS-AAAA-NNN (ex. CONS-2026-031).').optional(),
  })
  .refine((author) => !author.photo || author.photoConsent, {
    path: ['photoConsent'],
    message: 'Une photo de collaborateur demande son consentement écrit : ajoutez photoConsent: CONS-AAAA-NNN ou retirez la photo.',
  });
}
